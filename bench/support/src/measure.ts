/** One timed operation of the benchmark; slow baselines may take fewer samples. */
export interface Figure {
  readonly name: string;
  readonly run: () => Promise<unknown>;
  readonly samples?: number;
}

export interface Timing {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
  readonly samples: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Times every figure (`samples` times, or its own count), interleaved (one sample of each in turn)
 * so a slow moment of the machine hits all figures alike, after `warmup` untimed calls of each.
 */
export async function measure(figures: readonly Figure[], samples: number, warmup = 3): Promise<Timing[]> {
  for (const figure of figures) for (let i = 0; i < warmup; i++) await figure.run();
  const wanted = figures.map((f) => f.samples ?? samples);
  const times = figures.map((): number[] => []);
  for (let i = 0; i < Math.max(...wanted); i++) {
    for (const [index, figure] of figures.entries()) {
      if (i >= (wanted[index] ?? 0)) continue;
      const start = performance.now();
      await figure.run();
      times[index]?.push(performance.now() - start);
    }
  }
  return figures.map((figure, index) => {
    const sorted = [...(times[index] ?? [])].sort((a, b) => a - b);
    return {
      name: figure.name,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      samples: sorted.length,
    };
  });
}
