import { InputError } from '../../graphql/input-error.ts';

/**
 * The short code we store, from a short code (`36`, `3608`, `360824`) or its 6-digit
 * GB/T 2260 form (`360000`, `360800`). A 6-digit code ending in 00 names a city (or, with
 * 0000, a province): 441900 is 东莞市.
 */
export function normalizeRegionCode(input: string): string {
  const code = input.trim();
  if (!/^(\d{2}|\d{4}|\d{6})$/.test(code)) {
    throw new InputError(
      'BAD_REGION_CODE',
      `Region code "${input}" is malformed: use 2, 4 or 6 digits, such as 36 (江西省), 3608 or 360800 (吉安市), 360824 (新干县).`,
    );
  }
  if (code.length === 6 && code.endsWith('0000')) return code.slice(0, 2);
  if (code.length === 6 && code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** The 6-digit GB/T 2260 form of a short code. */
export function gbCode(code: string): string {
  return code.padEnd(6, '0');
}
