import { fieldSynonyms, type Field, type ImportKind } from './fields.ts';

/** A header as compared: NFKC (full-width （） and letters become ASCII), no spaces, lower case, no required-marker `*`. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').replace(/\*+$/, '').toLowerCase();
}

/** A trailing unit in a header, as ledgers write it: 总投资（亿元）, 注册资本(单位：万元). */
export function splitHeaderUnit(header: string): { base: string; unit: string | null } {
  const match = /^(.+)\((?:单位:)?([^()]*[元币金]|[^()]*(?:usd|cny|rmb))\)$/i.exec(normalizeHeader(header));
  return match ? { base: match[1]!, unit: match[2]! } : { base: normalizeHeader(header), unit: null };
}

const synonymRanks = new Map<ImportKind, Map<string, { field: Field; rank: number }>>(
  (Object.keys(fieldSynonyms) as ImportKind[]).map((kind) => {
    const ranks = new Map<string, { field: Field; rank: number }>();
    for (const [field, synonyms] of Object.entries(fieldSynonyms[kind])) {
      (synonyms as readonly string[]).forEach((synonym, rank) => ranks.set(normalizeHeader(synonym), { field: field as Field, rank }));
    }
    return [kind, ranks];
  }),
);

/** The field a header names in a kind of file, and how preferred that header is (0 best), with its unit. */
export function fieldOfHeader(kind: ImportKind, header: string): { field: Field; rank: number; unit: string | null } | null {
  const ranks = synonymRanks.get(kind)!;
  const exact = ranks.get(normalizeHeader(header));
  if (exact) return { ...exact, unit: null };
  const { base, unit } = splitHeaderUnit(header);
  const withoutUnit = unit ? ranks.get(base) : undefined;
  return withoutUnit ? { ...withoutUnit, unit } : null;
}

/** Excel's letter for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
