import { cypher } from '../../db/cypher-files.ts';
import type { Context } from '../../graphql/context.ts';
import type { PlaceScope } from '../place-scope.ts';
import { isPipeline } from '../project/pipeline.ts';
import { chainCoverage, type ChainCoverageRecord, type SegmentCoverageRecord } from './chain-coverage.ts';

const findGapCandidates = cypher('chain-map/find-gap-candidates');

export type Proximity = 'SAME_CITY' | 'SAME_PROVINCE' | 'ELSEWHERE';

export interface GapCandidateRecord {
  firmId: string;
  proximity: Proximity;
  projectCount: number;
  investmentCny: number;
  segmentCount: number;
}

export interface ChainGapRecord extends SegmentCoverageRecord {
  candidates: GapCandidateRecord[];
  /** Projects in the place that add the segment and are not yet producing. */
  pipelineIds: string[];
}

export interface ChainGapsRecord extends Omit<ChainCoverageRecord, 'segments'> {
  gaps: ChainGapRecord[];
}

const PROXIMITY: Proximity[] = ['SAME_CITY', 'SAME_PROVINCE', 'ELSEWHERE'];

/**
 * The missing and thin segments of a chain in a place, each with the firms elsewhere that make
 * it (nearest and strongest first) and the place's own pipeline projects that would fill it.
 * Two round trips: the coverage, then the candidates of the gaps it found.
 */
export async function chainGaps(
  context: Context,
  chainId: string,
  presenceKey: string,
  place: Promise<PlaceScope>,
  thinThreshold: number,
  candidatesPerGap: number,
): Promise<Omit<ChainGapsRecord, 'scope'>> {
  const { segments, ...coverage } = await chainCoverage(context, chainId, presenceKey, thinThreshold);
  const gaps = segments.filter((segment) => segment.coverage !== 'PRESENT');
  // Candidates are ranked nearest first, so they wait for the place (a park's city and province).
  const scope = await place;
  const rows = gaps.length
    ? await context.db.read<{ segmentId: string; candidates: (Omit<GapCandidateRecord, 'proximity'> & { distance: number })[] }>(
        findGapCandidates,
        {
          segmentIds: gaps.map((gap) => gap.key),
          scopeCode: scope.scopeCode,
          parkId: scope.parkId,
          cityCode: scope.cityCode,
          provinceCode: scope.provinceCode,
          limit: candidatesPerGap,
          threshold: thinThreshold,
        },
      )
    : [];
  const bySegment = new Map(rows.map((row) => [row.segmentId, row.candidates]));
  return {
    ...coverage,
    gaps: gaps.map((gap) => ({
      ...gap,
      candidates: (bySegment.get(gap.key) ?? []).map(({ distance, ...candidate }) => ({ ...candidate, proximity: PROXIMITY[distance]! })),
      pipelineIds: gap.projects.filter((project) => isPipeline(project.status)).map((project) => project.key),
    })),
  };
}
