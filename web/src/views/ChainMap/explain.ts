import type { ChainMapDataQuery, ChainMapOpportunitiesQuery } from '../../generated/graphql';
import { amountCoverage } from '../../lib/format/amount-coverage';
import { figureText, indicatorName, money } from '../../lib/i18n/common-messages';
import type { ChainMapFigureFragment } from '../../generated/graphql';
import { t } from './messages';

type SegmentCoverage = NonNullable<ChainMapDataQuery['chainMap']>['segments'][number];
type Gap = NonNullable<ChainMapDataQuery['chainGaps']>['gaps'][number];
type Opportunity = ChainMapOpportunitiesQuery['extensionOpportunities'][number];
type Named = { name: string; nameEn: string };

/**
 * What a segment's box says under its name: its producers (firms and producing projects) where
 * there are any or a complete roster shows none, its pipeline where that is all there is, and
 * "not known" where nothing speaks of it: never a "0" that would read as missing.
 */
export function segmentCountText(segment: Pick<SegmentCoverage, 'coverage' | 'producerCount' | 'pipelineCount'>): string {
  switch (segment.coverage) {
    case 'COMING':
      return t('count.pipeline', { n: segment.pipelineCount });
    case 'UNKNOWN':
      return t('count.unknown');
    default:
      return t('count.producers', { n: segment.producerCount });
  }
}

/** A figure the sources give: its indicator, what it counts (scope), its value in its unit and its period. */
export function figureLine(figure: ChainMapFigureFragment): string {
  const name = indicatorName(figure);
  return t('figure', {
    name: figure.scopeZh ? `${name} · ${figure.scopeZh}` : name,
    value: figureText(figure.value, figure.unit, figure.qualifier),
    period: figure.period ?? t('figure.noPeriod'),
  });
}

/** Why a candidate firm ranks where it does, in the interface's language (its distance is the tag beside it). */
export function candidateReason(candidate: Gap['candidates'][number]): string {
  const covered = amountCoverage(candidate.projectCount, candidate.withInvestmentCount);
  const amount = candidate.projectCount
    ? t(`reason.amount.${covered}`, { amount: candidate.investmentCny === null ? '' : money(candidate.investmentCny), m: candidate.withInvestmentCount })
    : '';
  return t('reason', { projects: candidate.projectCount, amount, segments: candidate.segmentCount });
}

export type CandidatePath = Gap['candidates'][number]['path'];

/**
 * The path that justifies a candidate, as a sentence: it makes the gap segment, which supplies
 * (or is supplied by) a segment the place has, made there by a local firm.
 */
export function candidatePathText(path: CandidatePath, label: (named: Named) => string): string {
  const names = new Map<string, string>();
  for (const node of path.nodes) {
    if (node.__typename === 'Segment') names.set(node.id, label(node));
    else if (node.__typename === 'Firm') names.set(node.id, node.name);
  }
  const [makes, link, local] = path.edges;
  const parts = [t('path.makes', { segment: names.get(makes!.target)! })];
  if (link) {
    const gapFeedsIt = link.source === makes!.target;
    parts.push(t(gapFeedsIt ? 'path.feeds' : 'path.fedBy', { segment: names.get(gapFeedsIt ? link.target : link.source)! }));
  }
  if (local) parts.push(t('path.local', { firm: names.get(local.source)! }));
  return parts.join(' ');
}

/** Which of the place's segments lead to an opportunity, closest first, in the interface's language. */
export function opportunityLeads(opportunity: Opportunity, label: (named: Named) => string): string[] {
  return opportunity.leads.map((lead) =>
    t(`lead.${lead.direction}`, {
      from: label(lead.from),
      cross: lead.crossChain ? t('lead.crossChain') : '',
      p: opportunity.densityMeasured ? t('lead.proximity', { p: lead.proximity.toFixed(2) }) : '',
    }),
  );
}
