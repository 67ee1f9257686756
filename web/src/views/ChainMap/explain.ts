import type { ChainMapDataQuery, ChainMapOpportunitiesQuery } from '../../generated/graphql';
import { t } from './messages';

type Gap = NonNullable<ChainMapDataQuery['chainGaps']>['gaps'][number];
type Opportunity = ChainMapOpportunitiesQuery['extensionOpportunities'][number];
type Named = { name: string; nameEn: string };

/** Why a candidate firm ranks where it does, in the interface's language (its distance is the tag beside it). */
export function candidateReason(candidate: Gap['candidates'][number]): string {
  const amount = candidate.investmentCny > 0 ? t('reason.amount', { amount: Number((candidate.investmentCny / 1e8).toFixed(2)) }) : '';
  return t('reason', { projects: candidate.projectCount, amount, segments: candidate.segmentCount });
}

/** Which of the place's segments lead to an opportunity, closest first, in the interface's language. */
export function opportunityLeads(opportunity: Opportunity, label: (named: Named) => string): string[] {
  return opportunity.leads.map((lead) =>
    t(`lead.${lead.direction}`, {
      from: label(lead.from),
      cross: lead.crossChain ? t('lead.crossChain') : '',
      p: lead.proximity.toFixed(2),
    }),
  );
}
