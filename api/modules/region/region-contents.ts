import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { loaderByKey } from '../../db/loader-by-key.ts';
import type { FocusRecord } from '../chain/chain-store.ts';
import type { ObservationRecord } from '../observation/observation-record.ts';

const findRegionContents = cypher('region/find-region-contents');

/** What lies in a region and below it, and the region's own focuses and figures. */
export interface RegionContents {
  code: string;
  parkIds: string[];
  firmIds: string[];
  projectIds: string[];
  focuses: FocusRecord[];
  observations: ObservationRecord[];
}

export const regionContentsLoader = (db: Database) =>
  loaderByKey<RegionContents & Record<string, unknown>>(db, findRegionContents, { param: 'codes', column: 'contents', keyField: 'code' });
