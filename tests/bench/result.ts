import { z } from 'zod';

/**
 * The shape of `tests/bench/results/firms-N.json`. The named fields are the contract that the
 * result tables and the smoke test read; the others help read a run without rerunning it.
 */
const ms = z.number().nonnegative();
const perSecond = z.number().nonnegative();

export const workloadResultSchema = z.object({
  name: z.string(),
  /** Our API's own Cypher statements for the request, replayed through neo4j-driver alone. */
  rawP50Ms: ms,
  rawP95Ms: ms,
  /**
   * The same statements replayed by a minimal HTTP server (floor/serve-statement-replay.ts), rows
   * as JSON and no GraphQL: what one more process and HTTP round trip cost on this machine.
   */
  floorP50Ms: ms,
  floorP95Ms: ms,
  /** Our API over HTTP, one request at a time. */
  apiP50Ms: ms,
  apiP95Ms: ms,
  /** Our API under `connections` concurrent keep-alive connections: successful responses per second. */
  apiRps: perSecond,
  /** The @neo4j/graphql peer, for the workloads it has a comparable operation for; null otherwise. */
  neo4jGraphqlP50Ms: ms.nullable(),
  neo4jGraphqlP95Ms: ms.nullable(),
  neo4jGraphqlRps: perSecond.nullable(),
  /** How many Cypher statements our API sends per request, averaged over the samples. */
  statementsPerRequest: z.number().nonnegative(),
  /** Throughput responses that were not 2xx, carried GraphQL errors, failed or timed out. */
  apiFailures: z.number().int().nonnegative(),
  neo4jGraphqlFailures: z.number().int().nonnegative().nullable(),
});

export const benchResultSchema = z.object({
  /** The synthetic graph's size asked for (`--firms`), or the firms counted in an existing database. */
  firms: z.number().int().nonnegative(),
  machine: z.object({
    cpuModel: z.string(),
    cores: z.number().int().positive(),
    memoryGb: z.number().positive(),
    node: z.string(),
    platform: z.string(),
    neo4j: z.string().nullable(),
  }),
  date: z.iso.datetime(),
  workloads: z.array(workloadResultSchema),
  /** From the synthetic load's report; null when benchmarking an existing database. */
  load: z.object({
    nodesPerSec: perSecond.nullable(),
    relsPerSec: perSecond.nullable(),
  }),
  graph: z.object({
    nodes: z.number().int().nonnegative(),
    relationships: z.number().int().nonnegative(),
    firms: z.number().int().nonnegative(),
  }),
  settings: z.object({
    iterations: z.number().int().positive(),
    warmup: z.number().int().nonnegative(),
    durationSeconds: z.number().positive(),
    connections: z.number().int().positive(),
    samples: z.number().int().positive(),
    /** Whether the @neo4j/graphql peer took part. */
    peer: z.boolean(),
  }),
});

export type WorkloadResult = z.infer<typeof workloadResultSchema>;
export type BenchResult = z.infer<typeof benchResultSchema>;
