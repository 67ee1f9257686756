import DataLoader from 'dataloader';
import { FIRMS_KEPT, PROJECTS_KEPT } from '../../../core/presence.ts';
import { InputError } from '../../../core/input-error.ts';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';
import type { ProvenanceRecord } from '../source/provenance.ts';

const findChainsById = cypher('chain/find-chains-by-id');
const findChainFocuses = cypher('chain/find-chain-focuses');
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
}

export interface SegmentRecord {
  key: string;
  name: string;
  nameEn: string;
  stage: 'upstream' | 'midstream' | 'downstream';
  chainId: string;
  supplierIds: string[];
  userIds: string[];
  /** Firms that make it, across the country. */
  firmCount: number;
  /** The strongest of them first, at most SEGMENT_FIRMS_MAX: the segment's '*' presence row. */
  firmIds: string[];
  /** Projects that add it, across the country. */
  projectCount: number;
  /** Pipeline projects first, at most SEGMENT_PROJECTS_MAX: the segment's '*' presence row. */
  projectIds: string[];
}

/**
 * How many of a segment's firms and projects `Segment.firms` and `Segment.projects` can list:
 * what the derived presence rows keep, and what chain/find-segments-by-id returns.
 */
export const SEGMENT_FIRMS_MAX = FIRMS_KEPT;
export const SEGMENT_PROJECTS_MAX = PROJECTS_KEPT;

export const chainLoader = (db: Database) => loaderByKey<ChainRecord>(db, findChainsById, { column: 'chain' });
export const chainFocusesLoader = (db: Database) => loaderByKey<{ key: string; focuses: FocusRecord[] }>(db, findChainFocuses, { column: 'chain' });
/** A row of chain/find-segments-by-id. */
interface SegmentRow {
  firmId: string | null;
  chain: ChainRecord;
  segment: SegmentRecord;
}

type ChainLoader = DataLoader<string, ChainRecord | null>;

/** Segments by id, priming `chains` with each segment's chain, which the same statement returns. */
export const segmentLoader = (db: Database, chains: ChainLoader) =>
  loaderByKey<SegmentRecord>(db, findSegmentsById, {
    column: 'segment',
    params: { firmIds: [] },
    onRow: (row) => {
      const chain = row.chain as ChainRecord;
      chains.prime(chain.key, chain);
    },
  });

/**
 * The segments each firm makes, by firm id, priming `segments` and `chains` with what the same
 * statement returns. Keyed by the firm, so that a firm lookup can ask for them in the same tick
 * as the firm itself (see Query.firm) rather than a round trip later.
 */
export function firmSegmentsLoader(db: Database, segments: DataLoader<string, SegmentRecord | null>, chains: ChainLoader) {
  return new DataLoader<string, SegmentRecord[]>(async (firmIds) => {
    const rows = await db.read<SegmentRow>(findSegmentsById, { ids: [], firmIds });
    const byFirm = new Map<string, SegmentRecord[]>();
    for (const { firmId, chain, segment } of rows) {
      chains.prime(chain.key, chain);
      segments.prime(segment.key, segment);
      const made = byFirm.get(firmId!) ?? [];
      made.push(segment);
      byFirm.set(firmId!, made);
    }
    return firmIds.map((id) => byFirm.get(id) ?? []);
  });
}

/** The error for a chain id no chain has, the same wherever one is looked up. */
export const unknownChain = (chainId: string) => new InputError('UNKNOWN_CHAIN', `No chain has id "${chainId}"; the chains field lists them all.`);

export async function listChainIds(db: Database): Promise<string[]> {
  const rows = await db.read<{ chainId: string }>(listChains);
  return rows.map((row) => row.chainId);
}
