import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { loaderByKey } from '../../db/loader-by-key.ts';
import type { ProvenanceRecord } from '../provenance.ts';

const findChainsById = cypher('chain/find-chains-by-id');
const findSegmentsById = cypher('chain/find-segments-by-id');
const listChains = cypher('chain/list-chains');

/** A FOCUSES_ON relationship; exactly one of parkId and regionCode is set. */
export interface FocusRecord extends ProvenanceRecord {
  chainId: string;
  parkId?: string | null;
  regionCode?: string | null;
  role: 'leading' | 'pillar' | 'key' | 'emerging' | 'cluster' | null;
  note: string | null;
}

export interface ChainRecord {
  key: string;
  name: string;
  nameEn: string;
  basis: string;
  note: string;
  segmentIds: string[];
  focuses: FocusRecord[];
}

export interface SegmentRecord {
  key: string;
  name: string;
  nameEn: string;
  stage: 'upstream' | 'midstream' | 'downstream';
  chainId: string;
  supplierIds: string[];
  userIds: string[];
  firmIds: string[];
  projectIds: string[];
}

export const chainLoader = (db: Database) => loaderByKey<ChainRecord>(db, findChainsById, { column: 'chain' });
export const segmentLoader = (db: Database) => loaderByKey<SegmentRecord>(db, findSegmentsById, { column: 'segment' });

export async function listChainIds(db: Database): Promise<string[]> {
  const rows = await db.read<{ chainId: string }>(listChains);
  return rows.map((row) => row.chainId);
}
