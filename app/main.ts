/**
 * `npm start`: start or connect to Neo4j, apply the schema, seed an empty database, serve
 * GraphQL and the web app, open every screen once (the warm-up). Ctrl-C or SIGTERM stops all of
 * it, Neo4j included.
 */
import { readConfig } from '../core/config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { isEmpty } from '../db/is-empty.ts';
import { serve, type Served } from '../api/http/serve.ts';
import { openDatabase, type OpenDatabase } from '../db/open-database.ts';
import { reportFatal } from '../core/report-fatal.ts';
import { warmUp } from './warm-up/warm-up.ts';
import { deriveIfStale } from '../derive/derive-analytics.ts';
import { loadSeed } from '../seed/load-seed.ts';

let database: OpenDatabase | undefined;
let served: Served | undefined;
let stopping = false;
/** Start-up is done (warm-up included): /health/ready may say ready. */
let startedUp = false;
const warmUpAbort = new AbortController();
const PROGRESS_EVERY_MS = 5_000;
// A service manager waits about 10 s after SIGTERM before it kills; Neo4j's own stop is bounded below that.
const STOP_DEADLINE_MS = 9_500;

async function stop(why: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${why}: stopping…`);
  // Should closing hang (a stalled Neo4j holding the driver), exiting still ends Neo4j: its launcher stops when our pipe closes.
  setTimeout(() => process.exit(code || 1), STOP_DEADLINE_MS).unref();
  warmUpAbort.abort();
  await served?.close();
  await database?.close();
  console.log('Stopped.');
  process.exit(code);
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  const config = readConfig();
  database = await openDatabase(config, console.log, {
    onNeo4jGivenUp: (reason) => {
      console.error(`chain-atlas: ${reason}`);
      void stop('Neo4j is down for good', 1);
    },
  });
  const { db } = database;
  const statements = await applySchema(db);
  console.log(`Schema in place (${statements} constraint and index statements).`);
  if (await isEmpty(db)) await loadSeed(db);
  else await deriveIfStale(db);
  served = await serve(db, config.host, config.port, config.editors, {
    requestTimeoutMs: config.requestTimeoutMs,
    started: () => startedUp,
    rateLimitPerMinute: config.rateLimitPerMinute,
    exposure: config.exposure,
  });
  await warmUpScreens(db, served.url, config.editors.readToken);
  startedUp = true;
  console.log(`\nChain Atlas is ready in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  console.log(`  web app   ${served.url}/`);
  console.log(`  GraphQL   ${served.url}/graphql${config.exposure.graphiql ? '  (GraphiQL in a browser)' : ''}`);
  console.log(`  health    ${served.url}/health/live, ${served.url}/health/ready`);
  console.log(
    config.editors.token
      ? '  editors   import and review at /#/import with the token in CHAIN_ATLAS_EDITOR_TOKEN'
      : '  editors   none (set CHAIN_ATLAS_EDITOR_TOKEN to import and review in the web app; npm run import works without it)',
  );
  console.log('Press Ctrl-C to stop.');
}

/**
 * Before the ready line: "ready" then means that no screen waits for its statements to be planned.
 * Progress is printed every few seconds, as on a cold start it takes 20–30 s here.
 */
async function warmUpScreens(db: OpenDatabase['db'], url: string, readToken: string | null | undefined): Promise<void> {
  console.log('Warming up: opening every screen of the web app once, so that Neo4j plans their statements now…');
  let told = Date.now();
  const progress = (done: number, total: number) => {
    if (Date.now() - told < PROGRESS_EVERY_MS) return;
    told = Date.now();
    console.log(`  ${done} of ${total} screen requests answered…`);
  };
  try {
    const report = await warmUp(db, `${url}/graphql`, { signal: warmUpAbort.signal, progress, readToken });
    console.log(`Warmed up: ${report.requests} screen requests in ${report.seconds.toFixed(1)} s.`);
    for (const failure of report.failures) console.warn(`Warning: a screen's request failed while warming up: ${failure}`);
  } catch (error) {
    if (!stopping) console.warn(`Warning: the warm-up stopped early (${(error as Error).message}); the screens still work, their first opening is slower.`);
  }
}

main().catch(async (error: unknown) => {
  reportFatal(error);
  await database?.close().catch(() => undefined);
  process.exit(1);
});
