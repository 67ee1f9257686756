import type { Database } from '../api/db/database.ts';
import { loadRegions } from './regions/load-regions.ts';

/** Loads everything under seed/ (idempotently: every write MERGEs on ids) and reports counts. */
export async function loadSeed(db: Database, log: (line: string) => void = console.log): Promise<void> {
  const started = Date.now();
  const regions = await loadRegions(db);
  log(
    `Seeded the region tree: ${regions.province ?? 0} provinces, ${regions.city ?? 0} cities, ` +
      `${regions.county ?? 0} counties (${Date.now() - started} ms).`,
  );
}
