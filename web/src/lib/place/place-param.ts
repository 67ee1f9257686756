/**
 * A place as the views' URLs carry it. The only code that reads a place from URL parameters
 * or writes one into them: a link from any view opens the same place in any other.
 */

/** A region, a park, or neither: the whole country. Its fields are the API's place arguments. */
export type Place = { regionCode: string; parkId?: undefined } | { parkId: string; regionCode?: undefined } | Everywhere;
export type Everywhere = { regionCode?: undefined; parkId?: undefined };

export const EVERYWHERE: Everywhere = {};

const PARK_PREFIX = 'park:';

/**
 * Every parameter a place is or has been written in: `place=<code>` or `place=park:<key>`;
 * `code=<code>`, which the place page writes for a region; and `park=<key>`, which the place
 * page and the projects view wrote for a park before.
 */
export const PLACE_PARAMS = ['place', 'code', 'park'] as const;
type PlaceParam = (typeof PLACE_PARAMS)[number];

/** Reads a place in any form it has been written in, so old links still open it. */
export function readPlace(params: URLSearchParams): Place {
  const park = params.get('park');
  if (park) return { parkId: park };
  const value = params.get('place') || params.get('code');
  if (!value) return EVERYWHERE;
  if (!value.startsWith(PARK_PREFIX)) return { regionCode: value };
  const parkId = value.slice(PARK_PREFIX.length);
  return parkId ? { parkId } : EVERYWHERE;
}

/**
 * The URL parameters of a place, for `href` or `route.update`: the one that carries it, and
 * null for every other form, so that updating a URL clears a place written in an older form.
 * `regionParam` names the region's parameter: `code` on the place page, whose published links
 * are `#/place?code=4310`; `place` everywhere else.
 * @default regionParam 'place'
 */
export function placeParams(place: Place, regionParam: 'place' | 'code' = 'place'): Record<PlaceParam, string | null> {
  const params: Record<PlaceParam, string | null> = { place: null, code: null, park: null };
  if (place.regionCode) params[regionParam] = place.regionCode;
  else if (place.parkId) params.place = `${PARK_PREFIX}${place.parkId}`;
  return params;
}

/** The API's arguments for a place: `regionCode` or `parkId`, neither for the whole country. */
export function placeVariables(place: Place): { regionCode?: string; parkId?: string } {
  if (place.regionCode) return { regionCode: place.regionCode };
  if (place.parkId) return { parkId: place.parkId };
  return {};
}

/** One string per place, to compare places or key a cache by: the value `place=` carries. */
export function placeKey(place: Place): string | null {
  return placeParams(place).place;
}
