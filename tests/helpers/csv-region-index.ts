import { RegionIndex } from '../../import/check/region-index.ts';
import { readRegions } from '../../seed/regions/read-regions.ts';

let shared: RegionIndex | undefined;

/**
 * The importer's region index over seed/regions/regions.csv, the tree the seed loads into the
 * graph: for unit tests of the checks, which run without a database (the importer itself reads
 * the tree from the graph).
 */
export function csvRegionIndex(): RegionIndex {
  shared ??= new RegionIndex(readRegions());
  return shared;
}
