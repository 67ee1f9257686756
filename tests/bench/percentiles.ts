/**
 * The p-th percentile (0–100) of some durations, interpolated linearly between the two nearest
 * ranks (numpy's default), so that p50 of an even count is the mean of the middle two rather
 * than whichever of them a rounding rule picks.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is not between 0 and 100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export interface LatencySummary {
  p50Ms: number;
  p95Ms: number;
}

export function summarize(durationsMs: readonly number[]): LatencySummary {
  return { p50Ms: percentile(durationsMs, 50), p95Ms: percentile(durationsMs, 95) };
}
