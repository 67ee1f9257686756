import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createSchema } from '../../api/schema.ts';
import { screenRequests } from '../../app/warm-up/screen-requests.ts';
import { projectRoot } from '../../core/config.ts';
import { isErrorCode } from '../../core/error-codes.ts';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { testDatabase } from '../helpers/database.ts';
import { garbageRequest, mutatedScreenRequest, schemaDocument, seeded, type FuzzRequest } from '../helpers/document-fuzzer.ts';

/**
 * Generated documents and variables, posted to `npm start`'s own entry point (its own process, on
 * the run's Neo4j) in each NODE_ENV: no answer may tell a client anything of the server (a stack,
 * Cypher, a Neo4j code, a file path, the host name), and every error has a code of the closed set
 * and the request id, which the server log also has for every INTERNAL.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 17);
const DOCUMENTS = 2_100;
const CONCURRENCY = 4;

const db = await testDatabase();
const screens = await screenRequests(db);
const schema = createSchema();
const random = seeded(SEED);
const generated: FuzzRequest[] = Array.from({ length: DOCUMENTS }, () => {
  const kind = random.next();
  if (kind < 0.45) return mutatedScreenRequest(random.pick(screens), random);
  if (kind < 0.9) return schemaDocument(schema, random);
  return garbageRequest(random);
});

/** Lines of our Cypher statements long enough to be ours alone: none may reach a client. */
const cypherLines = readdirSync(path.join(projectRoot, 'cypher'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.cypher'))
  .flatMap((file) => readFileSync(path.join(projectRoot, 'cypher', file), 'utf8').split('\n'))
  .map((line) => line.trim())
  .filter((line) => line.length >= 25 && !line.startsWith('//'));

/** What must not be in an answer unless the request itself held it (an echo of the client's own input). */
const LEAKS: [what: string, pattern: RegExp][] = [
  ['a stack frame', /\bat\s+(?:async\s+)?\S*\s*\(?[^\s()]+:\d+:\d+\)?/],
  ['a Neo4j status code', /Neo\.(?:ClientError|TransientError|DatabaseError)/],
  ['a Neo4j or Java name', /Neo4jError|neo4j-driver|org\.neo4j|org\.apache\.lucene|java\.\w+\.|automaton/i],
  ['a file path', /\/work\/|\/tmp\/|\/root\/|node_modules|file:\/\/|\.(?:ts|js|mjs|cjs|cypher):\d+/],
  ['the host name', new RegExp(`\\b${os.hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)],
];

interface Server {
  child: ChildProcess;
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

const home = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-fuzz-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** `npm start`'s entry point on the run's Neo4j, as `NODE_ENV=<mode> npm start` runs it. */
async function startServer(nodeEnv: string | undefined): Promise<Server> {
  const { uri, user, password, database } = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH!,
      CHAIN_ATLAS_HOME: home,
      HOST: '127.0.0.1',
      PORT: String(await findFreePort()),
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      ...(database ? { NEO4J_DATABASE: database } : {}),
      // Thousands of requests from one client in a minute: the rate limit would answer most of them.
      RATE_LIMIT_PER_MINUTE: '0',
      ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}),
    },
  });
  let stdout = '';
  let log = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
    log += chunk;
  });
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const ready = /GraphQL\s+(\S+)/.exec(stdout);
      if (ready && stdout.includes('Press Ctrl-C to stop.')) resolve(ready[1]!);
    });
    void exited.then(() => reject(new Error(`the server (NODE_ENV=${nodeEnv}) exited before it was ready:\n${log}`)));
  });
  return {
    child,
    url,
    log: () => log,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Finding {
  index: number;
  kind: string;
  problem: string;
  status: number;
  answer: string;
}

async function send(url: string, request: FuzzRequest): Promise<Response> {
  const signal = AbortSignal.timeout(30_000);
  if (request.method === 'POST') return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body, signal });
  const { query, variables, operationName } = JSON.parse(request.body) as Record<string, unknown>;
  const params = new URLSearchParams({ query: String(query) });
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  if (typeof operationName === 'string') params.set('operationName', operationName);
  return fetch(`${url}?${params}`, { signal });
}

/** What is wrong with one answer; empty when nothing is. */
function problemsOf(request: FuzzRequest, status: number, headerId: string | null, text: string): string[] {
  const problems: string[] = [];
  const sent = request.body;
  for (const [what, pattern] of LEAKS) {
    const found = pattern.exec(text)?.[0];
    if (found && !sent.includes(found) && !sent.includes(JSON.stringify(found).slice(1, -1))) problems.push(`${what}: ${found}`);
  }
  const cypher = cypherLines.find((line) => text.includes(line));
  if (cypher) problems.push(`Cypher: ${cypher}`);
  let body: { errors?: { extensions?: { code?: unknown; requestId?: unknown } }[]; data?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, `not JSON (HTTP ${status})`];
  }
  if (!headerId) problems.push('no X-Request-Id header');
  for (const error of body.errors ?? []) {
    if (!isErrorCode(error.extensions?.code)) problems.push(`a code outside the set: ${String(error.extensions?.code)}`);
    if (error.extensions?.requestId !== headerId) problems.push(`requestId ${String(error.extensions?.requestId)} is not the header's ${headerId}`);
  }
  if (status >= 500 && !body.errors?.every((e) => e.extensions?.code === 'INTERNAL' || e.extensions?.code === 'DATABASE_UNAVAILABLE')) {
    problems.push(`HTTP ${status} with ${JSON.stringify(body.errors?.map((e) => e.extensions?.code))}`);
  }
  return problems;
}

/** The lines the server logged under each request id, by their first line: what the INTERNAL answers were. */
function internalCauses(log: string, ids: string[]): Map<string, number> {
  const causes = new Map<string, number>();
  for (const id of ids) {
    const at = log.indexOf(`[request ${id}]`);
    const first = at < 0 ? '(not in the log)' : log.slice(at, log.indexOf('\n', at) + 1 || undefined).replace(`[request ${id}]`, '').trim().slice(0, 200);
    causes.set(first, (causes.get(first) ?? 0) + 1);
  }
  return causes;
}

async function fuzz(server: Server, requests: FuzzRequest[]) {
  const findings: Finding[] = [];
  const codes = new Map<string, number>();
  const internalIds: string[] = [];
  let withData = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      const request = requests[index]!;
      let response: Response;
      try {
        response = await send(`${server.url}`, request);
      } catch (error) {
        findings.push({ index, kind: request.kind, problem: `no answer: ${(error as Error).message}`, status: 0, answer: '' });
        continue;
      }
      const text = await response.text();
      const headerId = response.headers.get('x-request-id');
      for (const problem of problemsOf(request, response.status, headerId, text)) {
        findings.push({ index, kind: request.kind, problem, status: response.status, answer: text.slice(0, 500) });
      }
      for (const code of text.matchAll(/"code":"([A-Z_]+)"/g)) codes.set(code[1]!, (codes.get(code[1]!) ?? 0) + 1);
      if (text.includes('"code":"INTERNAL"') && headerId) internalIds.push(headerId);
      if (/^\{"data":\{"/.test(text)) withData++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { findings, codes, internalIds, withData };
}

const MODES: [mode: string, nodeEnv: string | undefined][] = [
  ['default', undefined],
  ['production', 'production'],
  ['development', 'development'],
];

// The documents are dealt out to the modes in turn: each mode gets a third, all of them kinds of every kind.
describe.each(MODES.map(([mode, nodeEnv], m) => [mode, nodeEnv, generated.filter((_, i) => i % MODES.length === m)] as const))('%s mode', (mode, nodeEnv, requests) => {
  it(`${requests.length} generated requests (seed ${SEED}): nothing of the server in any answer, every error coded and with its request id`, { timeout: 300_000 }, async () => {
    const server = await startServer(nodeEnv);
    try {
      const started = Date.now();
      const { findings, codes, internalIds, withData } = await fuzz(server, requests);
      const seconds = (Date.now() - started) / 1000;
      console.log(`${mode}: ${requests.length} requests in ${seconds.toFixed(1)} s; ${withData} with data; error codes: ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}`);
      if (internalIds.length) console.log(`${mode}: INTERNAL answers by what the server logged: ${JSON.stringify([...internalCauses(server.log(), internalIds)])}`);
      expect(findings.slice(0, 20)).toEqual([]);
      // An unexpected error's details are in the server log, under the id the client got.
      for (const id of internalIds) expect(server.log()).toContain(`[request ${id}]`);
      // The fuzzing reached past validation: resolvers ran, answered data and refused arguments.
      expect(codes.get('GRAPHQL_VALIDATION_FAILED')).toBeGreaterThan(0);
      expect(withData).toBeGreaterThan(requests.length / 20);
      expect([...codes.keys()].some((code) => code.startsWith('BAD_') && code !== 'BAD_REQUEST' && code !== 'BAD_USER_INPUT')).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
