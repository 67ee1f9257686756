import { performance } from 'node:perf_hooks';

export interface TimingPlan {
  warmup: number;
  iterations: number;
}

/** One request of one contender for sample k. */
export type Request = (k: number) => Promise<void>;

/**
 * Times the contenders interleaved: iteration k sends sample k to each of them in turn, starting
 * with a different one each time, so that none of them profits from a JVM that the others warmed
 * up or suffers from a pause they caused. Warm-up first (not recorded), then `iterations`; both
 * start at sample 0, so every contender sees the same requests in the same order.
 * @returns per contender, each measured duration in milliseconds
 */
export async function timeInterleaved(plan: TimingPlan, contenders: readonly Request[]): Promise<number[][]> {
  const durations = contenders.map((): number[] => []);
  const round = async (k: number, record: boolean) => {
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (k + turn) % contenders.length;
      const started = performance.now();
      await contenders[index]!(k);
      if (record) durations[index]!.push(performance.now() - started);
    }
  };
  for (let k = 0; k < plan.warmup; k++) await round(k, false);
  for (let k = 0; k < plan.iterations; k++) await round(k, true);
  return durations;
}
