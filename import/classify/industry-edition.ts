import type { ColumnMapping } from '../columns/map-columns.ts';
import type { IndustryEdition } from './place-records.ts';

export interface EditionChoice {
  edition: IndustryEdition;
  /**
   * Why: `given` (--industry-edition), `header` (the industry columns' headers say 国标行业, as
   * today's 企查查 / 天眼查 exports do, which follow GB/T 4754-2017), `default` (2017 assumed), or
   * `none` (the file has no industry column).
   */
  source: 'given' | 'header' | 'default' | 'none';
}

const INDUSTRY_FIELDS = new Set(['industrySection', 'industryDivision', 'industryGroup', 'industryClass']);

/** The edition of a roster's industry codes: the one given, else 2017, said why. */
export function industryEdition(mapping: Pick<ColumnMapping, 'columns'>, given?: IndustryEdition): EditionChoice {
  if (given) return { edition: given, source: 'given' };
  const headers = [...mapping.columns.values()].filter((c) => INDUSTRY_FIELDS.has(c.field)).map((c) => c.header);
  if (headers.length === 0) return { edition: 2017, source: 'none' };
  return { edition: 2017, source: headers.some((h) => h.includes('国标行业')) ? 'header' : 'default' };
}
