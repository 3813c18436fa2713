/** One figure of the benchmark: a pass over the whole corpus, returning a checksum so it cannot be optimised away. */
export interface Figure {
  readonly name: string;
  readonly events: number;
  readonly pass: () => number;
}

export interface Measured {
  readonly name: string;
  /** Median events per second over the rounds. */
  readonly eventsPerSecond: number;
  readonly minPerSecond: number;
  readonly maxPerSecond: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `pass` repeatedly for at least `minMs`; returns events per second. */
function timeRound(figure: Figure, minMs: number, sink: { value: number }): number {
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    sink.value = (sink.value + figure.pass()) | 0;
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (figure.events * passes) / (elapsed / 1000);
}

/**
 * Measures every figure in `rounds` rounds, interleaved (one round of each in turn), so that a slow
 * moment of the machine hits all figures alike. A warm-up round of each comes first and is dropped.
 */
export function measure(
  figures: readonly Figure[],
  rounds: number,
  roundMs: number,
): { results: Measured[]; checksum: number } {
  const sink = { value: 0 };
  for (const figure of figures) timeRound(figure, roundMs, sink);
  const samples = figures.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, figure] of figures.entries()) samples[i]?.push(timeRound(figure, roundMs, sink));
  }
  const results = figures.map((figure, i) => {
    const values = samples[i] ?? [];
    return {
      name: figure.name,
      eventsPerSecond: median(values),
      minPerSecond: Math.min(...values),
      maxPerSecond: Math.max(...values),
    };
  });
  return { results, checksum: sink.value };
}
