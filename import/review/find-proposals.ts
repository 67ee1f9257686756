import { cypher } from '../../db/cypher-files.ts';
import type { Transaction } from '../../db/database.ts';
import type { PlacementKind } from '../plan/plan-placements.ts';

const findProposalsQuery = cypher('review/find-proposals');

export type ProposalStatus = 'pending' | 'accepted' | 'rejected' | 'moved';

/** A proposal as the review queue shows it: what is proposed, from which import, and what a person decided. */
export interface ProposalItem {
  id: string;
  kind: PlacementKind;
  status: ProposalStatus;
  method: string;
  matched: string;
  confidence: number;
  /** The import's Source id, and its file's name. */
  import: string;
  file: string;
  row: number;
  /** The firm (kind makes) or project (kind adds); regionName is where it, or its park, lies. */
  entity: { id: string; label: 'Firm' | 'Project'; name: string; regionName: string | null };
  /** The segment proposed (a moved proposal keeps it; movedTo is where the person placed it instead). */
  segment: { id: string; name: string; chainId: string; chainName: string };
  decidedBy: string | null;
  /** ISO 8601. */
  decidedAt: string | null;
  movedTo: { id: string; name: string } | null;
}

/** The items of these proposals, in the order of `ids`; an unknown id is left out. */
export function findProposals(run: Transaction['run'], ids: string[]): Promise<ProposalItem[]> {
  return run<ProposalItem>(findProposalsQuery, { ids });
}
