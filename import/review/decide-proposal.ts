import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { deriveAnalytics } from '../../derive/derive-analytics.ts';
import { ImportError } from '../import-error.ts';
import { findProposals, type ProposalItem, type ProposalStatus } from './find-proposals.ts';

const statements = {
  check: cypher('review/check-decision'),
  decide: cypher('review/decide-proposal'),
};

export type Decision = 'accept' | 'reject' | 'move';

export interface DecisionRequest {
  /** The proposal's id. */
  id: string;
  decision: Decision;
  /** To move: the segment to place the firm or project on instead, another of the proposed one's chain. */
  segment?: string;
  /** Who decides. */
  by: string;
  /** @default now */
  now?: Date;
}

interface Checked {
  entity: string;
  segment: string;
  chainId: string;
  chainName: string;
  target: { id: string; chainId: string; chainName: string; taken: boolean } | null;
}

const statusOf: Record<Decision, Exclude<ProposalStatus, 'pending'>> = { accept: 'accepted', reject: 'rejected', move: 'moved' };

/** The segment a decision places the firm or project on (null to reject), or why it cannot be decided. */
function placeOf(request: DecisionRequest, checked: Checked | undefined): string | null {
  const { id, decision, segment } = request;
  if (!checked) throw new ImportError('unknownProposal', { id });
  if (decision !== 'move') {
    if (segment !== undefined) throw new ImportError('segmentOnlyForMove', { id, decision, segment });
  } else {
    if (!segment) throw new ImportError('moveNeedsSegment', { id });
    if (!checked.target) throw new ImportError('unknownSegment', { segment });
    if (segment === checked.segment) throw new ImportError('moveToSameSegment', { id, segment });
    // A move corrects the segment within the chain the classifier read; another chain is another proposal.
    if (checked.target.chainId !== checked.chainId) {
      throw new ImportError('moveToOtherChain', { id, segment, chainName: checked.chainName, otherChainName: checked.target.chainName });
    }
  }
  if (decision === 'reject') return null;
  if (checked.target!.taken) throw new ImportError('alreadyPlaced', { entity: checked.entity, segment: checked.target!.id });
  return checked.target!.id;
}

/**
 * Records a person's decision on a proposal: accept places its firm (MAKES) or project (ADDS) on the
 * segment proposed, move on another segment of the same chain, reject on none; all three keep the
 * Proposal, so a re-import never proposes the pair again (plan-placements.ts), and never remove a
 * person's placement. A decided proposal may be decided again: the placement of the earlier decision
 * goes first. Checked, written and the derived rows derived again in one write transaction, so the
 * chain map shows the decision at once. Returns the proposal as the review queue lists it. Undoing
 * the import that proposed it removes the decision's placement with it (undo-placements.cypher).
 */
export function decideProposal(db: Database, request: DecisionRequest): Promise<ProposalItem> {
  const at = (request.now ?? new Date()).toISOString();
  return db.writeTransaction('review/decide-proposal', async (tx) => {
    const [checked] = await tx.run<Checked>(statements.check, { id: request.id, segment: request.decision === 'move' ? (request.segment ?? null) : null });
    const segment = placeOf(request, checked);
    await tx.run(statements.decide, {
      id: request.id, status: statusOf[request.decision], segment, movedTo: request.decision === 'move' ? segment : null, by: request.by, at,
    });
    await deriveAnalytics({ read: tx.run, write: tx.run });
    const [item] = await findProposals(tx.run, [request.id]);
    return item!;
  });
}
