import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../api/http/serve.ts';
import { RateLimit } from '../../api/http/rate-limit.ts';
import { DEVELOPMENT_EXPOSURE, type EditorAccess } from '../../core/config.ts';
import { testDatabase } from '../helpers/database.ts';

const db = await testDatabase();
const EDITOR_TOKEN = 'editor-token-0123456789abcdef';
const READ_TOKEN = 'read-token-0123456789abcdef';
const access: EditorAccess = { token: EDITOR_TOKEN, readToken: READ_TOKEN, uploadsDir: '/nonexistent', uploadMaxBytes: 1024 };

/** POSTs a GraphQL query from `localAddress` (any of 127.0.0.0/8 is this machine), as another client would. */
function post(url: string, query: string, { token, localAddress = '127.0.0.1', forwardedFor }: { token?: string; localAddress?: string; forwardedFor?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }>((resolve, reject) => {
    const req = http.request(`${url}/graphql`, {
      method: 'POST',
      localAddress,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
    });
    req.end(JSON.stringify({ query }));
  });
}

const limited = await serve(db, '127.0.0.1', 0, access, { rateLimitPerMinute: 5 });
const served = await serve(db, '127.0.0.1', 0, access, { rateLimitPerMinute: 0 });
// Behind a reverse proxy on 127.0.0.3 (TRUST_PROXY=127.0.0.3).
const proxied = await serve(db, '127.0.0.1', 0, access, { rateLimitPerMinute: 2, exposure: { ...DEVELOPMENT_EXPOSURE, trustProxy: ['127.0.0.3'] } });
afterAll(() => Promise.all([limited.close(), served.close(), proxied.close()]));

const LOOKUP = '{ region(code: "360824") { name } }';

describe('the rate limit per client', () => {
  it('answers a client past its allowance 429 RATE_LIMITED with Retry-After, and leaves other clients alone', async () => {
    for (let i = 0; i < 5; i++) expect((await post(limited.url, LOOKUP, { token: READ_TOKEN })).status).toBe(200);
    const refused = await post(limited.url, LOOKUP, { token: READ_TOKEN });
    expect(refused.status).toBe(429);
    // 5 a minute: one more every 12 s, less what has refilled while the five were answered.
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(12);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.errors[0].message).toContain('RATE_LIMIT_PER_MINUTE');
    // Another address, and the editor (known by the token wherever it comes from), each have an allowance of their own.
    expect((await post(limited.url, LOOKUP, { token: READ_TOKEN, localAddress: '127.0.0.2' })).body.data).toEqual({ region: { name: '新干县' } });
    expect((await post(limited.url, LOOKUP, { token: EDITOR_TOKEN })).body.data).toEqual({ region: { name: '新干县' } });
    // A made-up token gives the first address no fresh allowance.
    expect((await post(limited.url, LOOKUP, { token: 'made-up-token-0123456789abcdef' })).status).toBe(429);
  });

  it('tells clients behind a trusted proxy apart by X-Forwarded-For, and believes the header from no one else', async () => {
    const status = async (options: { localAddress: string; forwardedFor?: string }) => (await post(proxied.url, LOOKUP, { token: READ_TOKEN, ...options })).status;
    const viaProxy = (forwardedFor: string) => status({ localAddress: '127.0.0.3', forwardedFor });
    for (let i = 0; i < 2; i++) expect(await viaProxy('203.0.113.7')).toBe(200);
    expect(await viaProxy('203.0.113.7')).toBe(429);
    // Another person behind the same proxy has an allowance of their own; so has the proxy itself.
    expect(await viaProxy('203.0.113.8')).toBe(200);
    expect(await status({ localAddress: '127.0.0.3' })).toBe(200);
    // The client's own forged entry comes first in the list; the proxy appends the address it saw.
    expect(await viaProxy('203.0.113.99, 203.0.113.7')).toBe(429);
    // A peer that is no trusted proxy gets no fresh allowance by sending the header.
    for (let i = 0; i < 2; i++) expect(await status({ localAddress: '127.0.0.4', forwardedFor: `198.51.100.${i}` })).toBe(200);
    expect(await status({ localAddress: '127.0.0.4', forwardedFor: '198.51.100.50' })).toBe(429);
  });

  it('refills a bucket evenly over the minute', () => {
    const limit = new RateLimit(60);
    for (let i = 0; i < 60; i++) expect(limit.take('a', 0)).toBe(0);
    expect(limit.take('a', 0)).toBe(1);
    expect(limit.take('a', 999)).toBe(1);
    expect(limit.take('a', 1_000)).toBe(0);
    expect(new RateLimit(0).take('a', 0)).toBe(0);
  });
});

describe('CHAIN_ATLAS_READ_TOKEN', () => {
  it('answers a GraphQL request without it 401 UNAUTHENTICATED, saying how to get access, and with nothing of the graph', async () => {
    for (const token of [undefined, 'made-up-token-0123456789abcdef']) {
      const { status, body } = await post(served.url, LOOKUP, { token });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toContain('Authorization: Bearer');
    }
    const schema = await post(served.url, '{ __schema { types { name } } }');
    expect(schema.status).toBe(401);
    const get = await fetch(`${served.url}/graphql?query=${encodeURIComponent(LOOKUP)}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(401);
  });

  it('answers the read token and the editor token', async () => {
    for (const token of [READ_TOKEN, EDITOR_TOKEN]) expect((await post(served.url, LOOKUP, { token })).body).toEqual({ data: { region: { name: '新干县' } } });
  });

  it('keeps editors’ fields for the editor: the read token is a reader’s', async () => {
    const { body } = await post(served.url, '{ imports { id } }', { token: READ_TOKEN });
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const upload = await fetch(`${served.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${READ_TOKEN}`, 'x-file-name': 'a.csv' }, body: 'a' });
    expect(upload.status).toBe(401);
  });

  it('leaves the health checks and the web app open', async () => {
    expect((await fetch(`${served.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${served.url}/health/ready`)).status).toBe(200);
    expect((await fetch(`${served.url}/`)).status).not.toBe(401);
  });
});
