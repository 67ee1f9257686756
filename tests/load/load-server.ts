import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig, type Neo4jCredentials } from '../../core/config.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { installJars } from '../../db/bundled-neo4j/install-jars.ts';
import { neo4jLayout } from '../../db/bundled-neo4j/layout.ts';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { runningServer } from '../../db/bundled-neo4j/running-server.ts';
import { startServerChild } from '../bench/children.ts';
import type { Teardown } from '../bench/teardown.ts';
import type { ProbeSample } from './server-probe.ts';

export interface LoadTarget {
  /** The GraphQL endpoint. */
  url: string;
  /** Whether this tool started the server (else --url named a running one). */
  startedHere: boolean;
  /** The database the server reads, to draw the subjects of the requests from. */
  credentials: Neo4jCredentials;
  /** Reads the server process's event loop and memory; null for a server at --url, which has no probe. */
  probe: ((reset: boolean) => Promise<ProbeSample>) | null;
}

export interface TargetOptions {
  /** A running server's GraphQL endpoint; absent: start one. */
  url?: string;
  /** The environment the server reads its configuration from (NEO4J_URI… as `npm start` does). */
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  teardown: Teardown;
}

// The seed graph is a few thousand nodes: npm start's 4g + 4g would only take memory from the rest of the machine.
const SCRATCH_NEO4J_MEMORY = { NEO4J_HEAP_SIZE: '1g', NEO4J_PAGECACHE_SIZE: '512m' };

/**
 * The server under load. By default `npm start`'s app (tests/load/probed-app.ts) in a child
 * process: on the database NEO4J_URI names, or else on a scratch CHAIN_ATLAS_HOME, whose bundled
 * Neo4j the app starts and seeds as on a first `npm start`. With --url, the server there, and the
 * database of NEO4J_URI or of the bundled Neo4j `npm start` runs on CHAIN_ATLAS_HOME.
 */
export async function openLoadTarget({ url, env, log, teardown }: TargetOptions): Promise<LoadTarget> {
  const config = readConfig(env);
  if (url) {
    const credentials = config.external ?? runningServer(config.bundled);
    if (!credentials) {
      throw new UserFacingError(
        `--url ${url}: the requests' subjects are drawn from the graph, and no database was found: set NEO4J_URI and NEO4J_PASSWORD, or point CHAIN_ATLAS_HOME at the home npm start runs on (${config.chainAtlasHome} runs none).`,
      );
    }
    return { url, startedHere: false, credentials, probe: null };
  }

  // A load test sends thousands of requests a minute from one address: it measures the server, not its rate limit.
  const serverEnv: Record<string, string> = { PORT: String(await findFreePort()), LOAD_PROBE_PORT: String(await findFreePort()), RATE_LIMIT_PER_MINUTE: '0' };
  let scratch: string | null = null;
  if (!config.external) {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-load-'));
    const home = scratch;
    teardown.add('the scratch CHAIN_ATLAS_HOME', async () => rmSync(home, { recursive: true, force: true }));
    // The checkout's Neo4j jars, as the tests' throwaway homes share them: no second Maven run.
    const jars = neo4jLayout(config.bundled.home);
    await installJars(jars, log);
    mkdirSync(path.join(scratch, 'neo4j'));
    symlinkSync(jars.lib, path.join(scratch, 'neo4j', 'lib'));
    Object.assign(serverEnv, {
      CHAIN_ATLAS_HOME: scratch,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HTTP_PORT: String(await findFreePort()),
      NEO4J_HEAP_SIZE: env.NEO4J_HEAP_SIZE ?? SCRATCH_NEO4J_MEMORY.NEO4J_HEAP_SIZE,
      NEO4J_PAGECACHE_SIZE: env.NEO4J_PAGECACHE_SIZE ?? SCRATCH_NEO4J_MEMORY.NEO4J_PAGECACHE_SIZE,
    });
  }
  log(
    scratch
      ? `Starting the app on a scratch home (${scratch}): Neo4j, the seed, the warm-up…`
      : `Starting the app on the Neo4j at ${config.external!.uri} (NEO4J_URI)…`,
  );
  const server = await startServerChild({
    name: 'the app under load',
    args: [path.join('tests', 'load', 'probed-app.ts')],
    env: { ...stringsOf(env), ...serverEnv },
    // The GraphQL line comes after the warm-up, once /health/ready would say ready.
    ready: (line) => /^\s+GraphQL\s+(http\S+)/.exec(line)?.[1] ?? null,
    timeoutMs: 600_000,
    log,
    teardown,
  });
  const credentials = config.external ?? runningServer(readConfig({ ...env, ...serverEnv }).bundled);
  if (!credentials) throw new Error(`The app started on ${scratch} but its bundled Neo4j holds no lock there.`);
  const probeUrl = `http://127.0.0.1:${serverEnv.LOAD_PROBE_PORT}/sample`;
  const probe = async (reset: boolean) => {
    const response = await fetch(reset ? `${probeUrl}?reset=1` : probeUrl);
    if (!response.ok) throw new Error(`The server's load probe answered HTTP ${response.status}.`);
    return (await response.json()) as ProbeSample;
  };
  return { url: server.url, startedHere: true, credentials, probe };
}

function stringsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
