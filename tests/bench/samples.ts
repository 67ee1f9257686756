import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';

/**
 * What one iteration asks about, for every workload at once: iteration k of every workload and
 * every contender uses sample k mod the sample count, so they all see the same sequence. The
 * field names are also those the peer's operations read (tests/bench/peer/operations.ts).
 */
export interface Sample {
  /** A firm id (the key, e.g. `jingui-silver`). */
  firmId: string;
  /** A county that has firms: short code and name. */
  regionCode: string;
  regionName: string;
  /** A county with firms and the chain most of them make segments of. */
  chainRegionCode: string;
  chainId: string;
  /** A county name or the name of a segment firms make, alternately. */
  searchText: string;
  /** A province with projects, and one status (as stored: `signed`) that some of them have. */
  provinceCode: string;
  status: string;
}

const sampleFirms = cypher('database/sample-firms');
const sampleCounties = cypher('database/sample-counties');
const sampleCountyChains = cypher('database/sample-county-chains');
const sampleProvinceStatuses = cypher('database/sample-province-statuses');
const sampleSegmentNames = cypher('database/sample-segment-names');

/** Draws `count` samples; the same graph always gives the same samples in the same order. */
export async function drawSamples(db: Database, count: number): Promise<Sample[]> {
  const firms = await db.read<{ id: string }>(sampleFirms, { count });
  const counties = await db.read<{ code: string; name: string }>(sampleCounties, { count });
  const countyChains = await db.read<{ code: string; chainId: string }>(sampleCountyChains, {
    codes: counties.map((c) => c.code),
  });
  const provinceStatuses = spread(await db.read<{ code: string; status: string }>(sampleProvinceStatuses), count);
  const segments = await db.read<{ name: string }>(sampleSegmentNames, { count });
  const searchTexts = interleave(
    counties.map((c) => c.name),
    segments.map((s) => s.name),
  );

  requireSome(firms, 'firms');
  requireSome(counties, 'counties with firms');
  requireSome(countyChains, 'counties whose firms make a segment of a chain');
  requireSome(provinceStatuses, 'provinces with projects of a known status');

  return Array.from({ length: count }, (_, i) => {
    const county = counties[i % counties.length]!;
    const countyChain = countyChains[i % countyChains.length]!;
    const provinceStatus = provinceStatuses[i % provinceStatuses.length]!;
    return {
      firmId: firms[i % firms.length]!.id,
      regionCode: county.code,
      regionName: county.name,
      chainRegionCode: countyChain.code,
      chainId: countyChain.chainId,
      searchText: searchTexts[i % searchTexts.length]!,
      provinceCode: provinceStatus.code,
      status: provinceStatus.status,
    };
  });
}

/** At most `count` items spread evenly over the list, in its order. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

function requireSome(rows: unknown[], what: string): void {
  if (rows.length === 0) throw new UserFacingError(`The benchmarked graph has no ${what}: nothing to sample.`);
}
