import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { serve } from '../../api/http/serve.ts';
import { MAX_REQUEST_BODY_BYTES } from '../../api/http/read-request-body.ts';
import { MAX_ECHO } from '../../api/errors/short-echo.ts';
import { projectRoot } from '../../core/config.ts';
import { ERROR_CODES, isErrorCode } from '../../core/error-codes.ts';
import { Database } from '../../db/database.ts';
import { testDatabase } from '../helpers/database.ts';

/** The one error shape, over real HTTP: a code from the closed set, a request id, a short echo. */
const db = await testDatabase();
const served = await serve(db, '127.0.0.1', 0);
afterAll(() => served.close());

interface Answer {
  status: number;
  requestIdHeader: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; requestId?: string } }[] };
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, requestIdHeader: response.headers.get('x-request-id'), body: (await response.json()) as Answer['body'] };
}
const graphql = (query: string, variables: Record<string, unknown> = {}, extra: object = {}) =>
  post(`${served.url}/graphql`, JSON.stringify({ query, variables, ...extra }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Each request and the code its (first) error answers with. */
const CASES: [name: string, send: () => Promise<Answer>, code: string][] = [
  ['a document that is not GraphQL', () => graphql('{ region(code: "36" { name } }'), 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', () => graphql('{ region(code: "36") { nameX } }'), 'GRAPHQL_VALIDATION_FAILED'],
  ['a variable of the wrong type', () => graphql('query ($c: String!) { region(code: $c) { name } }', { c: 36 }), 'BAD_USER_INPUT'],
  ['an operationName the document lacks', () => graphql('query a { __typename }', {}, { operationName: 'b' }), 'OPERATION_RESOLUTION_FAILURE'],
  ['a subscription, which the schema has none of', () => graphql('subscription { region(code: "36") { name } }'), 'OPERATION_RESOLUTION_FAILURE'],
  ['a body that is not JSON', () => post(`${served.url}/graphql`, '{"query": '), 'BAD_REQUEST'],
  ['a body over the limit', () => post(`${served.url}/graphql`, JSON.stringify({ query: `{ __typename } # ${'x'.repeat(MAX_REQUEST_BODY_BYTES)}` })), 'REQUEST_ENTITY_TOO_LARGE'],
  [
    'a URL over 16 KB, which Node refuses before any handler',
    async () => {
      const response = await fetch(`${served.url}/graphql?query=${'%7B'.repeat(6_000)}`);
      expect(response.status).toBe(431);
      return { status: response.status, requestIdHeader: response.headers.get('x-request-id'), body: (await response.json()) as Answer['body'] };
    },
    'BAD_REQUEST',
  ],
  ['a malformed region code', () => graphql('{ region(code: "3x") { name } }'), 'BAD_REGION_CODE'],
  ['a malformed global id', () => graphql('{ node(id: "nope") { id } }'), 'BAD_ID'],
  ['a page too large', () => graphql('{ search(text: "新干", first: 500) { name } }'), 'BAD_PAGE_SIZE'],
  ['a document too deep', () => graphql(`{ region(code: "36") { ${'parent { '.repeat(12)}name${' }'.repeat(12)} } }`), 'QUERY_TOO_COMPLEX'],
  ['an editor-only field', () => graphql('{ imports { id } }'), 'EDITORS_DISABLED'],
  ['an upload to a server without editors', () => post(`${served.url}/uploads`, 'a,b', { 'content-type': 'application/octet-stream' }), 'EDITORS_DISABLED'],
];

describe('every error', () => {
  it.each(CASES)('%s: its code, and the request id of the X-Request-Id header', async (_, send, code) => {
    const { body, requestIdHeader } = await send();
    expect(requestIdHeader ?? '').toMatch(UUID);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) {
      expect(isErrorCode(error.extensions?.code)).toBe(true);
      expect(error.extensions?.requestId).toBe(requestIdHeader);
    }
    expect(body.errors![0]!.extensions!.code).toBe(code);
  });

  it('variables past graphql-js\'s limit of 50 errors: every error, its closing "too many" one too, is BAD_USER_INPUT', async () => {
    const { body } = await graphql('query ($codes: [String!]!) { compareRegions(codes: $codes) { __typename } }', { codes: Array.from({ length: 60 }, () => ({})) });
    expect(body.errors).toHaveLength(51);
    expect(body.errors!.at(-1)!.message).toContain('Too many errors processing variables');
    expect(new Set(body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('each request gets an id of its own', async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, async () => (await graphql('{ nope }')).requestIdHeader));
    expect(new Set(ids).size).toBe(5);
  });
});

describe('input echoed back', () => {
  it('a 100 KB region code is quoted only up to a short length', async () => {
    const code = '9'.repeat(100_000);
    const { body } = await graphql('query ($code: String!) { region(code: $code) { name } }', { code });
    const [error] = body.errors!;
    expect(error!.extensions!.code).toBe('BAD_REGION_CODE');
    expect(error!.message).toContain(`"${'9'.repeat(MAX_ECHO)}…"`);
    expect(error!.message.length).toBeLessThan(300);
  });

  it("graphql-js's own echo of a literal or a variable is cut short too", async () => {
    const long = 'x'.repeat(50_000);
    for (const { body } of [
      await graphql(`{ region(code: 1${'2'.repeat(50_000)}) { name } }`),
      await graphql('query ($first: Int) { search(text: "新干", first: $first) { name } }', { first: long }),
      await graphql(`{ region${long}(code: "36") { name } }`),
    ]) {
      for (const error of body.errors!) expect(error.message.length, error.message.slice(0, 200)).toBeLessThanOrEqual(1_001);
    }
  });
});

describe('long search text', () => {
  it.each([
    ['1,001 Latin letters (Lucene: "automaton too large" before)', 'a'.repeat(1_001)],
    ['5,000 Chinese characters', '锂'.repeat(5_000)],
    ['101 characters', 'b'.repeat(101)],
  ])('%s: BAD_SEARCH naming the maximum', async (_, text) => {
    const { body } = await graphql('query ($text: String!) { search(text: $text) { name } }', { text });
    expect(body.errors![0]!.extensions!.code).toBe('BAD_SEARCH');
    expect(body.errors![0]!.message).toMatch(/at most 100/);
  });

  it('100 characters are searched', async () => {
    const { body } = await graphql('query ($text: String!) { search(text: $text) { name } }', { text: 'x'.repeat(100) });
    expect(body).toEqual({ data: { search: [] } });
  });
});

describe('an unexpected error', () => {
  // A real failure nothing maps: the server's database name does not exist (a wrong NEO4J_DATABASE).
  const { uri, user, password } = inject('neo4j');
  const driver = () => neo4j.driver(uri, neo4j.auth.basic(user, password));
  const broken = new Database({ reads: driver(), writes: driver(), probe: driver() }, 'no-such-database', () => undefined);

  it('answers INTERNAL, a short message and the request id; the server log holds the details under that id', async () => {
    const server = await serve(broken, '127.0.0.1', 0);
    // Watched, not replaced: the lines still reach the test's output.
    const logged = vi.spyOn(console, 'error');
    try {
      const answer = await post(`${server.url}/graphql`, JSON.stringify({ query: '{ region(code: "36") { name } }' }));
      // `region` may be null, so the answer has data: 200, as GraphQL over HTTP has it.
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ region: null });
      expect(answer.body.errors).toEqual([
        {
          message: 'Unexpected error: the server log has the details under this request id.',
          locations: [{ line: 1, column: 3 }],
          path: ['region'],
          extensions: { code: 'INTERNAL', requestId: answer.requestIdHeader },
        },
      ]);
      const line = logged.mock.calls.find((args) => args.some((arg) => String(arg).includes(answer.requestIdHeader!)));
      const error = line?.find((arg): arg is Error => arg instanceof Error);
      expect(error?.message).toMatch(/no-such-database/);
      expect(error?.stack).toMatch(/\n\s+at /);
    } finally {
      logged.mockRestore();
      await server.close();
      await broken.close();
    }
  });
});

describe('the closed set', () => {
  it("is the README's list of codes, each with its HTTP status", () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([A-Z_]+)` \| (\d{3})/gm)].map(([, code, status]) => [code, Number(status)]);
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(Object.entries(ERROR_CODES).map(([code, { status }]) => [code, status])));
  });
});
