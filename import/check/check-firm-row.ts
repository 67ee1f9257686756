import { checkCreditCode } from '../../core/credit-code.ts';
import { checkAmount } from './check-amount.ts';
import { checkRegion } from './check-region.ts';
import { nameKey, type Duplicates } from './duplicates.ts';
import { parseDate } from './parse-date.ts';
import type { FirmRecord } from './records.ts';
import type { RegionIndex } from './region-index.ts';
import type { RowCells } from './row-cells.ts';
import { knownFirmStatuses, parseFirmStatus } from './statuses.ts';

export interface FirmCheckContext {
  regions: RegionIndex;
  duplicates: Duplicates;
  /** Lets a code whose check digit fails in, with a warning kept (a few real early codes fail it). */
  acceptBadCheckDigit: boolean;
}

const LIST_SEPARATORS = /[,，;；、|\n]+/;

function checkedCreditCode(cells: RowCells, context: FirmCheckContext): { code: string | null; warning: string | null } {
  const text = cells.text('creditCode');
  if (text === null) return { code: null, warning: null };
  const check = checkCreditCode(text);
  if (check.kind === 'malformed') {
    cells.problem('creditCodeMalformed', 'creditCode', { reason: check.reason });
    return { code: null, warning: null };
  }
  if (check.kind === 'badCheckDigit') {
    if (context.acceptBadCheckDigit) cells.problem('creditCodeCheckDigit', 'creditCode', { expected: check.expected, accepted: 'yes' }, 'warn');
    else cells.problem('creditCodeCheckDigit', 'creditCode', { expected: check.expected });
    return { code: check.code, warning: `check digit ${check.code[17]} (GB 32100 computes ${check.expected}), accepted by the importing user` };
  }
  return { code: check.code, warning: null };
}

/** The most specific GB/T 4754 code the industry columns give: 小类 (4 digits) before 中类 and 大类. */
function industryCode(texts: (string | null)[]): string | null {
  for (const text of texts) {
    const code = text && /^[A-T]?\s*(\d{2,4})(?!\d)/.exec(text.normalize('NFKC'));
    if (code) return code[1]!;
  }
  return null;
}

/** Checks one roster row: a record to write, or the problems that keep it out. */
export function checkFirmRow(cells: RowCells, context: FirmCheckContext): FirmRecord | null {
  const name = cells.text('name');
  if (name === null) cells.problem('missingName', 'name');
  const creditCode = checkedCreditCode(cells, context);
  const foundedOn = cells.parsed('foundedOn', parseDate, 'badDate');
  const registeredCapital = checkAmount(cells, 'registeredCapital');
  const status = cells.parsed('status', parseFirmStatus, 'badStatus', { known: knownFirmStatuses.join('、') });
  const region = checkRegion(cells, context.regions, {
    province: cells.text('province'),
    city: cells.text('city'),
    county: cells.text('county'),
    regionText: cells.text('regionText'),
    address: cells.text('address'),
    creditCode: creditCode.code,
  });
  if (cells.refused || name === null || region === null) return null;

  const keys = [
    ...(creditCode.code ? [{ key: `code:${creditCode.code}`, code: 'duplicateCreditCode' as const, field: 'creditCode' as const }] : []),
    { key: `name:${region.code}:${nameKey(name)}`, code: 'duplicateName' as const, field: 'name' as const },
  ];
  for (const { key, code, field } of keys) {
    const firstRow = context.duplicates.firstRowOf(key);
    if (firstRow !== undefined) cells.problem(code, field, { firstRow });
  }
  if (cells.refused) return null;
  for (const { key } of keys) context.duplicates.remember(key, cells.row.rowNumber);

  const industry = {
    section: cells.text('industrySection'),
    division: cells.text('industryDivision'),
    group: cells.text('industryGroup'),
    class: cells.text('industryClass'),
  };
  return {
    rowNumber: cells.row.rowNumber,
    name,
    creditCode: creditCode.code,
    creditCodeWarning: creditCode.warning,
    legalRepresentative: cells.text('legalRepresentative'),
    foundedOn,
    registeredCapital,
    status,
    regionCode: region.code,
    regionSource: region.source,
    park: cells.text('park'),
    address: cells.text('address'),
    industry,
    industryCode: industryCode([industry.class, industry.group, industry.division]),
    businessScope: cells.text('businessScope'),
    firmType: cells.text('firmType'),
    tags: cells.text('tags')?.split(LIST_SEPARATORS).map((tag) => tag.trim()).filter(Boolean) ?? [],
    note: cells.text('note'),
  };
}
