import os from 'node:os';
import autocannon from 'autocannon';
import type { ProbeSample } from './server-probe.ts';
import { latencyFigures, type LatencyFigures } from './latency.ts';
import type { MixedRequest } from './workload.ts';

export interface PhasePlan {
  /** For the report: "screens only", "with 10 % costly". */
  name: string;
  durationSeconds: number;
  connections: number;
  requests: readonly MixedRequest[];
  /** The kinds that are not costly, whose latency the costly ones may degrade. */
  legitimateKinds: readonly string[];
}

export interface MemoryFigures {
  rssStartMb: number;
  rssMaxMb: number;
  rssEndMb: number;
  /** (end − start) / start: misleading alone, as RSS is a sawtooth (the heap grows until V8 collects it). */
  growthPercent: number;
  /**
   * The phase in TROUGH_WINDOWS windows of time, and the lowest RSS and heap in each: what memory
   * comes back down to. A leak raises the troughs; the sawtooth does not. Growth is the last
   * window's trough against the first's.
   */
  troughs: { windowSeconds: number; rssMb: number[]; heapUsedMb: number[]; rssGrowthPercent: number; heapGrowthPercent: number };
  /** Every SAMPLE_EVERY_MS: seconds into the phase, RSS and V8 heap in use. */
  timeline: { atSeconds: number; rssMb: number; heapUsedMb: number }[];
}

export interface PhaseResult {
  name: string;
  durationSeconds: number;
  connections: number;
  /** Responses per second, all kinds. */
  rps: number;
  responses: number;
  /** Failed responses, connection errors and timeouts: by error code, and by kind (a connection error or timeout counts under "no response"). */
  errors: { total: number; byCode: Record<string, number>; byKind: Record<string, number>; first: string | null };
  latency: { overall: LatencyFigures | null; legitimate: LatencyFigures | null; byKind: Record<string, LatencyFigures | null> };
  /** The server process's event loop; null when the server is not ours to probe (--url). */
  eventLoop: { delayP50Ms: number; delayP99Ms: number; delayMaxMs: number; utilization: number } | null;
  memory: MemoryFigures | null;
  /** The machine's 1-minute load average, sampled during the phase: other work shares these cores. */
  loadAverage: { mean: number; max: number };
}

/**
 * The events of autocannon's instance used here, which tests/bench/autocannon.d.ts leaves out (the
 * benchmark needs none).
 */
interface AutocannonEvents {
  /** After each response, right after the request's own onResponse; responseTime in ms. */
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  /** A connection error or a timeout (the `timeout` option). */
  on(event: 'reqError', listener: (error: Error) => void): this;
}

const SAMPLE_EVERY_MS = 5_000;
const TROUGH_WINDOWS = 6;
// A top-level "errors" key (an escaped quote inside data cannot match), as tests/bench/throughput.ts looks for it.
const graphqlErrors = /"errors"\s*:/;
const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);

/** What a failed response was: its first error's extensions.code, else its HTTP status. */
function errorCode(status: number, body: string): string {
  try {
    const code = (JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }).errors?.[0]?.extensions?.code;
    if (typeof code === 'string') return code;
  } catch {
    // Not JSON (a proxy's page, a cut-off body): the status says what there is to say.
  }
  return `HTTP ${status}`;
}

/**
 * Runs the mix for the phase's duration on keep-alive connections (each cycling through the
 * requests in order), and reads the server's event loop and memory over exactly that time.
 */
export async function runPhase(url: string, plan: PhasePlan, probe: ((reset: boolean) => Promise<ProbeSample>) | null): Promise<PhaseResult> {
  const latencies = new Map<string, number[]>();
  const byCode: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let errors = 0;
  let firstError: string | null = null;
  const fail = (code: string, kind: string, detail: string) => {
    errors++;
    byCode[code] = (byCode[code] ?? 0) + 1;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    firstError ??= detail;
  };
  // autocannon calls a request's onResponse and then, synchronously, emits 'response' with the
  // latency it measured: the kind noted here is that of the response the event is about.
  let kindOfLastResponse = '';
  // One cursor for all connections: together they walk the mix in order, so any stretch of the
  // run has its proportions. (With a list of requests, autocannon would walk it once per
  // connection, all in step: every connection asking for a chain map at the same moment.)
  const bodies = plan.requests.map(({ kind, body }) => ({ kind, body: Buffer.from(body) }));
  let cursor = 0;
  const { pathname, search } = new URL(url);
  const request = {
    method: 'POST',
    path: `${pathname}${search}`,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    // Called as each connection builds its next request; the context is that connection's until its next request.
    setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
      const next = bodies[cursor++ % bodies.length]!;
      context.kind = next.kind;
      return { ...request, body: next.body };
    },
    onResponse: (status: number, responseBody: string, context: Record<string, unknown>) => {
      const kind = context.kind as string;
      kindOfLastResponse = kind;
      // Parsed only when it failed: parsing every answer would take the load generator's time from sending.
      if (status < 200 || status >= 300 || graphqlErrors.test(responseBody)) {
        fail(errorCode(status, responseBody), kind, `${kind}: HTTP ${status}: ${responseBody.slice(0, 300)}`);
      }
    },
  };

  const timeline: MemoryFigures['timeline'] = [];
  const loads: number[] = [os.loadavg()[0]!];
  const start = probe ? await probe(true) : null;
  const startedAt = Date.now();
  const record = (sample: ProbeSample) =>
    timeline.push({ atSeconds: Math.round((Date.now() - startedAt) / 1000), rssMb: mb(sample.rssBytes), heapUsedMb: mb(sample.heapUsedBytes) });
  if (start) record(start);
  const sampler = setInterval(() => {
    loads.push(os.loadavg()[0]!);
    void probe?.(false).then(record, () => undefined);
  }, SAMPLE_EVERY_MS);

  let result;
  try {
    const instance = autocannon({ url, connections: plan.connections, duration: plan.durationSeconds, timeout: 30, requests: [request] }) as ReturnType<
      typeof autocannon
    > &
      AutocannonEvents;
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      let list = latencies.get(kindOfLastResponse);
      if (!list) latencies.set(kindOfLastResponse, (list = []));
      list.push(responseTime);
    });
    instance.on('reqError', (error) => fail(/timeout/i.test(error.message) ? 'CLIENT_TIMEOUT' : 'CONNECTION_ERROR', 'no response', error.message));
    result = await instance;
  } finally {
    clearInterval(sampler);
  }
  const end = probe ? await probe(true) : null;
  if (end) record(end);
  loads.push(os.loadavg()[0]!);

  const all = [...latencies.values()].flat();
  const legitimate = plan.legitimateKinds.flatMap((kind) => latencies.get(kind) ?? []);
  const kinds = [...new Set(plan.requests.map((r) => r.kind))];
  return {
    name: plan.name,
    durationSeconds: result.duration,
    connections: plan.connections,
    rps: Math.round((all.length / result.duration) * 10) / 10,
    responses: all.length,
    errors: { total: errors, byCode, byKind, first: firstError },
    latency: {
      overall: latencyFigures(all),
      legitimate: latencyFigures(legitimate),
      byKind: Object.fromEntries(kinds.map((kind) => [kind, latencyFigures(latencies.get(kind) ?? [])])),
    },
    eventLoop: end
      ? {
          delayP50Ms: round(end.eventLoopDelay.p50Ms),
          delayP99Ms: round(end.eventLoopDelay.p99Ms),
          delayMaxMs: round(end.eventLoopDelay.maxMs),
          utilization: round(end.eventLoopUtilization, 3),
        }
      : null,
    memory:
      start && end
        ? {
            rssStartMb: mb(start.rssBytes),
            rssMaxMb: mb(end.maxRssBytes),
            rssEndMb: mb(end.rssBytes),
            growthPercent: round(((end.rssBytes - start.rssBytes) / start.rssBytes) * 100),
            troughs: troughs(timeline, result.duration),
            timeline,
          }
        : null,
    loadAverage: { mean: round(loads.reduce((sum, l) => sum + l, 0) / loads.length, 2), max: round(Math.max(...loads), 2) },
  };
}

/** The lowest RSS and heap of each window of the phase (see MemoryFigures.troughs). */
export function troughs(timeline: MemoryFigures['timeline'], durationSeconds: number): MemoryFigures['troughs'] {
  const windowSeconds = Math.max(SAMPLE_EVERY_MS / 1000, durationSeconds / TROUGH_WINDOWS);
  const windows: MemoryFigures['timeline'][] = [];
  for (const sample of timeline) (windows[Math.min(Math.floor(sample.atSeconds / windowSeconds), TROUGH_WINDOWS - 1)] ??= []).push(sample);
  const filled = windows.filter((w) => w !== undefined);
  const rssMb = filled.map((w) => Math.min(...w.map((s) => s.rssMb)));
  const heapUsedMb = filled.map((w) => Math.min(...w.map((s) => s.heapUsedMb)));
  const growth = (values: number[]) => (values.length < 2 ? 0 : round(((values.at(-1)! - values[0]!) / values[0]!) * 100));
  return { windowSeconds: round(windowSeconds), rssMb, heapUsedMb, rssGrowthPercent: growth(rssMb), heapGrowthPercent: growth(heapUsedMb) };
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
