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
  firmIds: string[];
  projectIds: string[];
  focuses: FocusRecord[];
  observations: ObservationRecord[];
}

export const parkLoader = (db: Database) => loaderByKey<ParkRecord>(db, findParksById, { column: 'park' });
