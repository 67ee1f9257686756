import path from 'node:path';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { projectRoot, type Neo4jCredentials } from '../../core/config.ts';
import { startServerChild, type ServerChild } from './children.ts';
import { peerServerScript } from './peer.ts';
import type { Teardown } from './teardown.ts';

const HOST = '127.0.0.1';

function neo4jEnv(credentials: Neo4jCredentials): Record<string, string> {
  return {
    NEO4J_URI: credentials.uri,
    NEO4J_USER: credentials.user,
    NEO4J_PASSWORD: credentials.password,
    ...(credentials.database ? { NEO4J_DATABASE: credentials.database } : {}),
  };
}

/** Our API exactly as `npm start` runs it (app/main.ts), on the benchmarked Neo4j and a free port. */
export async function startApi(credentials: Neo4jCredentials, teardown: Teardown, log: (line: string) => void): Promise<ServerChild> {
  const port = await findFreePort();
  return startServerChild({
    name: 'our API',
    args: ['app/main.ts'],
    // A benchmark sends thousands of requests a minute from one address: it measures the server, not its rate limit.
    env: { ...neo4jEnv(credentials), HOST, PORT: String(port), RATE_LIMIT_PER_MINUTE: '0' },
    ready: (line) => (line.startsWith('Chain Atlas is ready') ? `http://${HOST}:${port}/graphql` : null),
    log,
    teardown,
  });
}

/** The HTTP floor (floor/serve-statement-replay.ts) on the same Neo4j; it prints `ready http://HOST:PORT`. */
export async function startFloor(credentials: Neo4jCredentials, teardown: Teardown, log: (line: string) => void): Promise<ServerChild> {
  const port = await findFreePort();
  return startServerChild({
    name: 'the HTTP floor',
    args: [path.join('tests', 'bench', 'floor', 'serve-statement-replay.ts')],
    env: { ...neo4jEnv(credentials), HOST, PORT: String(port) },
    ready: (line) => /^ready (\S+)/.exec(line)?.[1] ?? null,
    log,
    teardown,
  });
}

/** The @neo4j/graphql peer server, on the same Neo4j; it prints `ready http://HOST:PORT/graphql`. */
export async function startPeer(credentials: Neo4jCredentials, teardown: Teardown, log: (line: string) => void): Promise<ServerChild> {
  const port = await findFreePort();
  return startServerChild({
    name: 'the @neo4j/graphql peer',
    args: [path.relative(projectRoot, peerServerScript)],
    env: { ...neo4jEnv(credentials), HOST, PORT: String(port) },
    ready: (line) => /^ready (\S+)/.exec(line)?.[1] ?? null,
    log,
    teardown,
  }).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\n(npm run bench -- … --no-peer runs the benchmark without the peer.)`);
  });
}
