import type { Language } from '../../generated/resolvers-types.ts';
import { formatYuan, sentence, type Sentences } from '../language/sentences.ts';
import type { GapCandidateRecord } from './chain-gaps.ts';

type Key = 'reason' | 'tags' | 'projects' | 'amountAll' | 'amountSome' | 'amountNone' | 'noProjects' | GapCandidateRecord['proximity'];

const SENTENCES: Sentences<Key> = {
  ZH: {
    reason: '生产该环节；{where}；{strength}；共生产 {segments} 个环节。',
    tags: '（{tags}）',
    projects: '{count} 个项目',
    amountAll: '，合计 {amount}',
    amountSome: '，其中 {known} 个有金额，合计 {amount}',
    amountNone: '，金额未知',
    noProjects: '没有记录的项目',
    SAME_CITY: '同市',
    SAME_PROVINCE: '同省',
    ELSEWHERE: '省外',
    LOCATION_UNKNOWN: '地点未知',
  },
  EN: {
    reason: 'Makes this segment; {where}; {strength}; makes {segments} segment(s) in all.',
    tags: ' ({tags})',
    projects: '{count} project(s)',
    amountAll: ' worth {amount}',
    amountSome: ', {known} with an amount worth {amount}',
    amountNone: ', amounts unknown',
    noProjects: 'no recorded projects',
    SAME_CITY: 'in the same city',
    SAME_PROVINCE: 'in the same province',
    ELSEWHERE: 'elsewhere in the country',
    LOCATION_UNKNOWN: 'location unknown',
  },
};

/** Why a candidate ranks where it does, in a sentence: distance first (with its distinctions), then evidence of strength. */
export function candidateReason(candidate: GapCandidateRecord, language: Language): string {
  const say = (key: Key, params?: Record<string, string | number>) => sentence(SENTENCES, language, key, params);
  const known = candidate.withInvestmentCount;
  const amount =
    candidate.investmentCny === null
      ? say('amountNone')
      : say(known < candidate.projectCount ? 'amountSome' : 'amountAll', { known, amount: formatYuan(candidate.investmentCny) });
  const strength = candidate.projectCount > 0 ? say('projects', { count: candidate.projectCount }) + amount : say('noProjects');
  const tags = candidate.rankingTags.length ? say('tags', { tags: candidate.rankingTags.join(language === 'ZH' ? '、' : ', ') }) : '';
  return say('reason', { where: say(candidate.proximity) + tags, strength, segments: candidate.segmentCount });
}
