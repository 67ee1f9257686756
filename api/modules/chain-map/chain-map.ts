import { MAX_GAP_LIST } from '../../../core/presence.ts';
import { cypher } from '../../../db/cypher-files.ts';
import { InputError, requireWholeNumber } from '../../../core/input-error.ts';
import type { Database } from '../../../db/database.ts';
import { keyOf } from '../node/global-id.ts';
import type { PlaceScope } from '../place/place-scope.ts';
import type { ProjectRecord } from '../project/project-store.ts';

const chainMapQuery = cypher('chain-map/chain-map');

export type Coverage = 'PRESENT' | 'THIN' | 'MISSING';

export interface SegmentCoverageRecord {
  key: string;
  stage: string;
  coverage: Coverage;
  firmCount: number;
  /** The strongest firms, enough for a map; firmCount says how many there are. */
  firmIds: string[];
  projectCount: number;
  /** The projects to show first (pipeline first, latest signed first); projectCount says how many there are. */
  projects: { key: string; status: ProjectRecord['status'] }[];
  /** Every project of the place and segment counted by status. */
  projectsByStatus: { status: ProjectRecord['status']; count: number }[];
}

interface CoverageRow extends Omit<SegmentCoverageRecord, 'coverage' | 'projects' | 'projectsByStatus'> {
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

export interface ChainCoverageRecord {
  chainId: string;
  scope: PlaceScope;
  thinThreshold: number;
  segments: SegmentCoverageRecord[];
  links: SegmentLinkRecord[];
}

/** @default 3: one or two firms in a link is a thin link for an investment-promotion team. */
export const DEFAULT_THIN_THRESHOLD = 3;
const FIRMS_PER_SEGMENT = 20;
/** Gap candidates are exact up to here: see FIRMS_KEPT in core/presence.ts. */
export const MAX_THIN_THRESHOLD = MAX_GAP_LIST;

/** PRESENT with at least `threshold` firms, THIN with fewer, MISSING with none. */
export function coverageOf(firmCount: number, threshold: number): Coverage {
  if (firmCount === 0) return 'MISSING';
  return firmCount < threshold ? 'THIN' : 'PRESENT';
}

export function checkThreshold(threshold: number | null | undefined): number {
  return requireWholeNumber('thinThreshold', threshold ?? DEFAULT_THIN_THRESHOLD, 1, MAX_THIN_THRESHOLD, 'BAD_THRESHOLD');
}

const storedStatus = (status: string) => (status === '' ? null : status) as ProjectRecord['status'];

/** Which segments of a chain a place has, thinly has or lacks: one round trip, to the derived presence rows. */
export async function chainMap(
  db: Database,
  chainId: string,
  presenceKey: string,
  thinThreshold: number,
): Promise<Omit<ChainCoverageRecord, 'scope'>> {
  const key = keyOf('Chain', chainId);
  const [row] = await db.read<{ segments: CoverageRow[]; links: ChainCoverageRecord['links'] }>(chainMapQuery, {
    chainId: key,
    place: presenceKey,
    firmsPerSegment: FIRMS_PER_SEGMENT,
  });
  if (!row) throw new InputError('UNKNOWN_CHAIN', `No chain has id "${chainId}"; the chains field lists them all.`);
  return {
    chainId: key,
    thinThreshold,
    segments: row.segments.map(({ statuses, statusCounts, projects, ...segment }) => ({
      ...segment,
      coverage: coverageOf(segment.firmCount, thinThreshold),
      projects: projects.map((project) => ({ key: project.key, status: storedStatus(project.status) })),
      projectsByStatus: statuses.map((status, i) => ({ status: storedStatus(status), count: statusCounts[i]! })),
    })),
    links: row.links,
  };
}

