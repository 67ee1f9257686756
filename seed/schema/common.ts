import { z } from 'zod';
import { REGION_CODE } from '../../core/region-code.ts';

export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id such as lithium-battery');
export const regionCode = z.string().regex(REGION_CODE, 'must be a short region code such as 36, 3608 or 360824');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
export const text = z.string().trim().min(1, 'must not be empty');
/** The sentence a fact came from, copied verbatim from its article. */
export const evidence = text;
export const stage = z.enum(['upstream', 'midstream', 'downstream']);

/** A fact's place: a park of the seed, or a region by its code (never both). */
export const placeFields = { park: kebabId.optional(), region: regionCode.optional() };

export function onePlace(entry: { park?: string; region?: string }): boolean {
  return !(entry.park && entry.region);
}
