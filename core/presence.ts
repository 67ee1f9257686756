import { EVERYWHERE, parkPlace } from './place-key.ts';
import { isPipeline, isProducing } from './pipeline.ts';

/**
 * Presence: for every place (a region at any level, a park, or '*' for the whole country) and
 * every segment found there, how many firms make it and projects add it, with the strongest
 * firms and the projects to show first. Chain maps, gap candidates and extension opportunities
 * read these rows instead of walking every firm of a place on each request.
 */

export interface FirmFacts {
  id: string;
  regionPath: string[] | null;
  parkId: string | null;
  segments: string[];
  /** Projects the firm runs and their total investment: with segments, its strength as a candidate. */
  investments: number[];
}

export interface ProjectFacts {
  id: string;
  /** The firm that runs it, when the sources name one. */
  firmId: string | null;
  regionPath: string[] | null;
  parkId: string | null;
  status: string | null;
  /** 'YYYY-MM-DD' or null. */
  signedOn: string | null;
  segments: string[];
}

export interface PresenceRow {
  place: string;
  segment: string;
  firmCount: number;
  /**
   * Who makes it there: the firms of firmCount, and the firm of each producing or completed
   * project there that adds it (a project without a named firm counts as one), each once.
   */
  producerCount: number;
  /** The strongest firms first (projects, investment, segments made, id), at most FIRMS_KEPT. */
  firmIds: string[];
  projectCount: number;
  /** Pipeline projects first (not yet producing), latest signed first, at most PROJECTS_KEPT; their statuses ('' unknown). */
  projectIds: string[];
  projectStatuses: string[];
  /** Every project of the place and segment counted by status ('' unknown). */
  statuses: string[];
  statusCounts: number[];
}

/**
 * Gap candidates come from the lists of the place's city, province and the country. A list must
 * still hold `candidatesPerGap` (≤ 50) firms after dropping those of the nearer level, which has
 * fewer than candidatesPerGap + thinThreshold (≤ 50) of them when the farther list is needed:
 * 2 × 50 + 50 firms are enough for exact answers.
 */
/** A project status as presence rows store it: '' for a status the sources do not give (Cypher lists hold no null). */
export const presenceStatus = (status: string | null): string => status ?? '';

/** The status a presence row stores, read back: null where the sources do not give one. */
export const statusOfPresence = (stored: string): string | null => (stored === '' ? null : stored);

export const MAX_GAP_LIST = 50;
export const FIRMS_KEPT = 2 * MAX_GAP_LIST + MAX_GAP_LIST;
export const PROJECTS_KEPT = 20;

function placesOf(facts: { regionPath: string[] | null; parkId: string | null }): string[] {
  return [...(facts.regionPath ?? []), ...(facts.parkId ? [parkPlace(facts.parkId)] : []), EVERYWHERE];
}

/** A row while it is being counted: statuses in a map until the end. */
type Group = Omit<PresenceRow, 'statuses' | 'statusCounts'> & { byStatus: Map<string, number>; otherProducers: Set<string> };

export function presenceRows(firms: FirmFacts[], projects: ProjectFacts[]): PresenceRow[] {
  const groups = new Map<string, Group>();
  const group = (place: string, segment: string) => {
    const key = `${place}\u0000${segment}`;
    let found = groups.get(key);
    if (!found) {
      found = {
        place, segment, firmCount: 0, producerCount: 0, firmIds: [], projectCount: 0, projectIds: [], projectStatuses: [],
        byStatus: new Map(), otherProducers: new Set(),
      };
      groups.set(key, found);
    }
    return found;
  };

  const strength = firms.map((f) => ({ f, projects: f.investments.length, investment: f.investments.reduce((a, b) => a + b, 0) }));
  strength.sort(
    (a, b) =>
      b.projects - a.projects || b.investment - a.investment || b.f.segments.length - a.f.segments.length || (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0),
  );
  for (const { f } of strength) {
    const places = placesOf(f);
    for (const segment of new Set(f.segments)) {
      for (const place of places) {
        const g = group(place, segment);
        g.firmCount += 1;
        g.producerCount += 1;
        if (g.firmIds.length < FIRMS_KEPT) g.firmIds.push(f.id);
      }
    }
  }

  const firmsById = new Map(firms.map((f) => [f.id, f]));
  /** Whether the project's firm is already counted as a maker of the segment in the place. */
  const madeThere = (p: ProjectFacts, segment: string, place: string) => {
    const firm = p.firmId ? firmsById.get(p.firmId) : undefined;
    return firm !== undefined && firm.segments.includes(segment) && placesOf(firm).includes(place);
  };

  const ordered = projects.map((p) => ({ p, status: presenceStatus(p.status) }));
  ordered.sort(
    (a, b) =>
      Number(isPipeline(b.p.status)) - Number(isPipeline(a.p.status)) ||
      (b.p.signedOn ?? '').localeCompare(a.p.signedOn ?? '') ||
      (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0),
  );
  for (const { p, status } of ordered) {
    const places = placesOf(p);
    for (const segment of new Set(p.segments)) {
      for (const place of places) {
        const g = group(place, segment);
        g.projectCount += 1;
        g.byStatus.set(status, (g.byStatus.get(status) ?? 0) + 1);
        const producer = p.firmId ?? `project:${p.id}`;
        if (isProducing(p.status) && !madeThere(p, segment, place) && !g.otherProducers.has(producer)) {
          g.otherProducers.add(producer);
          g.producerCount += 1;
        }
        if (g.projectIds.length < PROJECTS_KEPT) {
          g.projectIds.push(p.id);
          g.projectStatuses.push(status);
        }
      }
    }
  }

  return [...groups.values()].map(({ byStatus, otherProducers: _, ...g }) => ({ ...g, statuses: [...byStatus.keys()], statusCounts: [...byStatus.values()] }));
}

/** The segments present in each most precise region (a firm's or project's own), the units of relatedness. */
export function segmentsByRegion(firms: FirmFacts[], projects: ProjectFacts[]): Map<string, Set<string>> {
  const units = new Map<string, Set<string>>();
  for (const facts of [...firms, ...projects]) {
    const unit = facts.regionPath?.[0];
    if (!unit) continue;
    const set = units.get(unit) ?? new Set<string>();
    for (const segment of facts.segments) set.add(segment);
    units.set(unit, set);
  }
  return units;
}
