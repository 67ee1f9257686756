import neo4j, { type Config } from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { screenRequests } from '../../app/warm-up/screen-requests.ts';
import { serve } from '../../api/http/serve.ts';
import { clientPoolShare, Database } from '../../db/database.ts';
import { RequestTimeoutError } from '../../db/database-errors.ts';
import { requestReads, STATEMENT_LIMITS, StatementLimitError, withReadBudget, type RequestReads } from '../../db/read-budget.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

const db = await testDatabase();
const served = await serve(db, '127.0.0.1', 0, undefined, { rateLimitPerMinute: 0 });
afterAll(() => served.close());

const post = (body: object) =>
  fetch(`${served.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());

/** A read that keeps Neo4j busy until the request's budget cancels it. */
const slow = { name: 'test/slow', text: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n' };
const lookup = { name: 'test/lookup', text: 'MATCH (r:Region {code: $code}) RETURN r.name AS name' };

/** Records, for every request that reads while `work` runs, how many statements it sent and the most it had under way at once. */
async function watchRequests<T>(work: () => Promise<T>): Promise<{ result: T; requests: Map<RequestReads, { statements: number; atOnce: number }> }> {
  const requests = new Map<RequestReads, { statements: number; atOnce: number }>();
  const stop = db.onQuery(() => {
    const request = requestReads();
    if (!request) return;
    const seen = requests.get(request) ?? { statements: 0, atOnce: 0 };
    requests.set(request, { statements: request.statements, atOnce: Math.max(seen.atOnce, request.slots.inUse) });
  });
  try {
    return { result: await work(), requests };
  } finally {
    stop();
  }
}

describe('statements per request', () => {
  it('leaves every screen request far within the limits (measured here)', { timeout: 300_000 }, async () => {
    const screens = await screenRequests(db);
    // Once without a budget first, as the server's warm-up does: on a fresh Neo4j the first chain map may outlast 10 s on a busy machine.
    const warmUp = graphqlClient(db);
    for (const request of screens) await warmUp(request.query, request.variables);
    let most = { statements: 0, atOnce: 0 };
    for (const request of screens) {
      const { result, requests } = await watchRequests(() => post({ query: request.query, variables: request.variables }));
      expect(result.errors, request.name).toBeUndefined();
      for (const seen of requests.values()) most = { statements: Math.max(most.statements, seen.statements), atOnce: Math.max(most.atOnce, seen.atOnce) };
    }
    console.info(`${screens.length} screen requests: at most ${most.statements} statements in one, ${most.atOnce} at once`);
    expect(most.statements).toBeGreaterThan(0);
    expect(most.statements).toBeLessThanOrEqual(STATEMENT_LIMITS.maxStatements / 4);
    expect(most.atOnce).toBeLessThanOrEqual(STATEMENT_LIMITS.maxConcurrent);
  });

  it('refuses the statement past the limit with QUERY_TOO_COMPLEX naming it, and sends it not', async () => {
    const sent: string[] = [];
    const stop = db.onQuery((query) => sent.push(query.name));
    try {
      await withReadBudget(
        5_000,
        async () => {
          await db.read(lookup, { code: '36' });
          await db.read(lookup, { code: '3608' });
          await expect(db.read(lookup, { code: '360824' })).rejects.toBeInstanceOf(StatementLimitError);
        },
        { maxStatements: 2 },
      );
    } finally {
      stop();
    }
    expect(sent).toEqual(['test/lookup', 'test/lookup']);

    // Through GraphQL: three root fields, each its own statement, in a request allowed two.
    const query = graphqlClient(db);
    const { errors } = await withReadBudget(5_000, () => query('{ a: search(text: "锂") { name } b: search(text: "氟") { name } c: search(text: "新") { name } }'), { maxStatements: 2 });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'the statements sent to the database', max: 2 });
    expect(errors![0]!.message).toContain('the maximum is 2');
  });

  it('runs at most maxConcurrent of a request’s statements at once; the others wait their turn and succeed', async () => {
    const { result, requests } = await watchRequests(() =>
      withReadBudget(10_000, () => Promise.all(['36', '3608', '360824', '43', '4310', '431022', '11', '44', '4403', '31'].map((code) => db.read(lookup, { code }))), { maxConcurrent: 2 }),
    );
    expect(result.flat()).toHaveLength(10);
    expect([...requests.values()]).toEqual([{ statements: 10, atOnce: 2 }]);
  });

  it('gives up waiting for a slot when the budget is spent, with TIMEOUT', async () => {
    await withReadBudget(
      500,
      async () => {
        const [first, second] = await Promise.allSettled([db.read(slow), db.read(lookup, { code: '36' })]);
        expect(first.status === 'rejected' && first.reason).toBeInstanceOf(RequestTimeoutError);
        expect(second.status === 'rejected' && second.reason).toBeInstanceOf(RequestTimeoutError);
      },
      { maxConcurrent: 1 },
    );
  });
});

describe('a client’s share of the connection pool', () => {
  it('lets another client’s lookup through while one client’s fan-out wants more connections than the pool has', async () => {
    // A pool of 8 (a share of 2), as the default pool of 100 and 25 slow reads would burn every core of a small test machine.
    const { uri, user, password, database } = inject('neo4j');
    const open = (config: Config) => neo4j.driver(uri, neo4j.auth.basic(user, password), config);
    const small = new Database(
      { reads: open({ maxConnectionPoolSize: 8, connectionAcquisitionTimeout: 2_000 }), writes: open({}), probe: open({ maxConnectionPoolSize: 1 }) },
      database,
      () => undefined,
      8,
    );
    try {
      // 10 requests of one client, each with 4 slow reads under way: 40 wanted, the pool holds 8.
      let fanOutDone = 0;
      const fanOutRequests = Array.from({ length: 10 }, () =>
        withReadBudget(3_000, () => Promise.allSettled(Array.from({ length: 4 }, () => small.read(slow))), { client: 'ip:fan-out' }),
      );
      const fanOut = Promise.all(fanOutRequests).then(() => (fanOutDone = Date.now()));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [{ n: underWay }] = (await probe(db, 'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $text RETURN count(*) AS n', { text: slow.text })) as [{ n: number }];
      const started = Date.now();
      const [row] = await withReadBudget(10_000, () => small.read<{ name: string }>(lookup, { code: '360824' }), { client: 'ip:other' });
      const answered = Date.now();
      await fanOut;
      expect(underWay).toBe(clientPoolShare(8));
      expect(row).toEqual({ name: '新干县' });
      expect(answered).toBeLessThan(fanOutDone);
      // The share's reads ran until the budget cancelled them; the others found it spent when their turn came.
      const outcomes = (await Promise.all(fanOutRequests)).flat();
      expect(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof RequestTimeoutError)).toBe(true);
      console.info(`the other client's lookup: answered ${answered - started} ms after it was sent, ${fanOutDone - answered} ms before the fan-out ended`);
    } finally {
      await small.close();
    }
  }, 30_000);
});
