import type { GapCandidateRecord } from './chain-gaps.ts';

const WHERE = {
  SAME_CITY: 'in the same city (同市)',
  SAME_PROVINCE: 'in the same province (同省)',
  ELSEWHERE: 'elsewhere in the country (省外)',
  LOCATION_UNKNOWN: 'location unknown (地点未知)',
} as const;

/** 406亿元, 3.5亿元, 8000万元: amounts as the articles write them. */
export function formatYuan(yuan: number): string {
  if (yuan >= 1e8) return `${Number((yuan / 1e8).toFixed(2))}亿元`;
  if (yuan >= 1e4) return `${Number((yuan / 1e4).toFixed(2))}万元`;
  return `${yuan}元`;
}

/** Why a candidate ranks where it does: distance first, then evidence of strength. */
export function candidateReason(candidate: GapCandidateRecord): string {
  const strength =
    candidate.projectCount > 0
      ? `${candidate.projectCount} project${candidate.projectCount > 1 ? 's' : ''}` +
        (candidate.investmentCny > 0 ? ` worth ${formatYuan(candidate.investmentCny)}` : '')
      : 'no recorded projects';
  return `Makes this segment; ${WHERE[candidate.proximity]}; ${strength}; makes ${candidate.segmentCount} segment${candidate.segmentCount > 1 ? 's' : ''} in all.`;
}
