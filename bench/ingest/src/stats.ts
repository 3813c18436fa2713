/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** What one timed phase did: events handled, wall time, and each batch's latency. */
export interface Run {
  events: number;
  seconds: number;
  /** CPU time of this process (server and clients together) over the phase. */
  cpuSeconds: number;
  latenciesMs: number[];
}

export const eventsPerSecond = (run: Run) => run.events / run.seconds;

/**
 * Runs `clients` loops at once, each sending its own batches one after another, and times the
 * whole phase from the first start to the last finish.
 */
export async function timeClients<T>(
  perClient: readonly T[][],
  send: (batch: T) => Promise<number>,
): Promise<Run> {
  const latenciesMs: number[] = [];
  let events = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    perClient.map(async (batches) => {
      for (const batch of batches) {
        const began = performance.now();
        // Not `events += await send(batch)`: that reads `events` before awaiting and loses the other clients' counts.
        const sent = await send(batch);
        latenciesMs.push(performance.now() - began);
        events += sent;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { events, seconds, cpuSeconds: (used.user + used.system) / 1e6, latenciesMs };
}

export const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** A Markdown table, first column left-aligned and the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i <= 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i <= 1 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
