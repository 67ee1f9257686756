/** A number with its unit as an article writes it: 137.31亿元, 超1000亿元, 80余个, 8.7万个, 120GWh, 第2位. */
export interface Quantity {
  start: number;
  end: number;
  /** The value in the seed's units: yuan, tonnes, GWh, a count, a percent, a rank. */
  value: number;
  unit: 'cny' | 'percent' | 'percentage_points' | 'count' | 'tonnes' | 'gwh' | 'mw' | 'rank' | 'ug_per_m3';
  /** The counting word (家, 个, 项, 名, 次) for counts. */
  measure?: string;
  /** 超/超过/约/近/余/多 as written, if any. */
  qualifier?: string;
  text: string;
}

const MULTIPLIER: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

// The qualifier before, the number, its multiplier, 余/多, then the unit.
const QUANTITY =
  /(?<before>超过|超|约|近|逾|达)?(?<number>\d+(?:\.\d+)?)(?<mult>万亿|亿|千万|百万|万|千)?(?<after>余|多)?(?<unit>个百分点|元|吨|GWh|gwh|MW|兆瓦|%|％|个|家|项|名|次|位|座|微克\/立方米)?/g;
const RANK = /第(?<number>\d{1,2}|[一二三四五六七八九十]{1,3})(?:位|名)?/g;

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function unitOf(unit: string): Quantity['unit'] {
  if (unit === '元') return 'cny';
  if (unit === '%' || unit === '％') return 'percent';
  if (unit === '个百分点') return 'percentage_points';
  if (unit === '吨') return 'tonnes';
  if (unit === 'GWh' || unit === 'gwh') return 'gwh';
  if (unit === 'MW' || unit === '兆瓦') return 'mw';
  if (unit === '微克/立方米') return 'ug_per_m3';
  return 'count';
}

/** Every quantity in a (Simplified) sentence, in order. Ranks only where the sentence speaks of a rank (全省第二, 排名第三). */
export function quantitiesIn(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const g = m.groups!;
    // 已偿还1.34亿: a 亿 or 万 without its unit is yuan where the sentence speaks of yuan.
    if (!g.unit && !(g.mult && /亿|万/.test(g.mult) && sentence.includes('元'))) continue;
    const unit = unitOf(g.unit ?? '元');
    const multiplier = MULTIPLIER[g.mult ?? ''] ?? 1;
    const raw = Number(g.number) * multiplier;
    // Yuan are whole; 1.09元 of cost per 100 yuan is not an amount of money to round.
    const value = unit === 'cny' && multiplier > 1 ? Math.round(raw) : Math.round(raw * 1e6) / 1e6;
    const qualifier = g.after ?? (g.before && g.before !== '达' ? g.before : undefined);
    const start = m.index + (g.before?.length ?? 0);
    found.push({
      start,
      end: m.index + m[0].length,
      value,
      unit: g.unit === '位' ? 'rank' : unit,
      ...(unit === 'count' && g.unit !== '位' ? { measure: g.unit ?? '' } : {}),
      ...(qualifier ? { qualifier } : {}),
      text: m[0],
    });
  }
  for (const m of sentence.matchAll(RANK)) {
    if (found.some((q) => q.start < m.index + m[0].length && m.index < q.end)) continue;
    if (!/(全省|全国|全市|排名|排|居)/.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
    const text = m.groups!.number!;
    const value = /^\d+$/.test(text) ? Number(text) : text.length === 1 ? (CN[text] ?? NaN) : NaN;
    if (Number.isFinite(value)) found.push({ start: m.index, end: m.index + m[0].length, value, unit: 'rank', text: m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a qualifier reads "more than" (超, 超过, 逾, 余, 多) rather than "about" (约, 近). */
export function isMoreThan(qualifier: string | undefined): boolean {
  return qualifier !== undefined && /超|逾|余|多/.test(qualifier);
}
