/** Order statistics for repeated measurements. */

export interface Spread {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no measurements to summarise');
  return [...values].sort((a, b) => a - b);
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1 ? ordered[middle]! : (ordered[middle - 1]! + ordered[middle]!) / 2;
}

/** The nearest-rank percentile: the smallest value at least `percent`% of the values do not exceed. */
export function percentile(values: readonly number[], percent: number): number {
  const ordered = sorted(values);
  const rank = Math.ceil((percent / 100) * ordered.length);
  return ordered[Math.min(Math.max(rank, 1), ordered.length) - 1]!;
}

export function spread(values: readonly number[]): Spread {
  const ordered = sorted(values);
  return {
    median: median(ordered),
    p95: percentile(ordered, 95),
    min: ordered[0]!,
    max: ordered.at(-1)!,
    runs: ordered.length,
  };
}
