import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { REGION_CODE } from '../../core/region-code.ts';
import { SeedError } from '../seed-error.ts';

export const regionsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regions.csv');

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

/**
 * Reads and checks regions.csv; an error names the file, the line and the field. Kept apart
 * from the loader, which writes the tree, so the file importer reads the same tree without
 * the database.
 */
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
