import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../db/bundled-neo4j/require-free-port.ts';
import { installJars } from '../db/bundled-neo4j/install-jars.ts';
import { neo4jLayout } from '../db/bundled-neo4j/layout.ts';
import { startBundledNeo4j, type BundledNeo4j } from '../db/bundled-neo4j/start-bundled-neo4j.ts';
import { readConfig, type Neo4jCredentials } from '../core/config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { connect } from '../db/connect.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { loadAnalyticsFixture } from './fixtures/analytics-fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jCredentials;
    /** The checkout's Neo4j jars, for tests that start a server of their own. */
    neo4jLib: string;
  }
}

/**
 * One real Neo4j for the whole run: the database at NEO4J_URI when set (the tests write to
 * it: use a scratch database), otherwise the bundled server in a throwaway home on free
 * ports, sharing the checkout's jars.
 */
export default async function setup(project: TestProject) {
  const config = readConfig();
  const lib = neo4jLayout(config.bundled.home).lib;
  await installJars(neo4jLayout(config.bundled.home));
  let server: BundledNeo4j | undefined;
  let home: string | undefined;
  let credentials: Neo4jCredentials;
  if (config.external) {
    credentials = config.external;
  } else {
    home = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-test-'));
    server = await startBundledNeo4j(
      {
        ...config.bundled,
        home: path.join(home, 'neo4j'),
        boltPort: await findFreePort(),
        httpPort: await findFreePort(),
        heapSize: '1g',
        pageCacheSize: '512m',
        password: undefined,
      },
      { lib, log: () => undefined },
    );
    credentials = server.credentials;
  }
  const db = await connect(credentials);
  try {
    await applySchema(db);
    await loadSeed(db, () => undefined);
    await loadAnalyticsFixture(db);
  } finally {
    await db.close();
  }
  project.provide('neo4j', credentials);
  project.provide('neo4jLib', lib);
  return async () => {
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  };
}
