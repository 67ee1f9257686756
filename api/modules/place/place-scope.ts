import { InputError } from '../../../core/input-error.ts';
import { EVERYWHERE, parkPlace } from '../../../core/place-key.ts';
import { normalizeRegionCode, regionAncestors } from '../../../core/region-code.ts';
import type { Loaders } from '../../loaders.ts';
import { keyOf } from '../node/global-id.ts';
import type { ParkRecord } from '../park/park-store.ts';
import type { RegionRecord } from '../region/region-store.ts';

/** A region or a park: where a firm, project, focus or figure belongs (GraphQL's `Place`). */
export type PlaceRecord = RegionRecord | ParkRecord;

type PlaceLoaders = Pick<Loaders, 'regions' | 'parks'>;

export function placeType(place: PlaceRecord): 'Region' | 'Park' {
  return 'code' in place ? 'Region' : 'Park';
}

/** Loads the place a fact points at: a park when it has one, else a region. */
export function loadPlace(ref: { parkId?: string | null; regionCode?: string | null }, { parks, regions }: PlaceLoaders): Promise<PlaceRecord | null> {
  if (ref.parkId) return parks.load(ref.parkId);
  if (ref.regionCode) return regions.load(ref.regionCode);
  return Promise.resolve(null);
}

/**
 * A place as an API argument gives it, in the form the statements take: the region code
 * normalised (`360800` → `3608`) and the park's key (`Park:x` → `x`); neither means everywhere.
 * The form is checked here, not that the place exists: resolvePlace does that, or the statement
 * itself (a listing's `regionKnown`), where a lookup would cost a round trip.
 */
export interface PlaceArgs {
  regionCode: string | null;
  parkId: string | null;
}

export function placeArgs(regionCode: string | null | undefined, parkId: string | null | undefined): PlaceArgs {
  return { regionCode: regionCode == null ? null : normalizeRegionCode(regionCode), parkId: parkId == null ? null : keyOf('Park', parkId) };
}

/** A place in the form the analytics statements take: its key in the derived rows, and itself. */
export interface PlaceKeys extends PlaceArgs {
  presenceKey: string;
}

/**
 * A place an analysis is about, in the form the analytics statements take: a region (with
 * everything below it), the park `parkId`, or everywhere.
 */
export interface PlaceScope {
  parkId: string | null;
  /** The region code the place is; null for a park and for everywhere. */
  scopeCode: string | null;
  cityCode: string | null;
  provinceCode: string | null;
  /** Null for everywhere. */
  place: PlaceRecord | null;
  /** The place's key in the derived presence rows (core/place-key.ts): a region code, `park:<id>` or `*`. */
  presenceKey: string;
}

/**
 * The key of the derived presence rows of the place an analysis names, read off the arguments
 * alone: an analysis is of one place, so a region and a park together are refused.
 */
export function presenceKeyOf({ regionCode, parkId }: PlaceArgs): string {
  if (regionCode && parkId) throw new InputError('BAD_PLACE', 'Give regionCode or parkId, not both.');
  if (parkId) return parkPlace(parkId);
  return regionCode ?? EVERYWHERE;
}

/** Refuses region codes that name no region: one error names them all. */
export function requireKnownRegions(codes: readonly string[], isKnown: (code: string) => boolean): void {
  const missing = codes.filter((code) => !isKnown(code));
  if (missing.length) throw new InputError('BAD_PLACE', `No region has code ${missing.map((c) => `"${c}"`).join(', ')}.`);
}

/** The one place an analysis is about, looked up and checked: a region, a park, or everywhere. */
export async function resolvePlace(loaders: PlaceLoaders, args: PlaceArgs): Promise<PlaceScope> {
  const presenceKey = presenceKeyOf(args);
  if (args.parkId) {
    const park = await loaders.parks.load(args.parkId);
    if (!park) throw new InputError('BAD_PLACE', `No park has id "${args.parkId}".`);
    const ancestors = park.regionCode ? regionAncestors(park.regionCode) : { cityCode: null, provinceCode: null };
    return { parkId: park.key, scopeCode: null, ...ancestors, place: park, presenceKey };
  }
  if (args.regionCode) {
    const region = await loaders.regions.load(args.regionCode);
    requireKnownRegions([args.regionCode], () => region !== null);
    return { parkId: null, scopeCode: args.regionCode, ...regionAncestors(args.regionCode), place: region!, presenceKey };
  }
  return { parkId: null, scopeCode: null, cityCode: null, provinceCode: null, place: null, presenceKey };
}

/**
 * Runs an analysis of a place while the place itself is looked up: the analysis reads the
 * derived rows by the place's keys, which the arguments give, so it need not wait a round trip
 * for the lookup. `scope` is there for the parts that need the place (a park's
 * region). An unknown place is reported before anything the analysis found wrong, as when the
 * two ran one after the other.
 */
export async function analysePlace<T>(
  loaders: PlaceLoaders,
  regionCode: string | null | undefined,
  parkId: string | null | undefined,
  analyse: (place: PlaceKeys, scope: Promise<PlaceScope>) => Promise<T>,
): Promise<{ scope: PlaceScope; result: T }> {
  const args = placeArgs(regionCode, parkId);
  const keys = { ...args, presenceKey: presenceKeyOf(args) };
  const scope = resolvePlace(loaders, args);
  const [place, analysis] = await Promise.allSettled([scope, analyse(keys, scope)]);
  if (place.status === 'rejected') throw place.reason;
  if (analysis.status === 'rejected') throw analysis.reason;
  return { scope: place.value, result: analysis.value };
}
