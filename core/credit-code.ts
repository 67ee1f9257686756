/**
 * The 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters —
 * 1 登记管理部门, 2 机构类别, 3–8 the registration authority's GB/T 2260 region code,
 * 9–17 主体标识码, 18 a check character. Sources in ../shared/IMPORT.md §2 (hutool's CreditCodeUtil).
 */

/** The 31 characters a code is written in, valued 0–30: I, O, S, V and Z are left out. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
/** 3^(i−1) mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck =
  | { kind: 'valid'; code: string }
  /** Well formed, but the 18th character is not the one computed: a few real early codes are so. */
  | { kind: 'badCheckDigit'; code: string; expected: string }
  | { kind: 'malformed'; reason: 'length' | 'charset' | 'layout' };

/** Upper-cases and drops spaces, as codes are often typed or exported (`9131 0110 …`). */
export function normalizeCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character the first 17 characters call for. */
export function creditCodeCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) return { kind: 'malformed', reason: 'length' };
  if ([...code].some((c) => !CHARSET.includes(c))) return { kind: 'malformed', reason: 'charset' };
  if (!PATTERN.test(code)) return { kind: 'malformed', reason: 'layout' };
  const expected = creditCodeCheckDigit(code.slice(0, 17));
  return expected === code[17] ? { kind: 'valid', code } : { kind: 'badCheckDigit', code, expected };
}

/**
 * Digits 3–8: the GB/T 2260 code of the authority that registered the firm (a county's, a
 * city's or a province's), which is where the firm was registered, not always where it is now.
 */
export function registrationRegion(code: string): string {
  return code.slice(2, 8);
}
