import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { projectRoot } from '../../core/config.ts';

/**
 * `npm start` as a user runs it: the real entry point in its own process, with its own
 * bundled Neo4j in a throwaway CHAIN_ATLAS_HOME (sharing the checkout's jars).
 */
const home = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-app-'));
mkdirSync(path.join(home, 'neo4j'), { recursive: true });
symlinkSync(inject('neo4jLib'), path.join(home, 'neo4j', 'lib'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Settles as soon as stdout holds `text` (told by the stdout 'data' handler itself, not by polling); rejects if the app exits first. */
  printed: (text: string) => Promise<void>;
}

/** Apps a test started: stopped after it, so that one failing test leaves no app for the next to meet. */
const started: Run[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) {
    if (app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
  }
});

async function startApp(env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH!,
      JAVA_HOME: process.env.JAVA_HOME ?? '',
      CHAIN_ATLAS_HOME: home,
      PORT: String(await findFreePort()),
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HTTP_PORT: String(await findFreePort()),
      NEO4J_HEAP_SIZE: '512m',
      NEO4J_PAGECACHE_SIZE: '128m',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
    // Settled in the handler that received the line, so that a test acts on it before the app moves on.
    for (const wait of waiting.filter((w) => stdout.includes(w.text))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const printed = (text: string) =>
    stdout.includes(text)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          waiting.push({ text, resolve });
          void exited.then((code) => reject(new Error(`the app exited (${code}) before printing "${text}"; stderr: ${stderr}`)));
        });
  const run = { child, stdout: () => stdout, stderr: () => stderr, exited, printed };
  started.push(run);
  return run;
}

/**
 * Java processes started on this test's home, found by the home path on their command line.
 * pgrep exits with 1 when nothing matches: that is the empty answer. Any other failure (pgrep
 * missing, a bad pattern) is thrown, so that "no Java left" is never claimed without looking.
 */
function javaOnHome(): string[] {
  try {
    return execFileSync('pgrep', ['-f', `chainatlas.Launcher --home-dir=${home}`], { encoding: 'utf8' }).trim().split('\n');
  } catch (error) {
    if ((error as { status?: number | null }).status === 1) return [];
    throw error;
  }
}

function expectOneLine(text: string, message: string | RegExp) {
  const lines = text.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe('npm start', () => {
  it('serves the region query, refuses a second start on the same home, and leaves no Java behind on SIGTERM', async () => {
    const app = await startApp();
    // The ready block's last line: the URLs above it may come in a later chunk than its first.
    await app.printed('Press Ctrl-C to stop.');
    expect(app.stderr()).toBe('');
    // The warm-up ends before the ready line, with no warning (stderr is empty).
    expect(app.stdout()).toMatch(/\nWarmed up: [1-9]\d* screen requests in [\d.]+ s\.\n\nChain Atlas is ready/);
    const url = /GraphQL\s+(\S+)/.exec(app.stdout())![1]!;
    expect(javaOnHome()).toHaveLength(1);

    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "360824") { name parent { name parent { name } } } }' }),
    }).then((r) => r.json());
    expect(answer).toEqual({ data: { region: { name: '新干县', parent: { name: '吉安市', parent: { name: '江西省' } } } } });

    const graphiql = await fetch(url, { headers: { accept: 'text/html' } }).then((r) => r.text());
    expect(graphiql).toContain('Chain Atlas GraphQL');
    expect(graphiql).not.toContain('unpkg.com');

    const second = await startApp();
    expect(await second.exited).toBe(1);
    expectOneLine(second.stderr(), new RegExp(`^chain-atlas: Chain Atlas is already running on ${home}/neo4j \\(process ${app.child.pid}\\)`));

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(javaOnHome()).toEqual([]);
  }, 300_000);

  it('stops at once and quietly when told to during its warm-up', async () => {
    const app = await startApp();
    await app.printed('Warming up');
    app.child.kill('SIGINT');
    expect(await app.exited).toBe(0);
    expect(app.stdout()).not.toContain('Chain Atlas is ready');
    expect(app.stdout()).not.toContain('Warmed up');
    expect(app.stderr()).toBe('');
    expect(javaOnHome()).toEqual([]);
  }, 300_000);

  it('says in one line that NEO4J_PASSWORD does not open the existing store, and stops its Neo4j', async () => {
    const app = await startApp({ NEO4J_PASSWORD: 'a-wrong-password' });
    expect(await app.exited).toBe(1);
    expectOneLine(app.stderr(), /^chain-atlas: The bundled Neo4j refused the password: its database keeps the one it was created with/);
    expect(javaOnHome()).toEqual([]);
  }, 300_000);

  it('gives up after NEO4J_START_TIMEOUT, prints the end of Neo4j’s log, and stops it', async () => {
    const app = await startApp({ NEO4J_START_TIMEOUT: '0.5' });
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain(`--- the end of Neo4j's log (${home}/neo4j/logs/neo4j.log) ---`);
    expect(app.stderr().trim().split('\n').at(-1)).toBe(
      'chain-atlas: Neo4j did not start within 1 s (NEO4J_START_TIMEOUT); the end of its log is printed above.',
    );
    expect(javaOnHome()).toEqual([]);
  }, 120_000);

  it('says in one line that NEO4J_URI cannot be reached, and starts no Neo4j', async () => {
    const nowhere = `bolt://127.0.0.1:${await findFreePort()}`;
    const app = await startApp({ NEO4J_URI: nowhere, NEO4J_PASSWORD: 'whatever-pw' });
    expect(await app.exited).toBe(1);
    expectOneLine(app.stderr(), new RegExp(`^chain-atlas: Cannot reach Neo4j at ${nowhere}`));
    expect(javaOnHome()).toEqual([]);
  }, 60_000);
});
