import { performance } from 'node:perf_hooks';
import type { Database } from '../../db/database.ts';
import { screenRequests } from './screen-requests.ts';

export interface WarmUpReport {
  requests: number;
  seconds: number;
  /** The requests that answered with an error or a non-2xx status, and what they said. */
  failures: string[];
}

export interface WarmUpOptions {
  /** Stops the warm-up between requests, and the request under way. */
  signal: AbortSignal;
  /** Called after each request. */
  progress?: (done: number, total: number) => void;
  /** CHAIN_ATLAS_READ_TOKEN: with it set, the server answers no request without it. */
  readToken?: string | null;
}

/**
 * Sends each request of the web app's screens once, one after another, through the server just
 * started. Neo4j plans a statement the first time it runs and keeps the plan for later calls with
 * the same parameter types, and its JIT warms on the first runs: on a freshly started database
 * the Projects page showed its data 6.2 s after it was opened, and 1.3 s after this warm-up
 * (tests/bench/README.md, "Cold start"). Each screen is sent for every subject (a county, its
 * city and province…), not once per operation: once per operation left the Projects page at 2.3 s.
 */
export async function warmUp(db: Database, graphqlUrl: string, { signal, progress, readToken }: WarmUpOptions): Promise<WarmUpReport> {
  const started = performance.now();
  const requests = await screenRequests(db);
  const failures: string[] = [];
  for (const [index, request] of requests.entries()) {
    signal.throwIfAborted();
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(readToken ? { authorization: `Bearer ${readToken}` } : {}) },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal,
    });
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] };
    const problem = body.errors?.[0]?.message ?? (response.ok ? null : `HTTP ${response.status}`);
    if (problem) failures.push(`${request.name}: ${problem}`);
    progress?.(index + 1, requests.length);
  }
  return { requests: requests.length, seconds: (performance.now() - started) / 1000, failures };
}
