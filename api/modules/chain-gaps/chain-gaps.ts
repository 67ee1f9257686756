import { isPipeline } from '../../../core/pipeline.ts';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import type { PlaceKeys, PlaceScope } from '../place/place-scope.ts';
import { EXCLUDED_STATUSES, RANKING_TAGS } from './candidate-rules.ts';
import { chainMap, type ChainCoverageRecord, type SegmentCoverageRecord } from '../chain-map/chain-map.ts';

const chainGapsQuery = cypher('chain-gaps/chain-gaps');

export type Proximity = 'SAME_CITY' | 'SAME_PROVINCE' | 'ELSEWHERE' | 'LOCATION_UNKNOWN';

/**
 * What justifies a candidate, as graph elements the chain map can draw: the candidate makes the
 * gap segment, which FEEDS (or is fed by) a segment the place has, made there by a local firm.
 * Where the place has no neighbour of the gap, only the first step.
 */
export interface CandidatePathRecord {
  /** The gap segment's neighbour that the place has, and the direction of their FEEDS link. */
  neighbour: { segment: string; gapFeedsIt: boolean; localFirmId: string | null } | null;
}

export interface GapCandidateRecord {
  firmId: string;
  gapSegment: string;
  path: CandidatePathRecord;
  proximity: Proximity;
  /** The firm's roster tags that rank it above its equals in distance (candidate-rules.ts). */
  rankingTags: string[];
  projectCount: number;
  /** Over the firm's projects with an amount; null when none has one. */
  investmentCny: number | null;
  withInvestmentCount: number;
  segmentCount: number;
}

export interface ChainGapRecord extends SegmentCoverageRecord {
  /** A supplier and a user of the segment are both in the place: the most valuable 补链 target. */
  bridging: boolean;
  candidates: GapCandidateRecord[];
  /** Projects in the place that add the segment and are not yet producing. */
  pipelineIds: string[];
}

export interface ChainGapsRecord extends Omit<ChainCoverageRecord, 'segments'> {
  gaps: ChainGapRecord[];
}

const PROXIMITY: Proximity[] = ['SAME_CITY', 'SAME_PROVINCE', 'ELSEWHERE', 'LOCATION_UNKNOWN'];

/** What the place has, for bridging and paths: a segment with producers there. */
const HAS = new Set(['PRESENT', 'THIN']);

/**
 * The segments of a chain a place has no or too few producers of, bridging gaps first (a supplier
 * and a user of the segment are both in the place), each with the firms elsewhere that make it
 * (nearest first, then distinguished by a tag, then strongest; none already in the place or with a
 * project there, none deregistered), the path
 * that justifies each, and the place's own pipeline projects that would fill it. Two round trips:
 * the coverage, then the candidates of the gaps it found.
 */
export async function chainGaps(
  db: Database,
  chainId: string,
  keys: PlaceKeys,
  place: Promise<PlaceScope>,
  thinThreshold: number,
  candidatesPerGap: number,
): Promise<Omit<ChainGapsRecord, 'scope'>> {
  const { segments, ...coverage } = await chainMap(db, chainId, keys, thinThreshold);
  const has = new Map(segments.filter((segment) => HAS.has(segment.coverage)).map((segment) => [segment.key, segment]));
  const suppliersOf = (key: string) => coverage.links.filter((link) => link.to === key && has.has(link.from)).map((link) => link.from);
  const usersOf = (key: string) => coverage.links.filter((link) => link.from === key && has.has(link.to)).map((link) => link.to);
  const bridging = (key: string) => suppliersOf(key).length > 0 && usersOf(key).length > 0;
  // Bridging gaps first; otherwise upstream first, as the chain map lists them (a stable sort).
  const gaps = segments.filter((segment) => segment.coverage !== 'PRESENT').sort((a, b) => Number(bridging(b.key)) - Number(bridging(a.key)));
  /** The neighbour with the most producers, the gap feeding it first when they tie: the strongest reason to fill the gap. */
  const neighbourOf = (key: string): CandidatePathRecord['neighbour'] => {
    const options = [...usersOf(key).map((segment) => ({ segment, gapFeedsIt: true })), ...suppliersOf(key).map((segment) => ({ segment, gapFeedsIt: false }))];
    const best = options.sort((a, b) => has.get(b.segment)!.producerCount - has.get(a.segment)!.producerCount)[0];
    return best ? { ...best, localFirmId: has.get(best.segment)!.firmIds[0] ?? null } : null;
  };
  // Candidates are ranked nearest first, so they wait for the place (a park's city and province).
  const scope = await place;
  const rows = gaps.length
    ? await db.read<{ segmentId: string; candidates: (Omit<GapCandidateRecord, 'proximity' | 'gapSegment' | 'path'> & { distance: number })[] }>(
        chainGapsQuery,
        {
          segmentIds: gaps.map((gap) => gap.key),
          scopeCode: scope.scopeCode,
          parkId: scope.parkId,
          cityCode: scope.cityCode,
          provinceCode: scope.provinceCode,
          limit: candidatesPerGap,
          excludedStatuses: EXCLUDED_STATUSES,
          rankingTags: RANKING_TAGS,
        },
      )
    : [];
  const bySegment = new Map(rows.map((row) => [row.segmentId, row.candidates]));
  return {
    ...coverage,
    gaps: gaps.map((gap) => ({
      ...gap,
      bridging: bridging(gap.key),
      candidates: (bySegment.get(gap.key) ?? []).map(({ distance, ...candidate }) => ({
        ...candidate,
        proximity: PROXIMITY[distance]!,
        gapSegment: gap.key,
        path: { neighbour: neighbourOf(gap.key) },
      })),
      pipelineIds: gap.projects.filter((project) => isPipeline(project.status)).map((project) => project.key),
    })),
  };
}
