import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../core/config.ts';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';

/**
 * What a service manager or `docker stop` does: SIGTERM to the `npm start` process alone, not to
 * its group. npm passes the signal to the shell it ran the start script in; a shell that does not
 * exec its command dies of it and leaves the app and Neo4j running, orphaned.
 */
const home = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-signal-'));
mkdirSync(path.join(home, 'neo4j'), { recursive: true });
symlinkSync(inject('neo4jLib'), path.join(home, 'neo4j', 'lib'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** The pids under `root`, from ps's table of every process's parent. */
function descendants(root: number): number[] {
  const parents = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) if (parent === pid) (found.push(child), walk(child));
  };
  walk(root);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandOf(pid: number): string {
  return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
}

describe('npm start', () => {
  it('stops the API and its Neo4j within 10 s when only the npm process gets SIGTERM', async () => {
    // --ignore-scripts skips prestart (the web app's build, which this does not need); the start script itself runs as written.
    const npm = spawn('npm', ['start', '--ignore-scripts'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME ?? os.homedir(),
        JAVA_HOME: process.env.JAVA_HOME ?? '',
        CHAIN_ATLAS_HOME: home,
        PORT: String(await findFreePort()),
        NEO4J_BOLT_PORT: String(await findFreePort()),
        NEO4J_HTTP_PORT: String(await findFreePort()),
        NEO4J_HEAP_SIZE: '512m',
        NEO4J_PAGECACHE_SIZE: '128m',
      },
    });
    let stdout = '';
    let stderr = '';
    npm.stdout.on('data', (chunk) => (stdout += chunk));
    npm.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
    let app: number[] = [];
    try {
      const started = Date.now();
      while (!stdout.includes('Press Ctrl-C to stop.')) {
        if (npm.exitCode !== null) throw new Error(`npm start exited (${npm.exitCode}): ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      console.info(`npm start on a fresh home was ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      app = descendants(npm.pid!);
      const commands = app.map(commandOf);
      expect(commands.some((command) => command.includes('app/main.ts'))).toBe(true);
      expect(commands.some((command) => command.includes(`chainatlas.Launcher --home-dir=${home}`))).toBe(true);

      const signalled = Date.now();
      process.kill(npm.pid!, 'SIGTERM');
      while (app.some(alive) && Date.now() - signalled < 10_000) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(app.filter(alive).map(commandOf)).toEqual([]);
      console.info(`every process of the app was gone ${Date.now() - signalled} ms after SIGTERM to npm`);
      await exited;
    } finally {
      // A failed test leaves no app running: only the processes this test started are killed.
      for (const pid of [npm.pid!, ...app].filter(alive)) process.kill(pid, 'SIGKILL');
    }
  }, 400_000);
});
