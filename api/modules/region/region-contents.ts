import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';
import type { PlaceContents, PlaceFacts } from '../place/place-contents.ts';

const findRegionContents = cypher('region/find-region-contents');
const findRegionFacts = cypher('region/find-region-facts');

/**
 * How many of a region's parks, firms or projects `Region.parks`, `Region.firms` and
 * `Region.projects` can list: what region/find-region-contents returns.
 */
export const REGION_LIST_MAX = 500;

/** What lies in a region and below it: the first REGION_LIST_MAX of each kind by id, and how many there are. */
export interface RegionContents extends PlaceContents {
  code: string;
  parkIds: string[];
  parkCount: number;
}

export const regionContentsLoader = (db: Database) =>
  loaderByKey<RegionContents & Record<string, unknown>>(db, findRegionContents, { param: 'codes', column: 'contents', keyField: 'code' });

/** A region's own focuses and figures. */
export interface RegionFacts extends PlaceFacts {
  code: string;
}

export const regionFactsLoader = (db: Database) =>
  loaderByKey<RegionFacts & Record<string, unknown>>(db, findRegionFacts, { param: 'codes', column: 'facts', keyField: 'code' });
