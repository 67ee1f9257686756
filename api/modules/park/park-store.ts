import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { loaderByKey } from '../../db/loader-by-key.ts';
import type { FocusRecord } from '../chain/chain-store.ts';
import type { ObservationRecord } from '../observation/observation-record.ts';
import type { ProvenanceRecord } from '../provenance.ts';

const findParksById = cypher('park/find-parks-by-id');

export interface ParkRecord extends ProvenanceRecord {
  key: string;
  name: string;
  aliases: string[] | null;
  level: 'national' | 'provincial' | 'other' | null;
  note: string | null;
  regionCode: string | null;
  /** The first PARK_LIST_MAX firms located in the park, by id. */
  firmIds: string[];
  firmCount: number;
  /** The first PARK_LIST_MAX projects in the park, by id. */
  projectIds: string[];
  projectCount: number;
  focuses: FocusRecord[];
  observations: ObservationRecord[];
}

/** How many of a park's firms or projects `Park.firms` and `Park.projects` can list: what park/find-parks-by-id returns. */
export const PARK_LIST_MAX = 500;

export const parkLoader = (db: Database) => loaderByKey<ParkRecord>(db, findParksById, { column: 'park' });
