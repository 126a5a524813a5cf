/** How a cost grows with the number of articles. */

export interface ScalePoint {
  /** Number of articles. */
  n: number;
  value: number;
}

/**
 * The exponent k in cost ≈ c·N^k, fitted by least squares on log–log scales: 1 is linear growth,
 * below 1 is a fixed cost that the per-article cost has not yet overtaken, above 1 is faster than
 * linear.
 */
export function growthExponent(points: readonly ScalePoint[]): number {
  const usable = points.filter((point) => point.n > 0 && point.value > 0);
  if (usable.length < 2) throw new Error('a growth rate needs at least two positive points');
  const xs = usable.map((point) => Math.log(point.n));
  const ys = usable.map((point) => Math.log(point.value));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - mx) * (ys[i]! - my);
    variance += (x - mx) ** 2;
  });
  if (variance === 0) throw new Error('a growth rate needs points at different N');
  return covariance / variance;
}
