/**
 * `npm start`: start or connect to Neo4j, apply the schema, seed an empty database, serve
 * GraphQL and the web app. Ctrl-C or SIGTERM stops all of it, Neo4j included.
 */
import { readConfig } from './config.ts';
import { applySchema } from './db/apply-schema.ts';
import { isEmpty } from './db/is-empty.ts';
import { serve, type Served } from './http/serve.ts';
import { openDatabase, type OpenDatabase } from './open-database.ts';
import { reportFatal } from './report-fatal.ts';
import { loadSeed } from '../seed/load-seed.ts';

let database: OpenDatabase | undefined;
let served: Served | undefined;
let stopping = false;

async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await served?.close();
  await database?.close();
  console.log('Stopped.');
  process.exit(0);
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  const config = readConfig();
  database = await openDatabase(config);
  const { db } = database;
  const statements = await applySchema(db);
  console.log(`Schema in place (${statements} constraint and index statements).`);
  if (await isEmpty(db)) await loadSeed(db);
  served = await serve(db, config.host, config.port);
  console.log(`\nChain Atlas is ready in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  console.log(`  web app   ${served.url}/`);
  console.log(`  GraphQL   ${served.url}/graphql  (GraphiQL in a browser)`);
  console.log('Press Ctrl-C to stop.');
}

main().catch(async (error: unknown) => {
  reportFatal(error);
  await database?.close().catch(() => undefined);
  process.exit(1);
});
