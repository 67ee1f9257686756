import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { readConfig } from '../../core/config.ts';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { startBundledNeo4j, type BundledNeo4j } from '../../db/bundled-neo4j/start-bundled-neo4j.ts';
import { connect } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import { RequestTimeoutError } from '../../db/database-errors.ts';
import { withReadBudget } from '../../db/read-budget.ts';
import { serve, type Served } from '../../api/http/serve.ts';

/**
 * The API against a Neo4j that stalls (SIGSTOP) and dies (SIGKILL), as a hostile tester met it:
 * a Neo4j of this file's own (so that pausing it troubles no other test), the API served in
 * process, and a steady trickle of requests throughout.
 */
const home = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-faults-'));
const lines: string[] = [];
const log = (line: string) => lines.push(line);
const gaveUp: string[] = [];
let server: BundledNeo4j;
let db: Database;
let served: Served;

beforeAll(async () => {
  server = await startBundledNeo4j(
    {
      ...readConfig({}).bundled,
      home: path.join(home, 'neo4j'),
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      heapSize: '512m',
      pageCacheSize: '128m',
    },
    { lib: inject('neo4jLib'), log, onGiveUp: (reason) => gaveUp.push(reason) },
  );
  db = await connect(server.credentials, log);
  served = await serve(db, '127.0.0.1', 0);
});

afterAll(async () => {
  await served?.close();
  await db?.close();
  await server?.stop();
  rmSync(home, { recursive: true, force: true });
});

interface Answer {
  sentAt: number;
  ms: number;
  code: string | null;
}

/** One GraphQL read that goes to Neo4j (the store is empty: a region the graph lacks is null, once Neo4j said so). */
async function ask(): Promise<Answer> {
  const sentAt = Date.now();
  const response = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ region(code: "360824") { name } }' }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { sentAt, ms: Date.now() - sentAt, code: body.errors ? (body.errors[0]!.extensions?.code ?? 'NO CODE') : null };
}

/** A request every 200 ms, each answer kept, until stopped. */
function trickle() {
  const answers: Answer[] = [];
  const pending = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const request = ask().then((answer) => void answers.push(answer));
    pending.add(request);
    void request.finally(() => pending.delete(request));
  }, 200);
  return {
    answers,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds, failing after `ms`; returns how long it took. */
async function within(ms: number, check: () => boolean | Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await sleep(100);
  }
  return Date.now() - started;
}

const status = (route: string) => fetch(`${served.url}${route}`).then((r) => r.status);
const outageLines = () => lines.filter((line) => line.startsWith('Neo4j stopped answering'));
const recoveryLines = () => lines.filter((line) => line.startsWith('Neo4j answers again'));

describe('the API when Neo4j fails', () => {
  it('answers DATABASE_UNAVAILABLE within 2 s while Neo4j is paused or dead, logs each outage once, and recovers on its own', async () => {
    const consoleLines = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    const requests = trickle();
    try {
      await sleep(1_000);
      expect(requests.answers.every((a) => a.code === null)).toBe(true);
      expect(await status('/health/ready')).toBe(200);

      // Paused: TCP stays open and no error ever comes; only the client's own bounds answer.
      const paused = Date.now();
      process.kill(server.pid, 'SIGSTOP');
      await sleep(6_000);
      expect(await status('/health/live')).toBe(200);
      expect(await status('/health/ready')).toBe(503);
      process.kill(server.pid, 'SIGCONT');
      const resumed = Date.now();
      const pauseFailures = requests.answers.filter((a) => a.sentAt >= paused && a.sentAt < resumed - 2_000);
      expect(pauseFailures.length).toBeGreaterThan(15);
      expect(new Set(pauseFailures.map((a) => a.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
      expect(Math.max(...pauseFailures.map((a) => a.ms))).toBeLessThan(2_000);
      expect(outageLines()).toHaveLength(1);
      await within(10_000, () => recoveryLines().length === 1 && requests.answers.at(-1)?.code === null);

      // Killed: the supervisor restarts it and the same driver reconnects.
      const killedPid = server.pid;
      const killed = Date.now();
      process.kill(killedPid, 'SIGKILL');
      await within(120_000, () => lines.some((line) => line.startsWith('Neo4j is back')));
      const back = Date.now();
      expect(server.pid).not.toBe(killedPid);
      const recovery = await within(10_000, async () => requests.answers.at(-1)?.code === null && (await status('/health/ready')) === 200);
      const deadFailures = requests.answers.filter((a) => a.sentAt >= killed && a.sentAt < back);
      expect(deadFailures.length).toBeGreaterThan(5);
      expect(new Set(deadFailures.map((a) => a.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
      expect(Math.max(...deadFailures.map((a) => a.ms))).toBeLessThan(2_000);
      expect(outageLines()).toHaveLength(2);
      expect(recoveryLines()).toHaveLength(2);
      expect(gaveUp).toEqual([]);
      console.info(`paused 6 s and killed: ${requests.answers.length} requests; back ${((back - killed) / 1000).toFixed(1)} s after the kill, serving again ${recovery} ms later`);
      // Nothing is logged per failed request: the log grows by the outage's lines, not by its traffic.
      for (const spy of consoleLines) expect(spy).not.toHaveBeenCalled();
    } finally {
      await requests.stop();
      for (const spy of consoleLines) spy.mockRestore();
      console.info(lines.join('\n'));
    }
  }, 240_000);

  it('has Neo4j cancel a read that outlasts its request’s budget, and says TIMEOUT', async () => {
    const slow = { name: 'test/slow', text: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n' };
    const started = Date.now();
    await expect(withReadBudget(300, () => db.read(slow))).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
    // Cancelled in Neo4j itself, not only abandoned by the client.
    const running = await db.read<{ query: string }>({ name: 'test/probe', text: 'SHOW TRANSACTIONS YIELD currentQuery AS query' });
    expect(running.filter((t) => t.query.includes('range(1, 1000000000)'))).toEqual([]);

    const budgetless = await serve(db, '127.0.0.1', 0, undefined, { requestTimeoutMs: 1 });
    try {
      const body = await fetch(`${budgetless.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ region(code: "360824") { name } }' }),
      }).then((r) => r.json());
      expect(body.errors[0].extensions).toEqual({ code: 'TIMEOUT', requestId: expect.any(String) });
    } finally {
      await budgetless.close();
    }
  });

  it('says at once that start-up is not done yet', async () => {
    const starting = await serve(db, '127.0.0.1', 0, undefined, { started: () => false });
    try {
      const response = await fetch(`${starting.url}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'starting', reason: 'start-up (schema, seed, warm-up) is not done yet' });
    } finally {
      await starting.close();
    }
  });
});
