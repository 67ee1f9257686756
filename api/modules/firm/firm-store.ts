import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { loaderByKey } from '../../db/loader-by-key.ts';
import type { ProvenanceRecord } from '../provenance.ts';

const findFirmsById = cypher('firm/find-firms-by-id');

export interface FirmRelationRecord extends ProvenanceRecord {
  type: 'SUPPLIES' | 'ACQUIRES' | 'RESTRUCTURES';
  /** True when this firm is the one that supplies, acquires or restructures. */
  outgoing: boolean;
  otherId: string;
  note: string | null;
}

export interface FirmRecord extends ProvenanceRecord {
  key: string;
  name: string;
  aliases: string[] | null;
  note: string | null;
  parkId: string | null;
  regionCode: string | null;
  /** The region the firm or its park lies in: the first of its denormalised regionPath. */
  inRegionCode: string | null;
  makeIds: string[];
  projectIds: string[];
  relations: FirmRelationRecord[];
}

export const firmLoader = (db: Database) => loaderByKey<FirmRecord>(db, findFirmsById, { column: 'firm' });
