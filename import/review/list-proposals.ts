import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { ImportError } from '../import-error.ts';
import type { PlacementKind } from '../plan/plan-placements.ts';
import { findProposals, type ProposalItem, type ProposalStatus } from './find-proposals.ts';

const listProposalsQuery = cypher('review/list-proposals');

export interface ProposalFilter {
  /** Every status when not given. */
  status?: ProposalStatus;
  /** One import's proposals, by its Source id. */
  import?: string;
  kind?: PlacementKind;
  /** Proposals of one chain's segments, by the chain's id. */
  chain?: string;
  first: number;
  /** The endCursor (or an item's proposalCursor) of the page before. */
  after?: string | null;
}

export interface ProposalPage {
  items: ProposalItem[];
  /** How many proposals the filter selects, on every page. */
  total: number;
  /** The cursor of the page's last item; null for an empty page. */
  endCursor: string | null;
}

/** What the order rests on: pending first, then confidence descending, then id (list-proposals.cypher). */
type SortKey = Pick<ProposalItem, 'status' | 'confidence' | 'id'>;

/**
 * An item's place in the queue, for `after`. It carries the item's sort key rather than an offset,
 * so a page asked for after proposals were decided (and left a pending list) neither skips nor repeats one.
 */
export function proposalCursor({ status, confidence, id }: SortKey): string {
  return Buffer.from(JSON.stringify([status, confidence, id])).toString('base64url');
}

function sortKeyOf(cursor: string): SortKey {
  try {
    const [status, confidence, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof status === 'string' && typeof confidence === 'number' && typeof id === 'string') return { status: status as ProposalStatus, confidence, id };
  } catch {
    // Not JSON: told below, as any other cursor this list did not give.
  }
  throw new ImportError('badProposalCursor', { after: cursor });
}

/** One page of the review queue: pending proposals first, the most confident first, then by id. */
export async function listProposals(db: Database, filter: ProposalFilter): Promise<ProposalPage> {
  const [row] = await db.read<{ total: number; page: SortKey[] }>(listProposalsQuery, {
    filter: { status: filter.status ?? null, import: filter.import ?? null, kind: filter.kind ?? null, chain: filter.chain ?? null },
    after: filter.after ? sortKeyOf(filter.after) : null,
    first: filter.first,
  });
  const page = row?.page ?? [];
  const items = await findProposals((query, params) => db.read(query, params), page.map((p) => p.id));
  const last = page.at(-1);
  return { items, total: row?.total ?? 0, endCursor: last ? proposalCursor(last) : null };
}
