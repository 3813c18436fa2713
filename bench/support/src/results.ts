import { appendFileSync } from 'node:fs';

/**
 * Machine-readable results: each benchmark still prints its own table, and also appends its figures
 * as JSON lines to the file named by `LEADSTATUS_BENCH_RESULTS` when it is set (`pnpm bench` sets it
 * and gathers every benchmark's lines into one table and `bench/results/latest.json`).
 */
export const RESULTS_ENV = 'LEADSTATUS_BENCH_RESULTS';

export interface BenchFigure {
  /** The benchmark package, e.g. `ingest`. */
  bench: string;
  /** What was measured, with its database when there is one: `MariaDB: POST /v1/events/batch`. */
  figure: string;
  value: number;
  /** `events/s`, `ms`, `rows/s`, `requests/s`, `MB`, … */
  unit: string;
  /** Which way is better, so a reader (or a script comparing runs) knows what a rise means. */
  better: 'higher' | 'lower';
  /** The figure of the same run this one is compared with; absent for a baseline itself. */
  baseline?: { figure: string; value: number };
  /** This figure is the baseline of others (its ratio is 1). */
  isBaseline?: boolean;
}

/** A figure as written: `ratio` is value / baseline value (1 for a baseline, null without one). */
export interface BenchResultLine extends BenchFigure {
  ratio: number | null;
}

/** Appends the figures to `$LEADSTATUS_BENCH_RESULTS` (one JSON object a line); does nothing when unset. */
export function reportFigures(figures: readonly BenchFigure[]): void {
  const file = process.env[RESULTS_ENV];
  if (!file) return;
  const lines = figures.map((f) => {
    const ratio = f.isBaseline ? 1 : f.baseline && f.baseline.value !== 0 ? f.value / f.baseline.value : null;
    const line: BenchResultLine = { ...f, ratio };
    return JSON.stringify(line);
  });
  if (lines.length > 0) appendFileSync(file, `${lines.join('\n')}\n`);
}

/** `SQLite` or `MariaDB` (the server these benchmarks run on) for a dialect name. */
export function databaseLabel(dialect: string): string {
  return dialect === 'mysql' ? 'MariaDB' : dialect === 'sqlite' ? 'SQLite' : dialect;
}
