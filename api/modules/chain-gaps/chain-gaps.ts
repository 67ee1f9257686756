import { isPipeline } from '../../../core/pipeline.ts';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import type { PlaceKeys, PlaceScope } from '../place/place-scope.ts';
import { chainMap, type ChainCoverageRecord, type SegmentCoverageRecord } from '../chain-map/chain-map.ts';

const chainGapsQuery = cypher('chain-gaps/chain-gaps');

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
  db: Database,
  chainId: string,
  keys: PlaceKeys,
  place: Promise<PlaceScope>,
  thinThreshold: number,
  candidatesPerGap: number,
): Promise<Omit<ChainGapsRecord, 'scope'>> {
  const { segments, ...coverage } = await chainMap(db, chainId, keys, thinThreshold);
  const gaps = segments.filter((segment) => segment.coverage !== 'PRESENT');
  // Candidates are ranked nearest first, so they wait for the place (a park's city and province).
  const scope = await place;
  const rows = gaps.length
    ? await db.read<{ segmentId: string; candidates: (Omit<GapCandidateRecord, 'proximity'> & { distance: number })[] }>(
        chainGapsQuery,
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
