/** `npm run seed`: load everything under seed/ into the database (bundled or NEO4J_URI). */
import { readConfig } from '../core/config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { openDatabase, type OpenDatabase } from '../db/open-database.ts';
import { reportFatal } from '../core/report-fatal.ts';
import { loadSeed } from './load-seed.ts';

let database: OpenDatabase | undefined;
try {
  database = await openDatabase(readConfig());
  await applySchema(database.db);
  await loadSeed(database.db);
  await database.close();
} catch (error) {
  reportFatal(error);
  await database?.close().catch(() => undefined);
  process.exitCode = 1;
}
