import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { RegionIndex } from '../check/region-index.ts';

const matchParks = cypher('import/match-parks');

export interface KnownPark {
  id: string;
  region: string | null;
}

/** The parks of the graph a file's park names name, by name or alias. */
export async function findParks(db: Database, names: Iterable<string>): Promise<Map<string, KnownPark[]>> {
  const unique = [...new Set(names)];
  const found = new Map<string, KnownPark[]>();
  if (unique.length === 0) return found;
  for (const row of await db.read<{ name: string; id: string; region: string | null }>(matchParks, { names: unique })) {
    found.set(row.name, [...(found.get(row.name) ?? []), { id: row.id, region: row.region }]);
  }
  return found;
}

/**
 * The one park a row means: of those so named, the one in (or over) the row's region when it gives
 * one; null when none, or when several fit and the region cannot tell them apart.
 */
export function pickPark(parks: Map<string, KnownPark[]>, name: string | null, regionCode: string | null): KnownPark | null {
  if (!name) return null;
  const named = parks.get(name) ?? [];
  const fitting = regionCode
    ? named.filter((p) => p.region && (RegionIndex.within(p.region, regionCode) || RegionIndex.within(regionCode, p.region)))
    : named;
  return fitting.length === 1 ? fitting[0]! : null;
}
