import { median } from '@leadstatus/bench-support/stats';

/** One figure: an async pass over the whole message set, returning a checksum so it is not optimised away. */
export interface Figure {
  readonly name: string;
  readonly messages: number;
  readonly pass: () => Promise<number>;
}

export interface Measured {
  readonly name: string;
  /** Median messages per second over the rounds. */
  readonly perSecond: number;
  readonly minPerSecond: number;
  readonly maxPerSecond: number;
}

async function timeRound(figure: Figure, minMs: number, sink: { value: number }): Promise<number> {
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    sink.value = (sink.value + (await figure.pass())) | 0;
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (figure.messages * passes) / (elapsed / 1000);
}

/**
 * Measures every figure in `rounds` rounds, alternating (one round of each in turn) so a slow
 * moment of the machine hits all alike; a dropped warm-up of `warmupMs` for each comes first
 * (chrono and the rule regexes need a while before the JIT has compiled them).
 */
export async function measure(
  figures: readonly Figure[],
  rounds: number,
  roundMs: number,
  warmupMs = roundMs,
): Promise<{ results: Measured[]; checksum: number }> {
  const sink = { value: 0 };
  for (const figure of figures) await timeRound(figure, warmupMs, sink);
  const samples = figures.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, figure] of figures.entries()) samples[i]?.push(await timeRound(figure, roundMs, sink));
  }
  const results = figures.map((figure, i) => {
    const values = samples[i] ?? [];
    return {
      name: figure.name,
      perSecond: median(values),
      minPerSecond: Math.min(...values),
      maxPerSecond: Math.max(...values),
    };
  });
  return { results, checksum: sink.value };
}
