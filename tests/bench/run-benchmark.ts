import type { Driver } from 'neo4j-driver';
import { connect } from '../../db/connect.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { openBenchDatabase } from './bench-database.ts';
import { captureStatements, type RecordedStatement } from './capture.ts';
import type { ServerChild } from './children.ts';
import { measureGraph } from './graph-size.ts';
import { floorBodies, loadFloorStatements } from './floor.ts';
import { describeMachine } from './machine.ts';
import { GraphQLHttpClient, httpRequest } from './measure-http.ts';
import { rawRequest, replayDriver } from './measure-raw.ts';
import { benchOptionsSchema, type BenchOptions, type BenchOptionsInput } from './options.ts';
import { loadPeer, type PeerOperations } from './peer.ts';
import { summarize, type LatencySummary } from './percentiles.ts';
import { benchResultSchema, type BenchResult, type WorkloadResult } from './result.ts';
import { drawSamples } from './samples.ts';
import { startApi, startFloor, startPeer } from './servers.ts';
import { Teardown } from './teardown.ts';
import { measureThroughput, type Throughput } from './throughput.ts';
import { timeInterleaved, type Request } from './timing.ts';
import { requestBody, workloads, type Workload } from './workloads.ts';

export interface RunHooks {
  /** Progress lines; console.log unless told. */
  log?: (line: string) => void;
}

/** One workload's requests, ready to send: the same samples, in the same order, for every contender. */
interface PreparedWorkload {
  workload: Workload;
  bodies: string[];
  /** The peer's request bodies for the same samples; null when the peer has no comparable operation or is left out. */
  peerBodies: string[] | null;
  statements: RecordedStatement[][];
}

interface Latencies {
  raw: LatencySummary;
  floor: LatencySummary;
  api: LatencySummary;
  peer: LatencySummary | null;
}

/**
 * The whole benchmark: the database under test, our API and the peer as child processes, samples,
 * the statements our API sends for them, latency of raw Cypher, our API and the peer, then
 * throughput of our API and the peer. Everything it starts is stopped before it returns or throws.
 */
export async function runBenchmark(input: BenchOptionsInput, hooks: RunHooks = {}): Promise<BenchResult> {
  const parsed = benchOptionsSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(`${parsed.error.issues[0]!.message}.`);
  const options = parsed.data;
  const log = hooks.log ?? console.log;
  const teardown = new Teardown();
  try {
    return await run(options, teardown, log);
  } finally {
    log('Stopping the servers and Neo4j…');
    await teardown.run();
  }
}

async function run(options: BenchOptions, teardown: Teardown, log: (line: string) => void): Promise<BenchResult> {
  const { credentials, load } = await openBenchDatabase(options, teardown, log);
  const db = await connect(credentials);
  teardown.add('the sampling driver', () => db.close());

  const peer = options.peer ? await loadPeer() : { missing: 'left out with --no-peer' };
  const peerOperations: PeerOperations | null = 'operations' in peer ? peer.operations : null;
  if (!peerOperations) log(`The @neo4j/graphql peer is left out: ${'missing' in peer ? peer.missing : ''}; its columns will be empty.`);

  log(peerOperations ? 'Starting our API and the @neo4j/graphql peer…' : 'Starting our API…');
  // Both start while the samples are drawn and the statements recorded: each takes seconds.
  const servers = startServers(credentials, peerOperations !== null, teardown, log);
  const prepared = prepare(db, options, peerOperations, log);
  const [{ api, floor, peerServer }, { workloads: preparedWorkloads, machine, graph }] = await settleBoth(servers, prepared);
  log(`Our API is ready at ${api.url}; the HTTP floor at ${floor.url}${peerServer ? `; the peer at ${peerServer.url}` : ''}.`);
  await loadFloorStatements(floor, Object.fromEntries(preparedWorkloads.map((w) => [w.workload.name, w.statements])));

  const driver = replayDriver(credentials);
  teardown.add('the replay driver', () => driver.close());
  const apiClient = new GraphQLHttpClient(api.url, 'our API');
  teardown.add('our API client', async () => apiClient.close());
  const floorClient = new GraphQLHttpClient(`${floor.url}/replay`, 'the HTTP floor');
  teardown.add('the HTTP floor client', async () => floorClient.close());
  const peerClient = peerServer ? new GraphQLHttpClient(peerServer.url, 'the @neo4j/graphql peer') : null;
  if (peerClient) teardown.add('the peer client', async () => peerClient.close());

  // Throughput first: its minutes of load also warm Neo4j's JIT for every workload, before the
  // latencies, which are the figures compared most closely.
  const throughputs: { api: Throughput; peer: Throughput | null }[] = [];
  for (const [index, w] of preparedWorkloads.entries()) {
    const step = `[${index + 1}/${preparedWorkloads.length}] ${w.workload.name}`;
    const plan = { connections: options.connections, durationSeconds: options.duration };
    log(`${step} · API throughput: ${options.connections} connections for ${options.duration} s…`);
    const apiThroughput = await measureThroughput(api.url, w.bodies, plan);
    log(`${step} · API throughput: ${describeThroughput(apiThroughput)}`);
    let peerThroughput: Throughput | null = null;
    if (peerServer && w.peerBodies) {
      log(`${step} · @neo4j/graphql throughput: ${options.connections} connections for ${options.duration} s…`);
      peerThroughput = await measureThroughput(peerServer.url, w.peerBodies, plan);
      log(`${step} · @neo4j/graphql throughput: ${describeThroughput(peerThroughput)}`);
    }
    throughputs.push({ api: apiThroughput, peer: peerThroughput });
  }

  const latencies: Latencies[] = [];
  for (const [index, w] of preparedWorkloads.entries()) {
    const step = `[${index + 1}/${preparedWorkloads.length}] ${w.workload.name}`;
    latencies.push(await measureLatencies(step, w, options, { driver, database: credentials.database, floorClient, apiClient, peerClient }, log));
  }

  const results: WorkloadResult[] = preparedWorkloads.map((w, i) => {
    const { raw, floor: floorLatency, api: apiLatency, peer: peerLatency } = latencies[i]!;
    const { api: apiThroughput, peer: peerThroughput } = throughputs[i]!;
    return {
      name: w.workload.name,
      rawP50Ms: round(raw.p50Ms, 3),
      rawP95Ms: round(raw.p95Ms, 3),
      floorP50Ms: round(floorLatency.p50Ms, 3),
      floorP95Ms: round(floorLatency.p95Ms, 3),
      apiP50Ms: round(apiLatency.p50Ms, 3),
      apiP95Ms: round(apiLatency.p95Ms, 3),
      apiRps: round(apiThroughput.rps, 1),
      neo4jGraphqlP50Ms: peerLatency ? round(peerLatency.p50Ms, 3) : null,
      neo4jGraphqlP95Ms: peerLatency ? round(peerLatency.p95Ms, 3) : null,
      neo4jGraphqlRps: peerThroughput ? round(peerThroughput.rps, 1) : null,
      statementsPerRequest: round(w.statements.reduce((sum, s) => sum + s.length, 0) / w.statements.length, 2),
      apiFailures: apiThroughput.failures,
      neo4jGraphqlFailures: peerThroughput?.failures ?? null,
    };
  });

  return benchResultSchema.parse({
    firms: options.firms ?? graph.firms,
    machine,
    date: new Date().toISOString(),
    workloads: results,
    load: { nodesPerSec: load?.nodesPerSec ?? null, relsPerSec: load?.relsPerSec ?? null },
    graph,
    settings: {
      iterations: options.iterations,
      warmup: options.warmup,
      durationSeconds: options.duration,
      connections: options.connections,
      samples: options.samples,
      peer: peerServer !== null,
    },
  });
}

async function startServers(
  credentials: Parameters<typeof startApi>[0],
  withPeer: boolean,
  teardown: Teardown,
  log: (line: string) => void,
): Promise<{ api: ServerChild; floor: ServerChild; peerServer: ServerChild | null }> {
  const [[api, floor], peerServer] = await settleBoth(
    settleBoth(startApi(credentials, teardown, log), startFloor(credentials, teardown, log)),
    withPeer ? startPeer(credentials, teardown, log) : Promise.resolve(null),
  );
  return { api, floor, peerServer };
}

async function prepare(db: Awaited<ReturnType<typeof connect>>, options: BenchOptions, peerOperations: PeerOperations | null, log: (line: string) => void) {
  const machine = await describeMachine(db);
  const graph = await measureGraph(db);
  log(`The graph: ${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships, ${graph.firms.toLocaleString('en')} firms.`);
  const samples = await drawSamples(db, options.samples);
  const distinct = (values: string[]) => new Set(values).size;
  log(
    `Drew ${samples.length} samples: ${distinct(samples.map((s) => s.firmId))} firms, ${distinct(samples.map((s) => s.regionCode))} counties, ` +
      `${distinct(samples.map((s) => `${s.chainRegionCode}/${s.chainId}`))} county chains, ${distinct(samples.map((s) => `${s.provinceCode}/${s.status}`))} province statuses, ` +
      `${distinct(samples.map((s) => s.searchText))} search texts.`,
  );
  const prepared: PreparedWorkload[] = [];
  for (const workload of workloads) {
    const bodies = samples.map((s) => requestBody(workload.query, workload.variables(s)));
    const peerOperation = workload.peer && peerOperations ? peerOperations[workload.peer] : null;
    const peerBodies = peerOperation ? samples.map((s) => requestBody(peerOperation.query, peerOperation.variables(s))) : null;
    log(`Recording the Cypher our API sends for ${workload.name} (${samples.length} requests in process)…`);
    const statements = await captureStatements(db, bodies);
    prepared.push({ workload, bodies, peerBodies, statements });
  }
  return { workloads: prepared, machine, graph };
}

async function measureLatencies(
  step: string,
  w: PreparedWorkload,
  options: BenchOptions,
  clients: {
    driver: Driver;
    database: string | undefined;
    floorClient: GraphQLHttpClient;
    apiClient: GraphQLHttpClient;
    peerClient: GraphQLHttpClient | null;
  },
  log: (line: string) => void,
): Promise<Latencies> {
  const contenders: Request[] = [
    rawRequest(clients.driver, clients.database, w.statements),
    httpRequest(clients.floorClient, floorBodies(w.workload.name, w.statements.length)),
    httpRequest(clients.apiClient, w.bodies),
  ];
  const peerClient = clients.peerClient;
  if (peerClient && w.peerBodies) contenders.push(httpRequest(peerClient, w.peerBodies));
  const names = ['raw Cypher', 'HTTP floor', 'API', '@neo4j/graphql'].slice(0, contenders.length);
  log(`${step} · ${names.join(', ')} interleaved: ${options.warmup} warm-up + ${options.iterations} requests each…`);
  const summaries = (await timeInterleaved({ warmup: options.warmup, iterations: options.iterations }, contenders)).map(summarize);
  log(`${step} · ${summaries.map((s, i) => `${names[i]} p50 ${s.p50Ms.toFixed(2)} ms, p95 ${s.p95Ms.toFixed(2)} ms`).join('; ')}`);
  const [raw, floor, api, peer] = summaries;
  return { raw: raw!, floor: floor!, api: api!, peer: peer ?? null };
}/** Microseconds are below the noise of any of these figures; more digits only make the JSON harder to read. */
function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function describeThroughput(t: Throughput): string {
  const failures = t.failures > 0 ? `; ${t.failures} FAILED (first: ${t.firstFailure})` : '';
  return `${t.rps.toFixed(1)} requests/s (${t.successes} succeeded${failures})`;
}

/**
 * Both results, once both have settled: unlike Promise.all, a failure of one does not leave the
 * other running unseen (a server starting while the run already tears down would never be stopped).
 */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}
