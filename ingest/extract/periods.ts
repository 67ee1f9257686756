/**
 * Dates and periods as articles write them, resolved against the article's date: 今年, 去年,
 * 2月27日, 一季度, 1至4月, 1-11月份, 2023年全年. Periods are written as the seed writes them
 * (2024, 2024-Q1, 2024-H1, 2022-01/2022-04).
 */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 3, 三, 十二 as a number. */
export function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.startsWith('十')) return 10 + (DIGITS[text[1] ?? ''] ?? 0);
  if (text.length === 2 && text[1] === '十') return (DIGITS[text[0]!] ?? 0) * 10;
  if (text.length === 3 && text[1] === '十') return (DIGITS[text[0]!] ?? 0) * 10 + (DIGITS[text[2]!] ?? 0);
  return DIGITS[text] ?? NaN;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The year an article speaks of when it says 今年: its publication year when known; else the
 * date in its byline (2022年06月14日), else the year it names most often.
 */
export function referenceYear(text: string, publishedOn?: string): number {
  if (publishedOn) return Number(publishedOn.slice(0, 4));
  const byline = /(20\d{2})[年-](\d{1,2})[月-](\d{1,2})日?/.exec(text.slice(0, 400));
  if (byline) return Number(byline[1]);
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(?<!\d)(20\d{2})年/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : new Date().getUTCFullYear();
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '(?:(20\\d{2})年|(今年|去年|上年|明年))?';

/** One period or date found in a sentence, where it starts and ends. */
export interface PeriodHit {
  start: number;
  end: number;
  period: string;
}

function yearOf(explicit: string | undefined, relative: string | undefined, reference: number): number {
  if (explicit) return Number(explicit);
  if (relative === '去年' || relative === '上年') return reference - 1;
  if (relative === '明年') return reference + 1;
  return reference;
}

const PATTERNS: { regex: RegExp; period: (m: RegExpExecArray, year: number) => string | null }[] = [
  // 一季度以来 (since the first quarter) is the year so far, below.
  { regex: new RegExp(`${YEAR}(?:第)?([一二三四1-4])季度(?!以来)`, 'g'), period: (m, y) => `${y}-Q${smallNumber(m[3]!)}` },
  { regex: new RegExp(`${YEAR}(上|下)半年`, 'g'), period: (m, y) => `${y}-H${m[3] === '上' ? 1 : 2}` },
  {
    regex: new RegExp(`${YEAR}${NUM}(?:月份?)?\\s*(?:至|到|[-—–~－])\\s*${NUM}月(?:份|底)?`, 'g'),
    period: (m, y) => {
      const [from, to] = [smallNumber(m[3]!), smallNumber(m[4]!)];
      return from >= 1 && to <= 12 && from < to ? `${y}-${pad(from)}/${y}-${pad(to)}` : null;
    },
  },
  { regex: new RegExp(`${YEAR}前${NUM}个?月`, 'g'), period: (m, y) => (smallNumber(m[3]!) <= 12 ? `${y}-01/${y}-${pad(smallNumber(m[3]!))}` : null) },
  // 截至11月底 (so far this year) is the year; 去年同期 is a comparison, not a period.
  { regex: /(?:(20\d{2})年|(今年|去年|上年|明年))(?!同期)(?:全年|以来|来)?|全年|年度|目前|截至目前|截至\d{1,2}月(?:底|末)/g, period: (_m, y) => `${y}` },
];

/** Every period the sentence names, in order; overlapping hits keep the first and longest. */
export function periodsIn(sentence: string, reference: number): PeriodHit[] {
  const hits: PeriodHit[] = [];
  for (const { regex, period } of PATTERNS) {
    for (const m of sentence.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      const value = period(m as unknown as RegExpExecArray, yearOf(m[1], m[2], reference));
      if (value) hits.push({ start, end, period: value });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The period in force at `position`: the last one named before it, else the last one named earlier in its paragraph, else the article's year. */
export function periodAt(hits: PeriodHit[], position: number, reference: number, carried?: string): string {
  return hits.filter((h) => h.start < position).at(-1)?.period ?? carried ?? `${reference}`;
}

/** A day the sentence names (2月27日, 2024年2月27日, 去年6月14日) as YYYY-MM-DD, and where. */
export function datesIn(sentence: string, reference: number): { start: number; date: string }[] {
  const dates: { start: number; date: string }[] = [];
  for (const m of sentence.matchAll(/(?:(20\d{2})年|(今年|去年|上年))?(\d{1,2})月(\d{1,2})日/g)) {
    const [month, day] = [Number(m[3]), Number(m[4])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    dates.push({ start: m.index, date: `${yearOf(m[1], m[2], reference)}-${pad(month)}-${pad(day)}` });
  }
  return dates;
}
