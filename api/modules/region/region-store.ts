import DataLoader from 'dataloader';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';

const findRegionsByCode = cypher('region/find-regions-by-code');
const listRegionChildren = cypher('region/list-region-children');

export interface RegionRecord {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
}

export interface RegionPage {
  total: number;
  /** Up to `limit + 1` children: one more than asked tells whether another page follows. */
  children: RegionRecord[];
}

/** Batches every region looked up while resolving one request into one query. */
export function regionLoader(db: Database): DataLoader<string, RegionRecord | null> {
  return new DataLoader(async (codes) => {
    const rows = await db.read<{ region: RegionRecord }>(findRegionsByCode, { codes });
    const byCode = new Map(rows.map(({ region }) => [region.code, region]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
}

/** One page of a region's children: up to `limit` of them (a page's size + 1, which tells whether another follows) after the code `after`. */
export interface ChildrenPageKey {
  code: string;
  after: string | null;
  limit: number;
}

/**
 * Batches the `children` pages asked for while resolving one level of a request into one query:
 * a list of regions each with its children is one statement, not one per region.
 */
export function regionChildrenLoader(db: Database): DataLoader<ChildrenPageKey, RegionPage, string> {
  const keyOf = ({ code, after, limit }: ChildrenPageKey) => JSON.stringify([code, after, limit]);
  return new DataLoader(
    async (pages) => {
      const rows = await db.read<RegionPage & { key: string }>(listRegionChildren, { pages: pages.map((page) => ({ ...page, key: keyOf(page) })) });
      const byKey = new Map(rows.map(({ key, total, children }) => [key, { total, children }]));
      return pages.map((page) => byKey.get(keyOf(page)) ?? { total: 0, children: [] });
    },
    { cacheKeyFn: keyOf },
  );
}
