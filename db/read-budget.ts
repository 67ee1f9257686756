import { AsyncLocalStorage } from 'node:async_hooks';
import { Slots } from './slots.ts';

/**
 * How many statements one request may send to Neo4j, in all and at once. The web app's screen
 * requests (the warm-up's 46 on the seed) send at most 10 in all and 6 at once (measured by
 * tests/integration/fair-sharing.test.ts); a document the cost limit lets through sends a few dozen
 * at most, as its lists load a level at a time. A request beyond these is one that batching missed
 * or one written to fan out: 200 in all refuses it, 8 at once keeps it from taking the pool.
 */
export const STATEMENT_LIMITS = { maxStatements: 200, maxConcurrent: 8 };

/** What bounds one request's reads besides its time budget. */
export interface RequestReadOptions {
  /**
   * Who asks (an IP address or a token's digest): every request of one client together holds at most a share of the connection pool.
   * @default 'anonymous'
   */
  client?: string;
  /** @default STATEMENT_LIMITS.maxStatements */
  maxStatements?: number;
  /** @default STATEMENT_LIMITS.maxConcurrent */
  maxConcurrent?: number;
}

/** One request's reads: its budget, who sent it, how many statements it has sent and its slots for running them. */
export interface RequestReads {
  ms: number;
  deadline: number;
  client: string;
  maxStatements: number;
  statements: number;
  slots: Slots;
}

/** The request being answered, followed through every await its resolvers make. */
const requests = new AsyncLocalStorage<RequestReads>();

/** Runs one request's work with `ms` for all of its reads together, and at most so many statements. */
export function withReadBudget<T>(ms: number, work: () => T, options: RequestReadOptions = {}): T {
  const { client = 'anonymous', maxStatements = STATEMENT_LIMITS.maxStatements, maxConcurrent = STATEMENT_LIMITS.maxConcurrent } = options;
  return requests.run({ ms, deadline: Date.now() + ms, client, maxStatements, statements: 0, slots: new Slots(maxConcurrent) }, work);
}

/** The current request's reads; undefined outside a request (start-up, derive, imports). */
export function requestReads(): RequestReads | undefined {
  return requests.getStore();
}

/**
 * Runs an editor's long work (an import, its preview, an undo, a review decision and the derive
 * after it) outside the request's bounds, as `npm run import` runs it: a file of 100,000 rows reads
 * for minutes and sends thousands of statements, which the interactive budget would cut off.
 */
export function outsideRequest<T>(work: () => T): T {
  return requests.exit(work);
}

/**
 * A request sent more statements than one may: told as QUERY_TOO_COMPLEX, like a document over a
 * limit, naming the limit. Its code sits in `extensions`, as an InputError's does.
 */
export class StatementLimitError extends Error {
  override name = 'StatementLimitError';
  readonly extensions: { code: 'QUERY_TOO_COMPLEX'; limit: string; found: number; max: number };
  constructor(max: number) {
    super(`Refused: the statements this request sends to the database are more than ${max}; the maximum is ${max}. Ask for less, or split the request.`);
    this.extensions = { code: 'QUERY_TOO_COMPLEX', limit: 'the statements sent to the database', found: max + 1, max };
  }
}
