import type { Context } from '../graphql/context.ts';
import type { ParkRecord } from './park/park-store.ts';
import type { RegionRecord } from './region/region-store.ts';

export type PlaceRecord = RegionRecord | ParkRecord;

/** Loads the place a fact points at: a park when it has one, else a region. */
export function loadPlace(ref: { parkId?: string | null; regionCode?: string | null }, { parks, regions }: Context): Promise<PlaceRecord | null> {
  if (ref.parkId) return parks.load(ref.parkId);
  if (ref.regionCode) return regions.load(ref.regionCode);
  return Promise.resolve(null);
}

export function placeType(place: PlaceRecord): 'Region' | 'Park' {
  return 'code' in place ? 'Region' : 'Park';
}

/** Loads many records by key, dropping any that no longer exist; a failed load fails the field. */
export async function loadAll<T>(loader: { loadMany(keys: readonly string[]): Promise<(T | Error | null)[]> }, keys: readonly string[] | null | undefined): Promise<T[]> {
  const found = await loader.loadMany(keys ?? []);
  const failure = found.find((item) => item instanceof Error);
  if (failure) throw failure;
  return found.filter((item): item is T => item !== null);
}
