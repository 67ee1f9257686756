/** An amount in whole units of its currency (yuan, dollars): never converted between currencies. */
export interface Amount {
  value: number;
  /** ISO 4217: CNY, USD, HKD … */
  currency: string;
}

const CURRENCIES: Record<string, string> = {
  人民币: 'CNY', 元: 'CNY', cny: 'CNY', rmb: 'CNY',
  美元: 'USD', 美金: 'USD', usd: 'USD',
  港元: 'HKD', 港币: 'HKD', hkd: 'HKD',
  欧元: 'EUR', eur: 'EUR',
  日元: 'JPY', jpy: 'JPY',
  英镑: 'GBP', gbp: 'GBP',
  新台币: 'TWD', 台币: 'TWD', twd: 'TWD',
  澳门元: 'MOP', mop: 'MOP',
};
const MULTIPLIERS: Record<string, number> = { 千: 1e3, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };

// Longest first, so 万亿 is not read as 万 and 澳门元 not as 元.
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const CURRENCY = `(?:${alternatives(Object.keys(CURRENCIES).filter((word) => word !== '元'))})`;
const UNIT = `(?<multiplier>${alternatives(Object.keys(MULTIPLIERS))})?(?<yuan>元)?(?<currency>${CURRENCY})?(?:\\((?<bracketed>${CURRENCY})\\))?`;
const AMOUNT = new RegExp(`^(?<before>${CURRENCY})?(?<number>\\d+(?:\\.\\d+)?)${UNIT}$`, 'i');
const UNIT_ONLY = new RegExp(`^${UNIT}$`, 'i');

type UnitGroups = Partial<Record<'multiplier' | 'yuan' | 'currency' | 'bracketed' | 'before', string>>;

function unitOf(groups: UnitGroups): { multiplier: number; currency: string } | null {
  const currencyWord = groups.before ?? groups.currency ?? groups.bracketed ?? groups.yuan;
  if (!groups.multiplier && !currencyWord) return null;
  return { multiplier: MULTIPLIERS[groups.multiplier ?? ''] ?? 1, currency: currencyWord ? CURRENCIES[currencyWord.toLowerCase()]! : 'CNY' };
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s,]/g, '');
}

export type AmountResult = { amount: Amount } | { problem: 'badAmount' | 'amountWithoutUnit' };

/**
 * An amount as rosters and ledgers write it — 305843.0395万元人民币, 5亿元, 1,200万美元,
 * 人民币500万元 — in whole units of its currency. Where the cell gives no unit, the header's
 * (总投资（亿元）) is used; with neither, the amount is not guessed (万元 and 元 are both
 * common for a bare number).
 */
export function parseAmount(text: string, headerUnit: string | null): AmountResult {
  const match = AMOUNT.exec(compact(text));
  if (!match) return { problem: 'badAmount' };
  const groups = match.groups as UnitGroups & { number: string };
  const headerGroups = headerUnit ? (UNIT_ONLY.exec(compact(headerUnit))?.groups as UnitGroups | undefined) : undefined;
  const unit = unitOf(groups) ?? (headerGroups ? unitOf(headerGroups) : null);
  if (!unit) return { problem: 'amountWithoutUnit' };
  return { amount: { value: Math.round(Number(groups.number) * unit.multiplier), currency: unit.currency } };
}
