import { readdirSync, readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../core/config.ts';
import { APP_CSP, GRAPHIQL_CSP } from '../../api/http/security-headers.ts';
import { serve, webDist } from '../../api/http/serve.ts';
import { testDatabase } from '../helpers/database.ts';

/**
 * What the HTTP side lets strangers reach (issue 17, part 5), on real servers over loopback as
 * `npm start` would configure them from its environment: by default, in production, and in
 * production with CORS_ORIGINS, ALLOWED_HOSTS and GRAPHIQL set.
 */
const db = await testDatabase();
const LISTED = 'https://atlas.example.org';
const ALSO_LISTED = 'https://analysts.example.org';
const start = async (env: NodeJS.ProcessEnv) => {
  const served = await serve(db, '127.0.0.1', 0, undefined, { exposure: readConfig(env).exposure });
  afterAll(() => served.close());
  return served.url;
};
const development = await start({});
const production = await start({ NODE_ENV: 'production' });
const configured = await start({ NODE_ENV: 'production', CORS_ORIGINS: `${LISTED}, ${ALSO_LISTED}`, ALLOWED_HOSTS: 'atlas.example.org', GRAPHIQL: '1' });

/** Statements sent to Neo4j through the server's one door to the driver. */
let statements = 0;
afterAll(db.onQuery(() => statements++));

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json: () => { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** One request as a client on the wire sends it: any Host, any or no content-type, the body's bytes as received. */
function request(base: string, pathname: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, setHost: !('host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const text = bytes.toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, body: bytes, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const REGION = '{ region(code: "360824") { name } }';
const postJson = (base: string, query: string, headers: Record<string, string> = {}) =>
  request(base, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
const getQuery = (base: string, params: Record<string, string>, headers: Record<string, string> = {}) =>
  request(base, `/graphql?${new URLSearchParams(params)}`, { headers });
const accessControl = (headers: IncomingHttpHeaders) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

describe('production mode', () => {
  const introspection = ['{ __schema { queryType { name } } }', '{ __type(name: "Region") { fields { name } } }'];

  it('refuses introspection in production, and answers it otherwise', async () => {
    for (const query of introspection) {
      const refused = (await postJson(production, query)).json();
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
      expect((await postJson(development, query)).json().errors).toBeUndefined();
    }
    expect((await postJson(development, introspection[0]!)).json().data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // __typename is no introspection of the schema, and clients rely on it.
    expect((await postJson(production, '{ __typename }')).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('suggests no field names in production, and does otherwise', async () => {
    const misspelt = '{ regin(code: "360824") { name } }';
    const production_ = (await postJson(production, misspelt)).json().errors!;
    expect(production_[0]!.message).toContain('Cannot query field "regin"');
    expect(production_.map((error) => error.message).join(' ')).not.toMatch(/did you mean/i);
    expect((await postJson(development, misspelt)).json().errors![0]!.message).toMatch(/Did you mean "region"/);
  });

  it('serves no GraphiQL in production unless GRAPHIQL=1, and serves it by default otherwise, under its own CSP', async () => {
    const page = (base: string) => request(base, '/graphql', { headers: { accept: 'text/html' } });
    const absent = await page(production);
    // yoga: the client accepts none of the types a GraphQL answer comes in.
    expect(absent.status).toBe(406);
    expect(absent.text).toBe('');
    for (const base of [development, configured]) {
      const present = await page(base);
      expect(present.status).toBe(200);
      expect(present.headers['content-type']).toMatch(/text\/html/);
      expect(present.text).toContain('Chain Atlas GraphQL');
      expect(present.headers['content-security-policy']).toBe(GRAPHIQL_CSP);
    }
  });
});

describe('CORS', () => {
  const origins = [LISTED, 'https://evil.example', 'null'];

  it('sends no access-control header, to any Origin, without CORS_ORIGINS', async () => {
    for (const base of [development, production]) {
      for (const origin of [...origins, new URL(base).origin]) {
        const posted = await postJson(base, '{ __typename }', { origin });
        expect(posted.status).toBe(200);
        expect(accessControl(posted.headers)).toEqual([]);
        const preflight = await request(base, '/graphql', {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
        });
        expect(accessControl(preflight.headers)).toEqual([]);
      }
    }
  });

  it('answers a listed origin with itself, and an unlisted one (or null) with no access-control header', async () => {
    const headers = { host: 'atlas.example.org' };
    for (const origin of [LISTED, ALSO_LISTED]) {
      const posted = await postJson(configured, '{ __typename }', { ...headers, origin });
      expect(posted.headers['access-control-allow-origin']).toBe(origin);
      expect(posted.headers['access-control-allow-credentials']).toBe('true');
      const preflight = await request(configured, '/graphql', {
        method: 'OPTIONS',
        headers: { ...headers, origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(origin);
      expect(preflight.headers['access-control-allow-methods']).toBe('GET, POST');
      expect(preflight.headers['access-control-allow-headers']).toBe('content-type, authorization');
    }
    for (const origin of ['https://evil.example', 'null', `${LISTED}.evil.example`, 'http://atlas.example.org']) {
      expect(accessControl((await postJson(configured, '{ __typename }', { ...headers, origin })).headers)).toEqual([]);
    }
  });
});

describe('only JSON POSTs are executed', () => {
  const forms: [string, string][] = [
    ['application/x-www-form-urlencoded', new URLSearchParams({ query: REGION }).toString()],
    ['multipart/form-data; boundary=XyZ', `--XyZ\r\nContent-Disposition: form-data; name="query"\r\n\r\n${REGION}\r\n--XyZ--\r\n`],
    ['text/plain;charset=UTF-8', JSON.stringify({ query: REGION })],
    ['application/graphql', REGION],
  ];

  it('executes the query as JSON (the counter sees its statement)', async () => {
    const before = statements;
    expect((await postJson(production, REGION)).json()).toEqual({ data: { region: { name: '新干县' } } });
    expect(statements).toBeGreaterThan(before);
  });

  it('refuses a form, multipart, text/plain or other body with 415 before anything is executed, in every mode', async () => {
    for (const base of [development, production]) {
      for (const [contentType, body] of forms) {
        const before = statements;
        const refused = await request(base, '/graphql', { method: 'POST', headers: { 'content-type': contentType, origin: 'https://evil.example' }, body });
        expect(refused.status, contentType).toBe(415);
        expect(refused.headers['content-type']).toBe('application/json; charset=utf-8');
        const { errors } = refused.json();
        expect(errors![0]!.extensions!.code).toBe('BAD_REQUEST');
        expect(errors![0]!.message).toContain(`this one was ${contentType}`);
        expect(statements, contentType).toBe(before);
      }
      const bare = await request(base, '/graphql', { method: 'POST', body: JSON.stringify({ query: REGION }) });
      expect(bare.status).toBe(415);
      expect(bare.json().errors![0]!.message).toContain('no content-type');
    }
  });

  it('answers a query by GET, and refuses a mutation by GET with 405 without running it', async () => {
    expect((await getQuery(production, { query: REGION })).json()).toEqual({ data: { region: { name: '新干县' } } });
    const before = statements;
    const mutation = await getQuery(production, { query: 'mutation { undoImport(id: "import-x") { id } }' });
    expect(mutation.status).toBe(405);
    expect(mutation.json().errors![0]!.message).toMatch(/mutation/i);
    expect(statements).toBe(before);
  });
});

describe('malformed GET parameters', () => {
  it('answer 400 with the parameter named, not 500', async () => {
    for (const base of [development, production]) {
      for (const name of ['variables', 'extensions']) {
        const before = statements;
        const answer = await getQuery(base, { query: REGION, [name]: '{' });
        expect(answer.status, name).toBe(400);
        const { errors } = answer.json();
        expect(errors).toHaveLength(1);
        expect(errors![0]).toMatchObject({ message: `The ${name} parameter is not valid JSON: send a URL-encoded JSON object, such as ${name}=%7B%7D.`, extensions: { code: 'BAD_REQUEST' } });
        expect(statements).toBe(before);
      }
      expect((await getQuery(base, { query: REGION, variables: '[1]' })).status).toBe(400);
    }
  });
});

describe('ALLOWED_HOSTS', () => {
  it('answers the listed host and loopback, and refuses any other Host (or none) with 421', async () => {
    const port = new URL(configured).port;
    for (const host of ['atlas.example.org', 'ATLAS.example.org:443', `127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await postJson(configured, '{ __typename }', { host })).status, host).toBe(200);
    }
    for (const host of ['evil.example', 'atlas.example.org.evil.example', `evil.example:${port}`]) {
      const refused = await postJson(configured, '{ __typename }', { host });
      expect(refused.status, host).toBe(421);
      const { errors } = refused.json();
      expect(errors).toHaveLength(1);
      expect(errors![0]).toMatchObject({
        message: `This server does not answer for '${host}': the request's Host must be one of ALLOWED_HOSTS.`,
        extensions: { code: 'BAD_REQUEST' },
      });
      expect((await request(configured, '/', { headers: { host } })).status).toBe(421);
    }
    expect((await getQuery(configured, { query: '{ __typename }' }, { host: '' })).status).toBe(421);
    // A load balancer probes by the machine's address.
    expect((await request(configured, '/health/live', { headers: { host: '10.0.0.5:4000' } })).status).toBe(200);
  });

  it('accepts any Host when unset', async () => {
    expect((await postJson(production, '{ __typename }', { host: 'evil.example' })).status).toBe(200);
  });
});

describe('the web app and every response', () => {
  const script = readdirSync(path.join(webDist, 'assets')).find((name) => name.endsWith('.js'));
  if (!script) throw new Error('web/dist is not built: run `npm run build`');
  const scriptBytes = readFileSync(path.join(webDist, 'assets', script));

  it('compresses static files and GraphQL answers for a client that accepts gzip or br', async () => {
    const gzipped = await request(production, `/assets/${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gzipped.body).equals(scriptBytes)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(scriptBytes.length / 2);
    const brotli = await request(production, `/assets/${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(scriptBytes)).toBe(true);
    // Jiangxi's cities and their counties: about 5 KB of JSON.
    const counties = '{ region(code: "36") { children(first: 20) { edges { node { code name children(first: 30) { edges { node { code name } } } } } } } }';
    const answer = await postJson(production, counties, { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(answer.body).toString('utf8')).data.region.children.edges.length).toBeGreaterThan(10);
    const plain = await request(production, `/assets/${script}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(scriptBytes)).toBe(true);
  });

  it('lets a browser keep hashed assets a year, and revalidate index.html and the app routes', async () => {
    expect((await request(production, `/assets/${script}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const pathname of ['/', '/index.html', '/explore', '/favicon.svg']) {
      const answer = await request(production, pathname);
      expect(answer.status, pathname).toBe(200);
      expect(answer.headers['cache-control'], pathname).toBe('no-cache');
      expect(answer.headers.etag, pathname).toBeDefined();
    }
  });

  it('puts the security headers on every response, refusals included', async () => {
    const answers = {
      page: await request(production, '/'),
      asset: await request(production, `/assets/${script}`),
      missingAsset: await request(production, '/assets/none-such.js'),
      graphql: await postJson(production, '{ __typename }'),
      graphqlGet: await getQuery(production, { query: '{ __typename }' }),
      form: await request(production, '/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }),
      health: await request(production, '/health/live'),
      upload: await request(production, '/uploads'),
      host: await request(configured, '/', { headers: { host: 'evil.example' } }),
      graphiqlOff: await request(production, '/graphql', { headers: { accept: 'text/html' } }),
    };
    expect(answers.missingAsset.status).toBe(404);
    for (const [name, { headers }] of Object.entries(answers)) {
      expect(headers['content-security-policy'], name).toBe(APP_CSP);
      expect(headers['x-content-type-options'], name).toBe('nosniff');
      expect(headers['referrer-policy'], name).toBe('no-referrer');
      expect(headers['x-frame-options'], name).toBe('DENY');
    }
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(APP_CSP).toContain("script-src 'self'");
  });

  it('is built so that its CSP holds: no inline script or style, nothing from another origin', () => {
    const index = readFileSync(path.join(webDist, 'index.html'), 'utf8');
    expect(index).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(index).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(index).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
