import type { ProposalDecision, ProposalFieldsFragment, ProposalFilter, ProposalsQuery } from '../../generated/graphql';
import { request } from '../../lib/api/client';
import { editorFailure } from '../../lib/components/editor-error';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { apiStatus } from '../../lib/state/api-status.svelte';
import { PagedList } from '../../lib/state/paged-list';
import { DecideProposal, Proposals } from './operations';

export type ProposalRow = ProposalFieldsFragment;

const PAGE = 50;

type Connection = ProposalsQuery['proposals'];

/**
 * The review queue: pages of 50 proposals, and deciding them. A decided row stays where it is,
 * showing its new status, until the queue is loaded again.
 */
export class ReviewQueue extends PagedList<ProposalFilter, ProposalRow, Connection, { total: number }> {
  /** The proposal being decided, and the last decision's error by proposal id. */
  deciding = $state<string | null>(null);
  errors = $state<Record<string, string>>({});

  protected async page(filter: ProposalFilter, after: string | null): Promise<Connection> {
    return (await request(Proposals, { filter, first: PAGE, after })).proposals;
  }

  protected whole(page: Connection) {
    return { total: page.totalCount };
  }

  show(filter: ProposalFilter) {
    this.errors = {};
    super.show(filter);
  }

  async decide(id: string, decision: ProposalDecision, segment?: string) {
    this.deciding = id;
    const { [id]: _, ...others } = this.errors;
    this.errors = others;
    try {
      const data = await request(DecideProposal, { input: { id, decision, segment: segment ?? null }, language: i18n.locale === 'en' ? 'EN' : 'ZH' });
      const current = this.load.data;
      if (current) this.load.data = { ...current, rows: current.rows.map((row) => (row.id === id ? data.decideProposal : row)) };
      apiStatus.ok();
    } catch (error) {
      this.errors = { ...this.errors, [id]: editorFailure(error) };
    } finally {
      this.deciding = null;
    }
  }
}
