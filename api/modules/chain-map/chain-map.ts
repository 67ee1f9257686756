import { coverageOf, evidenceOf, type Coverage } from '../../../core/coverage.ts';
import { requireWholeNumber } from '../../../core/input-error.ts';
import { MAX_GAP_LIST, statusOfPresence } from '../../../core/presence.ts';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { unknownChain, type FocusRecord } from '../chain/chain-store.ts';
import { keyOf } from '../node/global-id.ts';
import type { ObservationRecord } from '../observation/observation-record.ts';
import type { PlaceKeys, PlaceScope } from '../place/place-scope.ts';
import type { ProjectRecord } from '../project/project-store.ts';

const chainMapQuery = cypher('chain-map/chain-map');

export interface SegmentCoverageRecord {
  key: string;
  stage: string;
  coverage: Coverage;
  firmCount: number;
  /** Firms that make it there and the firms of producing projects there that add it, each once. */
  producerCount: number;
  /** Projects there that add it and are not yet producing. */
  pipelineCount: number;
  /** The strongest firms, enough for a map; firmCount says how many there are. */
  firmIds: string[];
  projectCount: number;
  /** The projects to show first (pipeline first, latest signed first); projectCount says how many there are. */
  projects: { key: string; status: ProjectRecord['status'] }[];
  /** Every project of the place and segment counted by status. */
  projectsByStatus: { status: ProjectRecord['status']; count: number }[];
  /** Figures the sources give of this segment in the place or below it. */
  figures: ObservationRecord[];
}

interface CoverageRow extends Omit<SegmentCoverageRecord, 'coverage' | 'pipelineCount' | 'projects' | 'projectsByStatus'> {
  /** Statuses come from the derived rows, where '' stands for a status the sources do not give. */
  projects: { key: string; status: string }[];
  statuses: string[];
  statusCounts: number[];
}

/** A FEEDS link, supplier to user. */
export interface SegmentLinkRecord {
  from: string;
  to: string;
  crossChain: boolean;
}

/** A roster that claims to list every firm of its scope in a place the map's place lies in. */
export interface RosterRecord {
  key: string;
  title: string | null;
  scope: string | null;
}

export interface ChainCoverageRecord {
  chainId: string;
  scope: PlaceScope;
  thinThreshold: number;
  segments: SegmentCoverageRecord[];
  /** What the sources say of the chain as a whole in the place or below it: focuses and figures. */
  focuses: FocusRecord[];
  figures: ObservationRecord[];
  rosters: RosterRecord[];
  links: SegmentLinkRecord[];
}

/** @default 3: one or two producers in a link is a thin link for an investment-promotion team. */
export const DEFAULT_THIN_THRESHOLD = 3;
const FIRMS_PER_SEGMENT = 20;
/** Gap candidates are exact up to here: see FIRMS_KEPT in core/presence.ts. */
export const MAX_THIN_THRESHOLD = MAX_GAP_LIST;

export function checkThreshold(threshold: number | null | undefined): number {
  return requireWholeNumber('thinThreshold', threshold ?? DEFAULT_THIN_THRESHOLD, 1, MAX_THIN_THRESHOLD, 'BAD_THRESHOLD');
}

const storedStatus = (status: string) => statusOfPresence(status) as ProjectRecord['status'];

/**
 * Which segments of a chain a place has, thinly has, has coming, lacks, or is not known to have
 * (core/coverage.ts), each with its evidence: one round trip, to the derived presence rows and
 * what the sources say in the place.
 */
export async function chainMap(
  db: Database,
  chainId: string,
  place: PlaceKeys,
  thinThreshold: number,
): Promise<Omit<ChainCoverageRecord, 'scope'>> {
  const key = keyOf('Chain', chainId);
  const [row] = await db.read<Pick<ChainCoverageRecord, 'focuses' | 'figures' | 'rosters' | 'links'> & { segments: CoverageRow[] }>(chainMapQuery, {
    chainId: key,
    place: place.presenceKey,
    regionCode: place.regionCode,
    parkId: place.parkId,
    firmsPerSegment: FIRMS_PER_SEGMENT,
  });
  if (!row) throw unknownChain(chainId);
  const complete = row.rosters.length > 0;
  return {
    chainId: key,
    thinThreshold,
    segments: row.segments.map(({ statuses, statusCounts, projects, ...segment }) => {
      const evidence = evidenceOf({ producerCount: segment.producerCount, statuses, statusCounts }, complete);
      return {
        ...segment,
        coverage: coverageOf(evidence, thinThreshold),
        pipelineCount: evidence.pipeline,
        projects: projects.map((project) => ({ key: project.key, status: storedStatus(project.status) })),
        projectsByStatus: statuses.map((status, i) => ({ status: storedStatus(status), count: statusCounts[i]! })),
      };
    }),
    focuses: row.focuses,
    figures: row.figures,
    rosters: row.rosters,
    links: row.links,
  };
}
