import os from 'node:os';
import { connect } from '../../db/connect.ts';
import { describeMachine } from '../bench/machine.ts';
import type { BenchResult } from '../bench/result.ts';
import { drawSamples } from '../bench/samples.ts';
import type { Teardown } from '../bench/teardown.ts';
import { openLoadTarget } from './load-server.ts';
import { runPhase, type PhaseResult } from './run-phase.ts';
import { costlyKind, legitimateKinds, requestMix } from './workload.ts';

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
  /** 0 to 0.5: the share of requests sized just under the cost limit, in a second phase. */
  costlyShare: number;
  /** How many subjects to draw from the graph (counties, firms, chains…). */
  samples: number;
  /** Seconds of the same mix before the measured phases, not measured: see runLoad. */
  warmupSeconds: number;
  url?: string;
}

export interface LoadResult {
  startedAt: string;
  machine: BenchResult['machine'];
  target: { url: string; startedHere: boolean };
  options: LoadOptions;
  kinds: string[];
  /** The mix with screens' requests only; then, with --costly-share, the same mix with the costly share. */
  phases: PhaseResult[];
  costly: {
    share: number;
    /** The costly document's cost as the server counts it, and the limit. */
    cost: number;
    costLimit: number;
    legitimateP95WithoutMs: number | null;
    legitimateP95WithMs: number | null;
    /** How much slower the legitimate requests' p95 was with the costly share: (with − without) / without. */
    degradationPercent: number | null;
  } | null;
}

export interface RunContext {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  teardown: Teardown;
}

/** What the server still answers after a phase's connections were dropped must not slow the next one. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, Math.max(1_000, ms))));

export async function runLoad(options: LoadOptions, { env, log, teardown }: RunContext): Promise<LoadResult> {
  const target = await openLoadTarget({ url: options.url, env, log, teardown });
  const db = await connect(target.credentials);
  let machine: LoadResult['machine'];
  let samples;
  try {
    machine = await describeMachine(db);
    samples = await drawSamples(db, options.samples);
  } finally {
    await db.close();
  }
  const costly = options.costlyShare > 0 ? costlyKind() : null;
  const legitimate = legitimateKinds.map((kind) => kind.name);
  const startedAt = new Date().toISOString();
  log(
    `Load on ${target.url}: ${legitimate.length} kinds of request over ${samples.length} subjects, ${options.connections} connections, ${options.warmupSeconds} s of warm-up and ${options.durationSeconds} s` +
      (costly ? `, then again with ${options.costlyShare * 100} % costly requests (cost ${costly.cost} of ${costly.limit})` : '') +
      ` (load average ${os.loadavg()[0]!.toFixed(2)}).`,
  );
  const phases: PhaseResult[] = [];
  const plan = { durationSeconds: options.durationSeconds, connections: options.connections, legitimateKinds: legitimate };
  // The app's warm-up plans every statement on its few screen subjects; the mix asks about 50 and
  // more kinds, whose first answers read the store from disk. Without this the first phase would
  // pay for them, and the costly share, measured second, would look like it made things faster.
  if (options.warmupSeconds > 0) {
    const warmup = await runPhase(
      target.url,
      { ...plan, durationSeconds: options.warmupSeconds, name: 'warm-up', requests: requestMix(samples, costly, options.costlyShare) },
      null,
    );
    log(`Warmed up: ${warmup.responses} requests in ${options.warmupSeconds} s, not counted.`);
    await pause(2 * (warmup.latency.overall?.p99Ms ?? 0));
  }
  phases.push(await runPhase(target.url, { ...plan, name: 'screens only', requests: requestMix(samples, null, 0) }, target.probe));
  log(`screens only: ${phases[0]!.rps} requests/s, ${phases[0]!.errors.total} errors.`);
  if (costly) {
    await pause(2 * (phases[0]!.latency.overall?.p99Ms ?? 0));
    const name = `with ${options.costlyShare * 100} % costly`;
    phases.push(await runPhase(target.url, { ...plan, name, requests: requestMix(samples, costly, options.costlyShare) }, target.probe));
    log(`${name}: ${phases[1]!.rps} requests/s, ${phases[1]!.errors.total} errors.`);
  }
  const without = phases[0]!.latency.legitimate?.p95Ms ?? null;
  const withCostly = phases[1]?.latency.legitimate?.p95Ms ?? null;
  return {
    startedAt,
    machine,
    target: { url: target.url, startedHere: target.startedHere },
    options,
    kinds: costly ? [...legitimate, costly.name] : legitimate,
    phases,
    costly: costly
      ? {
          share: options.costlyShare,
          cost: costly.cost,
          costLimit: costly.limit,
          legitimateP95WithoutMs: without,
          legitimateP95WithMs: withCostly,
          degradationPercent: without && withCostly !== null ? Math.round(((withCostly - without) / without) * 1000) / 10 : null,
        }
      : null,
  };
}
