import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../api/http/serve.ts';
import { screenOperations, screenRequests } from '../../app/warm-up/screen-requests.ts';
import { warmUp } from '../../app/warm-up/warm-up.ts';
import { testDatabase } from '../helpers/database.ts';

const db = await testDatabase();
let served: Served;
beforeAll(async () => {
  served = await serve(db, '127.0.0.1', 0);
});
afterAll(() => served.close());

const running = () => ({ signal: new AbortController().signal });

describe('the warm-up before the app says it is ready', () => {
  it('finds in the seed a subject for every screen, so that it opens each of them', async () => {
    const requests = await screenRequests(db);
    expect(new Set(requests.map((r) => r.operation))).toEqual(new Set(screenOperations));
  });

  it('sends every screen request through the server, where each reaches Neo4j and none fails', async () => {
    const statements: string[] = [];
    const stopListening = db.onQuery((query) => statements.push(query.name));
    const progress: [number, number][] = [];
    try {
      const report = await warmUp(db, `${served.url}/graphql`, { ...running(), progress: (done, total) => progress.push([done, total]) });
      expect(report.failures).toEqual([]);
      expect(report.requests).toBe((await screenRequests(db)).length);
      expect(progress).toHaveLength(report.requests);
      expect(progress.at(-1)).toEqual([report.requests, report.requests]);
      expect(statements).toContain('listing/list-projects');
      expect(statements).toContain('chain-map/chain-map');
    } finally {
      stopListening();
    }
  });

  it('names each request that failed and what the server said', async () => {
    const failing = http.createServer((_, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'the database is away' }] }));
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = failing.address() as AddressInfo;
      const report = await warmUp(db, `http://127.0.0.1:${port}/graphql`, running());
      expect(report.failures).toHaveLength(report.requests);
      expect(report.failures[0]).toMatch(/^place \d+: the database is away$/);
    } finally {
      failing.close();
    }
  });

  it('stops when its signal aborts, without sending the rest', async () => {
    const abort = new AbortController();
    const progress: number[] = [];
    const warming = warmUp(db, `${served.url}/graphql`, {
      signal: abort.signal,
      progress: (done) => {
        progress.push(done);
        abort.abort();
      },
    });
    await expect(warming).rejects.toThrow(/aborted/i);
    expect(progress).toEqual([1]);
  });
});
