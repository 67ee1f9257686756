import { percentile } from '../bench/percentiles.ts';

export interface LatencyFigures {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The percentiles of some latencies; null when there are none. */
export function latencyFigures(latenciesMs: readonly number[]): LatencyFigures | null {
  if (latenciesMs.length === 0) return null;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    count: latenciesMs.length,
    p50Ms: round(percentile(latenciesMs, 50)),
    p95Ms: round(percentile(latenciesMs, 95)),
    p99Ms: round(percentile(latenciesMs, 99)),
    maxMs: round(latenciesMs.reduce((max, ms) => Math.max(max, ms), 0)),
  };
}
