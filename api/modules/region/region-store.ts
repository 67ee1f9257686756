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

export async function listChildren(db: Database, code: string, after: string | null, limit: number): Promise<RegionPage> {
  const [row] = await db.read<RegionPage>(listRegionChildren, { code, after, limit: limit + 1 });
  return row ?? { total: 0, children: [] };
}
