import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { RegionIndex, type Region } from '../check/region-index.ts';

const listRegions = cypher('import/list-regions');

/** The region tree as the graph holds it, indexed for the importer: one tree at run time, the one rows are written against. */
export async function loadRegionIndex(db: Database): Promise<RegionIndex> {
  return new RegionIndex(await db.read<Region>(listRegions));
}
