import { registrationRegion } from '../../core/credit-code.ts';
import { RegionIndex, type Region } from './region-index.ts';

export type RegionSource = 'columns' | 'address' | 'creditCode';

export interface RegionClues {
  province?: string | null;
  city?: string | null;
  county?: string | null;
  /** A column holding the levels in one string: 江苏-苏州市-吴中区. */
  regionText?: string | null;
  address?: string | null;
  /** A valid credit code, whose digits 3–8 name the registering authority's region. */
  creditCode?: string | null;
}

export type RegionResult =
  | { ok: true; code: string; source: RegionSource }
  /** A column names a region we do not know (within what the other columns say). */
  | { ok: false; problem: 'regionNotFound'; field: 'province' | 'city' | 'county' | 'regionText'; value: string; within: string | null }
  | { ok: false; problem: 'regionUnresolved'; candidates: string[] };

const depth = (code: string) => code.length;

/** The one region among several that the others support: the deepest unique one whose ancestors were also named. */
function mostSpecific(found: Region[]): Region | 'ambiguous' | null {
  for (const level of ['county', 'city', 'province'] as const) {
    const atLevel = [...new Map(found.filter((r) => r.level === level).map((r) => [r.code, r])).values()];
    if (atLevel.length === 0) continue;
    const supported = atLevel.filter((r) => found.some((other) => other.code !== r.code && RegionIndex.within(r.code, other.code)));
    const pick = supported.length > 0 ? supported : atLevel;
    return pick.length === 1 ? pick[0]! : 'ambiguous';
  }
  return null;
}

/** Every region whose full name (or a province's short name) occurs in the text, longest match first at each place. */
export function regionsInText(index: RegionIndex, text: string): Region[] {
  const found: Region[] = [];
  const value = text.normalize('NFKC');
  for (let start = 0; start < value.length; ) {
    let matched = 0;
    for (let length = Math.min(index.longestName, value.length - start); length >= 2 && matched === 0; length--) {
      const regions = index.namedInText(value.slice(start, start + length));
      if (regions.length > 0) {
        found.push(...regions);
        matched = length;
      }
    }
    start += matched || 1;
  }
  return found;
}

type ColumnsResult = { region: Region | null; ambiguous: Region[] } | Extract<RegionResult, { problem: 'regionNotFound' }>;
type RegionField = 'province' | 'city' | 'county' | 'regionText';

/**
 * Names shared across levels (北京市 the province and its city, 吉安 the city and 吉安县) are
 * told apart by the column's level; in a one-string region, by the highest level, as it is
 * read from the province down.
 */
function narrowed(candidates: Region[], field: RegionField): Region[] {
  if (candidates.length < 2) return candidates;
  const atLevel =
    field === 'regionText'
      ? candidates.filter((r) => r.code.length === Math.min(...candidates.map((c) => c.code.length)))
      : candidates.filter((r) => r.level === field);
  return atLevel.length > 0 ? atLevel : candidates;
}

/** The region columns one level after another, each found under the one before; a 江苏-苏州市-吴中区 string splits into its levels. */
function fromColumns(index: RegionIndex, clues: RegionClues): ColumnsResult {
  const parts = clues.regionText?.split(/[-—/|,，、\s]+/).filter(Boolean) ?? [];
  const levels: [RegionField, string | null | undefined][] = [
    ['province', clues.province],
    ['city', clues.city],
    ['county', clues.county],
    ...(parts.length > 1 ? parts.map((part): [RegionField, string] => ['regionText', part]) : []),
  ];
  let within: Region | null = null;
  for (const [field, value] of levels) {
    if (!value) continue;
    const candidates = narrowed(
      index.namedLoosely(value.trim()).filter((r) => !within || (RegionIndex.within(r.code, within.code) && r.code !== within.code)),
      field,
    );
    if (candidates.length === 0) return { ok: false, problem: 'regionNotFound', field, value, within: within ? index.path(within.code) : null };
    if (candidates.length > 1) return { region: within, ambiguous: candidates };
    within = candidates[0]!;
  }
  if (clues.regionText && parts.length === 1) {
    const inText = regionsInText(index, clues.regionText).filter((r) => !within || RegionIndex.within(r.code, within.code));
    const best = mostSpecific(inText);
    if (best === 'ambiguous') return { region: within, ambiguous: inText };
    if (best && (!within || depth(best.code) > depth(within.code))) within = best;
  }
  return { region: within, ambiguous: [] };
}

/**
 * Where a row's firm is: from the province/city/county columns; where they stop short of a
 * county, from the address text, then from the credit code's registration authority, each
 * taken only where it lies inside what the columns said. Says which source gave the answer.
 */
export function resolveRegion(index: RegionIndex, clues: RegionClues): RegionResult {
  const columns = fromColumns(index, clues);
  if ('problem' in columns) return columns;
  let best: { region: Region; source: RegionSource } | null = columns.region ? { region: columns.region, source: 'columns' } : null;
  const deeper = (region: Region | null | 'ambiguous'): region is Region =>
    region !== null && region !== 'ambiguous' && (!best || (RegionIndex.within(region.code, best.region.code) && depth(region.code) > depth(best.region.code)));

  if (best?.region.level !== 'county' && clues.address) {
    const inAddress = mostSpecific(regionsInText(index, clues.address).filter((r) => !best || RegionIndex.within(r.code, best.region.code)));
    if (deeper(inAddress)) best = { region: inAddress, source: 'address' };
  }
  if (best?.region.level !== 'county' && clues.creditCode) {
    const digits = registrationRegion(clues.creditCode);
    const registered = [digits, digits.slice(0, 4), digits.slice(0, 2)].map((code) => index.byCode.get(code)).find(Boolean) ?? null;
    if (deeper(registered)) best = { region: registered, source: 'creditCode' };
  }
  if (best) return { ok: true, code: best.region.code, source: best.source };
  return { ok: false, problem: 'regionUnresolved', candidates: columns.ambiguous.map((r) => index.path(r.code)) };
}
