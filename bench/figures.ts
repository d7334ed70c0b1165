/** What every benchmark returns: figures, each beside the alternative measured in the same run. */

export interface Figure {
  /** What was measured, e.g. "encode standard receipt". */
  name: string;
  unit: 'ms' | 'bytes' | 'chars' | 'version' | 'bytes/s' | 'count';
  /** Median of repeated runs (or the exact value for sizes). */
  value: number;
  /** Lower is better for times and sizes; higher for throughput. */
  better: 'lower' | 'higher';
  /** The same quantity for the peer library or the naive approach, measured in the same run. */
  compare?: { name: string; value: number };
  /** The target this figure must meet, in words, e.g. "≤ 10 ms". */
  target?: string;
}

export type Bench = () => Promise<Figure[]>;

/** Median of `runs` timings of `fn` in milliseconds, after `warmup` untimed calls. */
export async function medianMs(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
