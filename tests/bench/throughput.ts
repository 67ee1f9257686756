import autocannon from 'autocannon';

export interface ThroughputPlan {
  connections: number;
  durationSeconds: number;
}

export interface Throughput {
  /** Successful responses per second. */
  rps: number;
  successes: number;
  /** Non-2xx responses, responses with GraphQL errors, connection errors and timeouts. */
  failures: number;
  /** The first failed response's status and the start of its body, to say what went wrong. */
  firstFailure: string | null;
}

// A top-level "errors" key. In an escaped string inside data the quote before the colon is
// escaped, so a firm named `"errors":` cannot match.
const graphqlErrors = /"errors"\s*:/;

/**
 * Requests per second under `connections` concurrent keep-alive connections, each cycling through
 * the samples' request bodies in order. Only successes count: a server that answers fast with
 * errors must not look fast.
 */
export async function measureThroughput(url: string, bodies: readonly string[], plan: ThroughputPlan): Promise<Throughput> {
  let successes = 0;
  let badResponses = 0;
  let firstFailure: string | null = null;
  const onResponse = (status: number, body: string) => {
    // The body is the text autocannon gathered: look for errors without parsing, which would cost
    // the load generator time it should spend sending.
    if (status >= 200 && status < 300 && !graphqlErrors.test(body)) {
      successes++;
      return;
    }
    badResponses++;
    firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
  };
  const { pathname, search } = new URL(url);
  const result = await autocannon({
    url,
    connections: plan.connections,
    duration: plan.durationSeconds,
    timeout: 30,
    requests: bodies.map((body) => ({
      method: 'POST',
      path: `${pathname}${search}`,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      onResponse,
    })),
  });
  // errors counts connection errors and timeouts; bad responses were counted above.
  const failures = badResponses + result.errors;
  if (result.errors > 0) firstFailure ??= `${result.errors} connection errors or timeouts`;
  await drain(successes > 0 ? result.latency.p99 : MAX_DRAIN_MS);
  return { rps: successes / result.duration, successes, failures, firstFailure };
}

const MIN_DRAIN_MS = 500;
const MAX_DRAIN_MS = 10_000;

/**
 * autocannon stops by dropping its connections, but the server (and Neo4j) still finish the
 * requests that were in flight: without a pause they would slow down the next run. Twice the
 * slowest latency under this load lets them finish; nothing completed means they are slow indeed.
 */
function drain(p99Ms: number): Promise<void> {
  const ms = Math.min(MAX_DRAIN_MS, Math.max(MIN_DRAIN_MS, 2 * p99Ms));
  return new Promise((resolve) => setTimeout(resolve, ms));
}
