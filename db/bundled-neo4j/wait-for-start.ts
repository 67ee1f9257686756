import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

/** The size of the log before this start, so that only this start's lines are read. */
export function logOffset(log: string): number {
  return existsSync(log) ? statSync(log).size : 0;
}

function linesSince(log: string, offset: number): string {
  return existsSync(log) ? readFileSync(log).subarray(offset).toString('utf8') : '';
}

export function logTail(log: string, offset: number, lines = 25): string {
  return linesSince(log, offset).trimEnd().split('\n').slice(-lines).join('\n');
}

export type StartOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Waits until Neo4j logs "Started." (Bolt is then open and the databases are online), the
 * process exits, or the timeout passes.
 */
export async function waitForStart(child: ChildProcess, log: string, offset: number, timeoutMs: number): Promise<StartOutcome> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return { ok: false, reason: `Neo4j exited during start (${child.exitCode ?? child.signalCode})` };
    }
    if (/ INFO {2}Started\.$/m.test(linesSince(log, offset))) return { ok: true };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { ok: false, reason: `Neo4j did not start within ${Math.round(timeoutMs / 1000)} s (NEO4J_START_TIMEOUT)` };
}
