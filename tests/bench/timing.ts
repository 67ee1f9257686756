import { performance } from 'node:perf_hooks';

export interface TimingPlan {
  warmup: number;
  iterations: number;
}

/**
 * Runs `once(k)` sequentially, warm-up first (not recorded), then `iterations` times, and returns
 * each measured duration in milliseconds. Both phases start at sample 0, so that every contender
 * sees the same requests in the same order.
 */
export async function timeSequentially(plan: TimingPlan, once: (k: number) => Promise<void>): Promise<number[]> {
  for (let k = 0; k < plan.warmup; k++) await once(k);
  const durations: number[] = [];
  for (let k = 0; k < plan.iterations; k++) {
    const started = performance.now();
    await once(k);
    durations.push(performance.now() - started);
  }
  return durations;
}
