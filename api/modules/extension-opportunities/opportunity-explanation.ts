import type { Language } from '../../generated/resolvers-types.ts';
import { sentence, type Sentences } from '../language/sentences.ts';
import type { ExtensionOpportunityRecord } from './extension-opportunities.ts';

type Key = 'explanation' | 'density' | 'noDensity' | 'DOWNSTREAM' | 'UPSTREAM' | 'crossChain' | 'proximity' | 'separator';

const SENTENCES: Sentences<Key> = {
  ZH: {
    explanation: '「{target}」：{leads}；{basis}。',
    density: '关联密度 {density}',
    noDensity: '有数据的地区只有 {regions} 个（至少需 {floor} 个），关联密度不作测量，仅按供应关系排序',
    DOWNSTREAM: '本地的「{from}」为它供货{cross}{proximity}',
    UPSTREAM: '它为本地的「{from}」供货{cross}{proximity}',
    crossChain: '（跨产业链）',
    proximity: '，关联度 {proximity}',
    separator: '；',
  },
  EN: {
    explanation: '{target}: {leads}; {basis}.',
    density: 'density {density}',
    noDensity: 'only {regions} regions have data (at least {floor} are needed), so no density is measured and the ranking rests on supply links',
    DOWNSTREAM: "the place's {from} supplies it{cross}{proximity}",
    UPSTREAM: "it supplies the place's {from}{cross}{proximity}",
    crossChain: ' across chains',
    proximity: ', proximity {proximity}',
    separator: '; ',
  },
};

/**
 * An opportunity in a sentence: which of the place's segments lead to it and how, and its
 * density only where it is a measurement (never a 0 that would read as one).
 */
export function opportunityExplanation(
  opportunity: ExtensionOpportunityRecord,
  segmentName: (key: string) => string,
  language: Language,
): string {
  const say = (key: Key, params?: Record<string, string | number>) => sentence(SENTENCES, language, key, params);
  const leads = opportunity.leads.map((lead) =>
    say(lead.downstream ? 'DOWNSTREAM' : 'UPSTREAM', {
      from: segmentName(lead.from),
      cross: lead.crossChain ? say('crossChain') : '',
      proximity: opportunity.densityMeasured ? say('proximity', { proximity: lead.proximity.toFixed(2) }) : '',
    }),
  );
  const basis = opportunity.densityMeasured
    ? say('density', { density: opportunity.density.toFixed(2) })
    : say('noDensity', { regions: opportunity.regionsWithData, floor: opportunity.densityFloor });
  return say('explanation', { target: segmentName(opportunity.segment), leads: leads.join(say('separator')), basis });
}
