import { EVERYWHERE, parkPlace } from '../core/place-key.ts';
import { FIRMS_KEPT, presenceRows, type FirmFacts, type PresenceRow, type ProjectFacts } from '../core/presence.ts';
import { relatedness } from '../core/product-space.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database, Transaction } from '../db/database.ts';
import { BATCH, DERIVED_VERSION, deriveAnalytics, readAll, withFirmKeys } from './derive-analytics.ts';
import { compareStrength, type RankedFirm } from './firm-strength.ts';

const statements = {
  findDerivedVersion: cypher('derive/find-derived-version'),
  touchedPlaces: cypher('derive/find-touched-places'),
  placeFirmFacts: cypher('derive/find-place-firm-facts'),
  firmFacts: cypher('derive/find-firm-facts'),
  projectFacts: cypher('derive/page-project-facts'),
  presence: cypher('derive/find-presence'),
  regionChildren: cypher('derive/find-region-children'),
  deletePresence: cypher('derive/delete-presence'),
  createPresence: cypher('derive/create-presence'),
  relatednessUnits: cypher('derive/find-relatedness-units'),
  deleteRelatedness: cypher('derive/delete-relatedness'),
  createRelatedness: cypher('derive/create-relatedness'),
};

/** Where an import's writes landed: the places whose derived rows it changes. */
export interface TouchedPlaces {
  /** Most precise regions (a firm's or project's regionPath[0]), before and after the import. */
  regions: Set<string>;
  parks: Set<string>;
  /** How many firms or projects the import wrote or placed. */
  entities: number;
  /** Whether it wrote projects, or firms that run projects: else the projects' side of every row stays as stored. */
  projects: boolean;
}

/**
 * Above these, an import derives everything again instead: reading the firms of many places one by
 * one costs more than reading every firm in pages (a million-row roster touches every county).
 */
const WHOLE_ABOVE = { entities: 100_000, places: 300 };

type StoredRow = PresenceRow & { firmKeys: string[] };
type ProjectPart = Omit<PresenceRow, 'place' | 'segment' | 'firmCount' | 'producerCount' | 'firmIds'> & { otherProducers: number };
interface FirmPart {
  count: number;
  firms: RankedFirm[];
}

/**
 * The projects' side of every row, counted from every project and the facts of their firms: when an
 * import wrote projects, or firms that run them (whose segments and places decide which projects
 * count as producers besides the place's makers).
 */
async function countProjects(tx: Transaction): Promise<Map<string, ProjectPart>> {
  const projects = await readAll<ProjectFacts>({ read: tx.run, write: tx.run }, statements.projectFacts);
  const firmIds = [...new Set(projects.flatMap((p) => (p.firmId ? [p.firmId] : [])))];
  const firms: FirmFacts[] = [];
  for (let i = 0; i < firmIds.length; i += BATCH) firms.push(...(await tx.run<FirmFacts>(statements.firmFacts, { ids: firmIds.slice(i, i + BATCH) })));
  const parts = new Map<string, ProjectPart>();
  for (const { place, segment, firmCount, producerCount, firmIds: _, ...rest } of presenceRows(firms, projects)) {
    if (rest.projectCount > 0 || producerCount > firmCount) parts.set(keyOf(place, segment), { ...rest, otherProducers: producerCount - firmCount });
  }
  return parts;
}

/** The projects' side of the stored rows: unchanged by an import that wrote no project and no firm that runs one. */
function storedProjectParts(rows: Map<string, StoredRow[]>): Map<string, ProjectPart> {
  const parts = new Map<string, ProjectPart>();
  for (const row of [...rows.values()].flat()) {
    const { projectCount, projectIds, projectStatuses, statuses, statusCounts } = row;
    if (projectCount > 0 || row.producerCount > row.firmCount) {
      parts.set(keyOf(row.place, row.segment), { projectCount, projectIds, projectStatuses, statuses, statusCounts, otherProducers: row.producerCount - row.firmCount });
    }
  }
  return parts;
}

/** Region codes nest, so their length is their level: 36 a province, 3608 a city, 360824 a county. */
const isCounty = (code: string) => code.length === 6;
const keyOf = (place: string, segment: string) => `${place}\u0000${segment}`;

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** The firm side of a place's rows, counted from the firms given (all of the place's, or those placed in it directly). */
function firmParts(firms: FirmFacts[], place: string): Map<string, FirmPart> {
  const parts = new Map<string, FirmPart>();
  for (const row of withFirmKeys(presenceRows(firms, []), firms)) {
    if (row.place !== place) continue;
    parts.set(row.segment, { count: row.firmCount, firms: row.firmIds.map((id, i) => ({ id, key: row.firmKeys[i]! })) });
  }
  return parts;
}

const partOfRow = (row: StoredRow | undefined): FirmPart => (row ? { count: row.firmCount, firms: row.firmIds.map((id, i) => ({ id, key: row.firmKeys[i]! })) } : { count: 0, firms: [] });

/** The row of a place and segment, from its firm side and the project side counted from every project; null when both are empty. */
function rowOf(place: string, segment: string, firms: FirmPart, projects: Map<string, ProjectPart>): StoredRow | null {
  const p = projects.get(keyOf(place, segment));
  if (firms.count === 0 && !p) return null;
  return {
    place, segment, firmCount: firms.count, producerCount: firms.count + (p?.otherProducers ?? 0),
    firmIds: firms.firms.map((f) => f.id), firmKeys: firms.firms.map((f) => f.key),
    projectCount: p?.projectCount ?? 0, projectIds: p?.projectIds ?? [], projectStatuses: p?.projectStatuses ?? [],
    statuses: p?.statuses ?? [], statusCounts: p?.statusCounts ?? [],
  };
}

const sameRow = (a: StoredRow | undefined, b: StoredRow | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Derives again only what an import changed, in its transaction: the presence rows of the places
 * it touched and of every place above them, and the relatedness rows (which depend on every
 * region, and are recomputed whole from the stored presence rows: cheap, a few thousand units).
 *
 * - A touched county (or park) is counted again from its own firms, read by place.
 * - A city, province or the country is added up from its children's rows (the 150 strongest firms
 *   of a place are among the 150 strongest of its children, merged by the strength keys the rows
 *   keep) and the firms placed in it directly; only for the segments whose county or park rows changed.
 * - The project side (counts by status, the projects to show, producers that make no firm of
 *   the place a maker) is the stored one, unless the import wrote projects or firms that run
 *   them: then it is counted again from every project.
 *
 * The country's directly placed firms (those with no region) are not read: they are the country's
 * old list less its provinces'. When a firm of the import could be one of them, or the country's
 * list cannot be known exactly from the stored rows, returns false: derive everything instead.
 */
async function deriveTouched(tx: Transaction, touched: TouchedPlaces): Promise<boolean> {
  const found = await tx.run<{ region: string | null; park: string | null; path: string[] }>(statements.touchedPlaces, { regions: [...touched.regions], parks: [...touched.parks] });
  const regions = new Set<string>();
  const parks = new Set<string>();
  let directAboveCounty = false;
  for (const place of found) {
    for (const code of place.path) regions.add(code);
    if (place.park) parks.add(place.park);
    if (place.region && !isCounty(place.region)) directAboveCounty = true;
  }
  const counties = [...regions].filter(isCounty);
  // Cities before provinces: each adds up rows made before it.
  const above = [...regions].filter((code) => !isCounty(code)).sort((a, b) => b.length - a.length);

  const firms = await tx.run<FirmFacts>(statements.placeFirmFacts, { regions: [...regions] });
  const firmsOfUnit = groupBy(firms, (f) => f.regionPath?.[0] ?? null);
  const firmsOfPark = groupBy(firms, (f) => f.parkId);

  const leaves = [...counties, ...[...parks].map(parkPlace)];
  const old = groupBy(await tx.run<StoredRow>(statements.presence, { places: [...leaves, ...above, EVERYWHERE], segments: null }), (r) => r.place);
  const projectParts = touched.projects ? await countProjects(tx) : storedProjectParts(old);
  const projectSegments = groupBy([...projectParts.keys()], (key) => key.split('\u0000')[0]!);
  const oldRow = (place: string, segment: string) => old.get(place)?.find((r) => r.segment === segment);

  const fresh = new Map<string, StoredRow>();
  const changed = new Set<string>();
  for (const place of leaves) {
    const own = place.startsWith('park:') ? (firmsOfPark.get(place.slice('park:'.length)) ?? []) : (firmsOfUnit.get(place) ?? []);
    const parts = firmParts(own, place);
    const segments = new Set([...parts.keys(), ...(projectSegments.get(place) ?? []).map((k) => k.split('\u0000')[1]!), ...(old.get(place) ?? []).map((r) => r.segment)]);
    for (const segment of segments) {
      const row = rowOf(place, segment, parts.get(segment) ?? { count: 0, firms: [] }, projectParts);
      if (row) fresh.set(keyOf(place, segment), row);
      if (!sameRow(row ?? undefined, oldRow(place, segment))) changed.add(segment);
    }
  }
  // A firm placed in a city or province itself changes rows no county shows: every segment is derived again above.
  const segmentsAbove: string[] | null = directAboveCounty ? null : [...changed];

  const childrenOf = new Map((await tx.run<{ place: string; children: string[] }>(statements.regionChildren, { places: [...above, EVERYWHERE] })).map((r) => [r.place, r.children]));
  const untouched = [...new Set([...childrenOf.values()].flat())].filter((code) => !regions.has(code));
  const stored = new Map((await tx.run<StoredRow>(statements.presence, { places: untouched, segments: segmentsAbove })).map((r) => [keyOf(r.place, r.segment), r]));
  // A child's rows as they are now: made above when touched, else as stored.
  const currentRow = (place: string, segment: string) => (regions.has(place) ? fresh.get(keyOf(place, segment)) : stored.get(keyOf(place, segment)));
  const priorRow = (place: string, segment: string) => (regions.has(place) ? oldRow(place, segment) : stored.get(keyOf(place, segment)));

  for (const place of [...above, EVERYWHERE]) {
    const children = childrenOf.get(place) ?? [];
    const direct = place === EVERYWHERE ? null : firmParts(firmsOfUnit.get(place) ?? [], place);
    const segments = segmentsAbove ?? [
      ...new Set([
        ...(old.get(place) ?? []).map((r) => r.segment),
        ...(direct ? [...direct.keys()] : []),
        ...(projectSegments.get(place) ?? []).map((k) => k.split('\u0000')[1]!),
        ...children.flatMap((c) => [...fresh.values(), ...stored.values()].filter((r) => r.place === c).map((r) => r.segment)),
      ]),
    ];
    for (const segment of segments) {
      const parts = children.map((c) => partOfRow(currentRow(c, segment)));
      let own: FirmPart;
      if (direct) own = direct.get(segment) ?? { count: 0, firms: [] };
      else {
        const before = partOfRow(oldRow(place, segment));
        const inChildren = new Set(children.flatMap((c) => priorRow(c, segment)?.firmIds ?? []));
        const count = before.count - children.reduce((sum, c) => sum + (priorRow(c, segment)?.firmCount ?? 0), 0);
        own = { count, firms: before.firms.filter((f) => !inChildren.has(f.id)) };
      }
      const merged = [...parts.flatMap((p) => p.firms), ...own.firms].sort(compareStrength).slice(0, FIRMS_KEPT);
      if (!direct && own.count > own.firms.length) {
        // Firms of the country's own that were not listed rank below the old list's last: the new list is exact only if it ends above it.
        const last = partOfRow(oldRow(place, segment)).firms.at(-1);
        if (!last || merged.length < FIRMS_KEPT || compareStrength(merged.at(-1)!, last) > 0) return false;
      }
      const count = parts.reduce((sum, p) => sum + p.count, own.count);
      const row = rowOf(place, segment, { count, firms: merged }, projectParts);
      if (row) fresh.set(keyOf(place, segment), row);
    }
  }

  await tx.run(statements.deletePresence, { places: leaves, segments: null });
  await tx.run(statements.deletePresence, { places: [...above, EVERYWHERE], segments: segmentsAbove });
  const rows = [...fresh.values()];
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(statements.createPresence, { rows: rows.slice(i, i + BATCH) });

  const units = await tx.run<{ unit: string; segments: string[] }>(statements.relatednessUnits);
  await tx.run(statements.deleteRelatedness);
  await tx.run(statements.createRelatedness, { rows: relatedness(units.map((u) => u.segments)) });
  return true;
}

/**
 * Finishes an import: runs `work` (its counts and roster) and derives the rows it changed. An
 * import that touched few places derives them in the same transaction (deriveTouched); a big one
 * — or a store derived by another version of derive — derives everything again, in batches after
 * `work` is committed, as a bulk load does: the caller undoes the import if that fails.
 */
export async function deriveAfterImport(db: Database, touched: TouchedPlaces, work: (tx: Transaction) => Promise<void>): Promise<{ deriveMs: number; derive: 'touched' | 'whole' }> {
  const [row] = await db.read<{ version: number | null }>(statements.findDerivedVersion);
  const big = touched.entities > WHOLE_ABOVE.entities || touched.regions.size + touched.parks.size > WHOLE_ABOVE.places;
  if (row?.version === DERIVED_VERSION && !big) {
    return db.writeTransaction('derive/derive-after-import', async (tx) => {
      await work(tx);
      const started = performance.now();
      const exact = await deriveTouched(tx, touched);
      if (!exact) await deriveAnalytics({ read: tx.run, write: tx.run });
      return { deriveMs: Math.round(performance.now() - started), derive: exact ? 'touched' : 'whole' };
    });
  }
  await db.writeTransaction('import/finish-import', work);
  const started = performance.now();
  await deriveAnalytics({ read: (q, p) => db.read(q, p), write: (q, p) => db.write(q, p) });
  return { deriveMs: Math.round(performance.now() - started), derive: 'whole' };
}

