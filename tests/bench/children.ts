import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../core/config.ts';
import type { Teardown } from './teardown.ts';

export interface ServerChild {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  /** SIGTERM to the child's whole process group (npx → tsx → node), SIGKILL if it lingers. */
  stop(): Promise<void>;
}

export interface ServerChildSpec {
  /** For messages: "our API", "the @neo4j/graphql peer". */
  name: string;
  /** Arguments to `npx tsx`. */
  args: string[];
  env: Record<string, string>;
  /** The endpoint, read from the line that says the server is ready; null for any other line. */
  ready(line: string): string | null;
  timeoutMs?: number;
  log: (line: string) => void;
  /** Stops the server at the end of the run; it is added as soon as the process exists, not once it is ready. */
  teardown: Teardown;
}

const KEEP_LINES = 40;
const STOP_GRACE_MS = 10_000;

/**
 * Starts a server as `npx tsx …` in its own process group, and resolves once it prints its ready
 * line. Its output is kept (the last lines) rather than shown, so that the benchmark's progress
 * stays readable; the lines are printed when the server fails to start or dies during the run.
 */
export function startServerChild(spec: ServerChildSpec): Promise<ServerChild> {
  const child = spawn('npx', ['tsx', ...spec.args], {
    cwd: projectRoot,
    env: { ...process.env, ...spec.env },
    // Its own group: the whole npx → tsx → node chain can be signalled at once, and a Ctrl-C in
    // the terminal reaches only the benchmark, which then stops the servers in order.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > KEEP_LINES) lines.shift();
  };
  const tail = () => lines.map((line) => `  | ${line}`).join('\n');
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let stopping = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );
  // Reading both streams to the end also keeps a chatty server from blocking on a full pipe.
  createInterface({ input: child.stderr! }).on('line', keep);
  const stdout = createInterface({ input: child.stdout! });

  const stop = async () => {
    stopping = true;
    const pid = child.pid;
    if (pid === undefined) return;
    // npx may exit before the node process it started has closed: wait for the whole group.
    signalGroup(pid, 'SIGTERM');
    if (await groupGone(pid, STOP_GRACE_MS)) return;
    signalGroup(pid, 'SIGKILL');
    if (!(await groupGone(pid, STOP_GRACE_MS))) throw new Error(`${spec.name} (process group ${pid}) survived SIGKILL`);
  };

  // Registered before the server is ready: a Ctrl-C during its start must stop it too.
  spec.teardown.add(spec.name, stop);

  return new Promise<ServerChild>((resolve, reject) => {
    let ready = false;
    const timeoutMs = spec.timeoutMs ?? 180_000;
    const timer = setTimeout(() => {
      void stop().then(() =>
        reject(new Error(`${spec.name} did not say it was ready within ${timeoutMs / 1000} s; its last lines:\n${tail()}`)),
      );
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${spec.name} (npx tsx ${spec.args.join(' ')}): ${error.message}`));
    });
    stdout.on('line', (line) => {
      keep(line);
      if (ready) return;
      const url = spec.ready(line);
      if (url === null) return;
      ready = true;
      clearTimeout(timer);
      resolve({ url, pid: child.pid!, stop });
    });
    void exit.then(() => {
      const how = exited!.signal ? `signal ${exited!.signal}` : `code ${exited!.code}`;
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`${spec.name} exited (${how}) before it was ready; its last lines:\n${tail()}`));
      } else if (!stopping) {
        spec.log(`${spec.name} exited unexpectedly (${how}) during the run; its last lines:\n${tail()}`);
      }
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone, which is what stopping wants.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function groupGone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
