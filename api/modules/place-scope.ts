import type { Context } from '../graphql/context.ts';
import { InputError } from '../graphql/input-error.ts';
import { keyOf } from './node/global-id.ts';
import { EVERYWHERE, parkPlace } from './presence/presence-key.ts';
import type { PlaceRecord } from './place.ts';
import { normalizeRegionCode } from './region/region-code.ts';

/**
 * A place an analysis is about, in the form the analytics statements take: a region (with
 * everything below it), the park `parkId`, or everywhere.
 */
export interface PlaceScope {
  parkId: string | null;
  /** The region code the place is, or lies in (a park's region); null for everywhere. */
  scopeCode: string | null;
  cityCode: string | null;
  provinceCode: string | null;
  /** Null for everywhere. */
  place: PlaceRecord | null;
  /** The place's key in the derived presence rows (seed/derive/presence.ts): a region code, `park:<id>` or `*`. */
  presenceKey: string;
}

/** Region codes nest (360824 → 3608 → 36), so a place's city and province read off its code. */
function ancestors(code: string) {
  return { cityCode: code.length >= 4 ? code.slice(0, 4) : null, provinceCode: code.slice(0, 2) };
}

/**
 * The key of a place's derived presence rows, read off the arguments alone: their form is
 * checked here, not that the place exists (resolvePlace does that).
 */
export function presenceKeyOf(regionCode?: string | null, parkId?: string | null): string {
  if (regionCode && parkId) throw new InputError('BAD_PLACE', 'Give regionCode or parkId, not both.');
  if (parkId) return parkPlace(keyOf('Park', parkId));
  if (regionCode) return normalizeRegionCode(regionCode);
  return EVERYWHERE;
}

/**
 * Runs an analysis of a place while the place itself is looked up: the analysis reads the
 * derived rows by the place's presence key, which the arguments give, so it need not wait a
 * round trip for the lookup. `scope` is there for the parts that need the place (a park's
 * region). An unknown place is reported before anything the analysis found wrong, as when the
 * two ran one after the other.
 */
export async function analysePlace<T>(
  context: Context,
  regionCode: string | null | undefined,
  parkId: string | null | undefined,
  analyse: (presenceKey: string, scope: Promise<PlaceScope>) => Promise<T>,
): Promise<{ scope: PlaceScope; result: T }> {
  const presenceKey = presenceKeyOf(regionCode, parkId);
  const scope = resolvePlace(context, regionCode, parkId);
  const [place, analysis] = await Promise.allSettled([scope, analyse(presenceKey, scope)]);
  if (place.status === 'rejected') throw place.reason;
  if (analysis.status === 'rejected') throw analysis.reason;
  return { scope: place.value, result: analysis.value };
}

export async function resolvePlace(context: Context, regionCode?: string | null, parkId?: string | null): Promise<PlaceScope> {
  const presenceKey = presenceKeyOf(regionCode, parkId);
  if (parkId) {
    const park = await context.parks.load(keyOf('Park', parkId));
    if (!park) throw new InputError('BAD_PLACE', `No park has id "${parkId}".`);
    const scopeCode = park.regionCode;
    return {
      parkId: park.key, scopeCode: null, ...(scopeCode ? ancestors(scopeCode) : { cityCode: null, provinceCode: null }),
      place: park, presenceKey,
    };
  }
  if (regionCode) {
    // A region's presence key is its normalised code.
    const region = await context.regions.load(presenceKey);
    if (!region) throw new InputError('BAD_PLACE', `No region has code "${regionCode}".`);
    return { parkId: null, scopeCode: presenceKey, ...ancestors(presenceKey), place: region, presenceKey };
  }
  return { parkId: null, scopeCode: null, cityCode: null, provinceCode: null, place: null, presenceKey };
}
