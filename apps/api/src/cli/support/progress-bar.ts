import { SingleBar } from 'cli-progress';
import type { ImportProgress } from '../../features/imports/csv-import.js';

export interface ProgressReporter {
  update(progress: ImportProgress): void;
  stop(): void;
}

const silent: ProgressReporter = { update: () => {}, stop: () => {} };

/**
 * A progress bar by bytes of the file, with rows per second, on a terminal only: when the stream
 * is a pipe or a file (CI, `2> log`), nothing of it is written.
 */
export function createProgressReporter(
  stream: NodeJS.WriteStream,
  clock: () => number = Date.now,
): ProgressReporter {
  if (!stream.isTTY) return silent;
  const bar = new SingleBar({
    stream,
    format: 'Importing [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    barsize: 30,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  let startedAt: number | undefined;
  return {
    update({ bytesRead, totalBytes, rows }) {
      const now = clock();
      const payload = { rows, rate: startedAt === undefined ? 0 : rowsPerSecond(rows, now - startedAt) };
      if (startedAt === undefined) {
        startedAt = now;
        bar.start(Math.max(totalBytes, 1), bytesRead, payload);
      } else {
        bar.update(bytesRead, payload);
      }
    },
    stop() {
      if (startedAt !== undefined) bar.stop();
    },
  };
}

export function rowsPerSecond(rows: number, elapsedMs: number): number {
  return elapsedMs <= 0 ? 0 : Math.round((rows * 1000) / elapsedMs);
}
