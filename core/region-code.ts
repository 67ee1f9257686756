import { InputError } from './input-error.ts';

/** A stored region code: 2 digits for a province, 4 for a city, 6 for a county-level division. */
export const REGION_CODE = /^(\d{2}|\d{4}|\d{6})$/;

/**
 * The short code we store, from a short code (`36`, `3608`, `360824`) or its 6-digit
 * GB/T 2260 form (`360000`, `360800`). A 6-digit code ending in 00 names a city (or, with
 * 0000, a province): 441900 is 东莞市.
 */
export function normalizeRegionCode(input: string): string {
  const code = input.trim();
  if (!REGION_CODE.test(code)) {
    throw new InputError(
      'BAD_REGION_CODE',
      `Region code "${input}" is malformed: use 2, 4 or 6 digits, such as 36 (江西省), 3608 or 360800 (吉安市), 360824 (新干县).`,
    );
  }
  if (code.length === 6 && code.endsWith('0000')) return code.slice(0, 2);
  if (code.length === 6 && code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Region codes nest (360824 → 3608 → 36), so a region's city and province read off its code. */
export function regionAncestors(code: string): { cityCode: string | null; provinceCode: string } {
  return { cityCode: code.length >= 4 ? code.slice(0, 4) : null, provinceCode: code.slice(0, 2) };
}

/** The 6-digit GB/T 2260 form of a short code. */
export function gbCode(code: string): string {
  return code.padEnd(6, '0');
}
