import { normalizeRegionCode, REGION_CODE } from '../../core/region-code.ts';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { nameKey } from '../check/duplicates.ts';
import type { RegionIndex } from '../check/region-index.ts';
import { ImportError } from '../import-error.ts';
import { diffProps, previousOf, type EntityPlan, type Props } from './entity-plan.ts';
import { findParks } from './find-parks.ts';
import type { ImportStamp } from './import-stamp.ts';

const findRoster = cypher('import/find-roster');
const findParksById = cypher('park/find-parks-by-id');

export interface RosterRequest {
  /** A region code (360824), a region's name (新干县), a park's id as `park:<id>`, or a park's name. */
  place: string;
  /** Which firms the roster lists, e.g. 规上工业企业. */
  scope: string;
  /** The date the roster is complete as of, 'YYYY-MM-DD'. */
  asOf: string | null;
}

export interface RosterPlan extends EntityPlan {
  region: string | null;
  park: string | null;
  placeName: string;
}

interface Place {
  region: string | null;
  park: string | null;
  name: string;
}

async function resolvePlace(db: Database, regions: RegionIndex, text: string): Promise<Place> {
  const value = text.trim();
  const parkId = /^park:(.+)$/.exec(value)?.[1];
  if (parkId) {
    const [row] = await db.read<{ park: { key: string; name: string } }>(findParksById, { ids: [parkId] });
    if (!row) throw new ImportError('unknownPlace', { place: value });
    return { region: null, park: row.park.key, name: row.park.name };
  }
  if (REGION_CODE.test(value)) {
    const region = regions.byCode.get(normalizeRegionCode(value));
    if (!region) throw new ImportError('unknownPlace', { place: value });
    return { region: region.code, park: null, name: region.name };
  }
  const named = regions.namedLoosely(value);
  if (named.length > 1) throw new ImportError('ambiguousPlace', { place: value, candidates: named.map((r) => `${regions.path(r.code)} (${r.code})`).join('、') });
  if (named.length === 1) return { region: named[0]!.code, park: null, name: named[0]!.name };
  const parks = (await findParks(db, [value])).get(value) ?? [];
  if (parks.length === 1) return { region: null, park: parks[0]!.id, name: value };
  if (parks.length > 1) throw new ImportError('ambiguousPlace', { place: value, candidates: parks.map((p) => `park:${p.id}`).join('、') });
  throw new ImportError('unknownPlace', { place: value });
}

/**
 * The roster an import declares complete for a place and scope: one per place and scope (a later
 * file for the same place and scope updates it). Only such a claim lets a chain map call a segment
 * MISSING rather than UNKNOWN there (core/coverage.ts).
 */
export async function planRoster(db: Database, regions: RegionIndex, request: RosterRequest, stamp: ImportStamp): Promise<RosterPlan> {
  const place = await resolvePlace(db, regions, request.place);
  const id = `roster-${place.park ? `park-${place.park}` : place.region}-${nameKey(request.scope)}`;
  const wanted: Props = {
    title: `${place.name}${request.scope}名录（${stamp.fileName}）`,
    scope: request.scope,
    complete: true,
    asOf: request.asOf,
    file: stamp.fileName,
  };
  const [row] = await db.read<{ roster: Record<string, unknown> }>(findRoster, { id });
  const base = { id, row: 0, region: place.region, park: place.park, placeName: place.name, relTypes: [], previousRels: [] };
  if (!row) return { ...base, op: 'new', props: { ...wanted, source: stamp.id, note: null }, previous: null };
  const { changed, previous } = diffProps(row.roster, wanted);
  if (Object.keys(changed).length === 0) return { ...base, op: 'unchanged', props: {}, previous: null };
  return { ...base, op: 'changed', props: { ...changed, source: stamp.id }, previous: { ...previous, ...previousOf(row.roster, ['source']) } };
}
