import { cpus } from 'node:os';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { databaseLabel, reportFigures } from '@leadstatus/bench-support/results';
import {
  measureReadsUnderWrites,
  READ_KINDS,
  type ReadsUnderWritesResult,
  type ReadsUnderWritesSettings,
} from './reads-under-writes.js';
import { int, ms, table } from './stats.js';

/** Measures and prints reads under writes on each dialect; false when a run saw a 5xx. */
export async function reportReadsUnderWrites(
  dialects: readonly DialectName[],
  settings: ReadsUnderWritesSettings,
  log: (message: string) => void,
): Promise<boolean> {
  const results: ReadsUnderWritesResult[] = [];
  for (const dialect of dialects) results.push(await measureReadsUnderWrites(dialect, settings, log));
  console.log(
    `# Reads under writes on the real server (dist/server.js): one client reads a filtered campaign page ` +
      `and one lead, one after the other, for ${settings.seconds} s idle, then for ${settings.seconds} s ` +
      `while ${settings.writers} clients post ${settings.batchSize}-event batches non-stop ` +
      `(${int(settings.leads)} enrolled leads); Node ${process.version}, ${cpus().length} CPUs shared by ` +
      `the server, the clients and the database\n`,
  );
  const rows = results.flatMap((r) =>
    READ_KINDS.map((kind) => [
      `${databaseLabel(r.dialect)}: ${kind}`,
      ms(r.idle[kind].p50),
      ms(r.idle[kind].p95),
      ms(r.loaded[kind].p50),
      ms(r.loaded[kind].p95),
      (r.loaded[kind].p95 / r.idle[kind].p95).toFixed(1),
      `${r.idle[kind].count} / ${r.loaded[kind].count}`,
    ]),
  );
  console.log(
    table(
      ['read', 'idle p50 ms', 'idle p95 ms', 'loaded p50 ms', 'loaded p95 ms', 'p95 loaded/idle', 'reads'],
      rows,
    ),
  );
  for (const r of results) {
    console.log(
      `${databaseLabel(r.dialect)}: the writers got ${int(r.eventsPerSecond)} events/s through in ${int(r.batches)} ` +
        `batches while the reader ran; ${r.serverErrors} 5xx answers`,
    );
  }
  console.log('');
  reportFigures(
    results.flatMap((r) => {
      const db = databaseLabel(r.dialect);
      return READ_KINDS.flatMap((kind) => {
        const idle = `${db}: ${kind} p95, idle`;
        return [
          {
            bench: 'load',
            figure: idle,
            value: r.idle[kind].p95,
            unit: 'ms',
            better: 'lower',
            isBaseline: true,
          },
          {
            bench: 'load',
            figure: `${db}: ${kind} p95, under two 1000-event batch writers`,
            value: r.loaded[kind].p95,
            unit: 'ms',
            better: 'lower',
            baseline: { figure: idle, value: r.idle[kind].p95 },
          },
        ] as const;
      });
    }),
  );
  return results.every((r) => r.serverErrors === 0);
}
