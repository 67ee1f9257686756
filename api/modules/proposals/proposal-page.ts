import { InputError } from '../../../core/input-error.ts';
import type { Database } from '../../../db/database.ts';
import { ImportError } from '../../../import/import-error.ts';
import { describeImportError } from '../../../import/messages.ts';
import type { ProposalItem } from '../../../import/review/find-proposals.ts';
import { listProposals, type ProposalFilter } from '../../../import/review/list-proposals.ts';

/** A page of the review queue, and whether another follows. */
export interface ProposalPage {
  items: ProposalItem[];
  total: number;
  hasNextPage: boolean;
}

/** Query.proposals: one more than the page is read, to know whether another page follows. */
export async function proposalPage(db: Database, filter: ProposalFilter): Promise<ProposalPage> {
  try {
    const { items, total } = await listProposals(db, { ...filter, first: filter.first + 1 });
    return { items: items.slice(0, filter.first), total, hasNextPage: items.length > filter.first };
  } catch (error) {
    if (error instanceof ImportError && error.code === 'badProposalCursor') throw new InputError('BAD_CURSOR', describeImportError(error.code, error.params, 'en'));
    throw error;
  }
}
