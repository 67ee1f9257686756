import path from 'node:path';
import { findFreePort } from '../../api/bundled-neo4j/require-free-port.ts';
import type { Neo4jCredentials } from '../../api/config.ts';
import type { RecordedStatement } from './capture.ts';
import { startServerChild, type ServerChild } from './children.ts';
import { neo4jEnv } from './servers.ts';
import type { Teardown } from './teardown.ts';

const HOST = '127.0.0.1';
const script = path.join('tests', 'bench', 'floor', 'serve-statement-replay.ts');

/** The HTTP floor (floor/serve-statement-replay.ts) on the benchmarked Neo4j and a free port. */
export async function startFloor(credentials: Neo4jCredentials, teardown: Teardown, log: (line: string) => void): Promise<ServerChild> {
  const port = await findFreePort();
  return startServerChild({
    name: 'the HTTP floor',
    args: [script],
    env: { ...neo4jEnv(credentials), HOST, PORT: String(port) },
    ready: (line) => /^ready (\S+)/.exec(line)?.[1] ?? null,
    log,
    teardown,
  });
}

/** Hands the floor the statements to replay, per workload and sample, as the capture recorded them. */
export async function loadFloorStatements(floor: ServerChild, statements: Record<string, RecordedStatement[][]>): Promise<void> {
  const response = await fetch(`${floor.url}/statements`, { method: 'POST', body: JSON.stringify(statements) });
  if (!response.ok) throw new Error(`The HTTP floor refused the statements: HTTP ${response.status} ${await response.text()}`);
}

/** The floor's request bodies for a workload: sample k of it, for k = 0 … samples − 1. */
export function floorBodies(workload: string, samples: number): string[] {
  return Array.from({ length: samples }, (_, k) => JSON.stringify({ workload, k }));
}
