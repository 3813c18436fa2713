import { SingleBar } from 'cli-progress';
import { rowsPerSecond } from './progress-bar.js';

export interface ExportProgress {
  /** Rows written so far. */
  update(rows: number): void;
  stop(): void;
}

const silent: ExportProgress = { update: () => {}, stop: () => {} };

/**
 * Rows written, on a terminal only (a pipe or a file gets nothing): a bar when the total is known,
 * else a running count. The total comes from counters, so it is raised if the export outgrows it.
 */
export function createExportProgress(
  stream: NodeJS.WriteStream,
  total: number | undefined,
  clock: () => number = Date.now,
): ExportProgress {
  if (!stream.isTTY) return silent;
  const bar = new SingleBar({
    stream,
    format:
      total === undefined
        ? 'Exporting {value} rows | {rate} rows/s'
        : 'Exporting [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}',
    barsize: 30,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  const startedAt = clock();
  let limit = total ?? 1;
  bar.start(limit, 0, { rate: 0 });
  return {
    update(rows) {
      if (rows > limit) {
        limit = rows;
        bar.setTotal(limit);
      }
      bar.update(rows, { rate: rowsPerSecond(rows, clock() - startedAt) });
    },
    stop: () => bar.stop(),
  };
}
