import { RegionIndex, type Region } from '../../import/check/region-index.ts';
import type { Sentence } from './sentences.ts';

/** A region named in a sentence. */
export interface PlaceMention {
  start: number;
  end: number;
  region: Region;
  mention: string;
  /** Full name (新干县), a province's short name (江西), or another short name (新干) chosen by context. */
  how: 'full' | 'province' | 'short';
  /** Other regions of the same name that context ruled out. */
  namesakes: number;
}

/** Short names that are also everyday words (新建项目, 和平发展): never read as places. */
const COMMON_WORDS = new Set(['新建', '新华', '和平', '胜利', '向阳', '红旗', '前进', '解放', '新城', '城关', '城中', '市中', '东方', '长安', '新兴', '高新', '开发', '城区', '矿区', '郊区', '白云', '青山', '工农', '光明']);
const SHORT_SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|县|区|盟|旗)$/;

/**
 * Finds regions in running text. Full names are taken as they are; a province's short name
 * (江西) too; any other short name (新干, 南昌) only where it names a region inside the
 * province the article names most, so 新兴产业 is not 新兴县 of Guangdong. Where one short
 * name names several regions there (吉安 the city and 吉安县), the higher level wins: articles
 * say 吉安 for the city and write the county in full.
 */
export class PlaceFinder {
  readonly index: RegionIndex;
  readonly #short = new Map<string, Region[]>();
  readonly #longest: number;

  constructor(regions: Region[]) {
    this.index = new RegionIndex(regions);
    for (const region of regions) {
      const short = region.name.replace(SHORT_SUFFIX, '');
      if (short !== region.name && short.length >= 2 && !COMMON_WORDS.has(short)) this.#short.set(short, [...(this.#short.get(short) ?? []), region]);
    }
    this.#longest = this.index.longestName;
  }

  /**
   * The provinces an article names in full (or by a province's short name), most named first;
   * where it names none so, those of the cities it names short and that no other region shares
   * (上饶, 赣州).
   */
  provincesOf(sentences: Sentence[], masked: (s: number, at: number) => boolean): string[] {
    const counts = new Map<string, number>();
    const count = (code: string) => counts.set(code.slice(0, 2), (counts.get(code.slice(0, 2)) ?? 0) + 1);
    for (const sentence of sentences) {
      for (const hit of this.#scan(sentence, masked, null)) {
        // A two-character name (兴县) may be a word (产业兴县): it tells nothing of the article's province.
        if (hit.namesakes === 0 && (hit.mention.length >= 3 || hit.how === 'province')) count(hit.region.code);
      }
    }
    if (counts.size === 0) {
      for (const sentence of sentences) {
        for (const [name, regions] of this.#short) {
          if (regions.length === 1 && regions[0]!.level === 'city' && sentence.simplified.includes(name)) count(regions[0]!.code);
        }
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  }

  /** Every place in the sentence, outside masked spans (firm names: 武汉 in 武汉华科生物科技有限公司 is not a place of the article). */
  find(sentence: Sentence, provinces: string[], masked: (s: number, at: number) => boolean): PlaceMention[] {
    return this.#scan(sentence, masked, provinces);
  }

  #scan(sentence: Sentence, masked: (s: number, at: number) => boolean, provinces: string[] | null): PlaceMention[] {
    const text = sentence.simplified;
    const found: PlaceMention[] = [];
    for (let start = 0; start < text.length; ) {
      if (masked(sentence.index, start)) {
        start++;
        continue;
      }
      const hit = this.#longestAt(text, start, provinces, found.at(-1)?.region);
      if (hit) {
        found.push({ start, end: start + hit.mention.length, ...hit });
        start += hit.mention.length;
      } else start++;
    }
    return found;
  }

  /**
   * Among regions of one name, the region named just before (吉安市…吉安), else one inside it (南昌市西湖区), else
   * in the province the article names most, else in another it names, else the highest level.
   */
  #choose(regions: Region[], provinces: string[] | null, before: Region | undefined): Region {
    if (before && regions.includes(before)) return before;
    const inside = before ? regions.filter((r) => r.code !== before.code && r.code.startsWith(before.code)) : [];
    if (inside.length > 0) return highest(inside);
    for (const province of provinces ?? []) {
      const within = regions.filter((r) => r.code.startsWith(province));
      if (within.length > 0) return highest(within);
    }
    return highest(regions);
  }

  #longestAt(text: string, start: number, provinces: string[] | null, before: Region | undefined): Omit<PlaceMention, 'start' | 'end'> | null {
    for (let length = Math.min(this.#longest, text.length - start); length >= 2; length--) {
      const words = text.slice(start, start + length);
      const full = this.index.named(words);
      if (full.length > 0) {
        // A two-character full name (兴县) is also a word (产业兴县): only inside the article's provinces.
        if (words.length === 2 && provinces && !full.some((r) => provinces.includes(r.code.slice(0, 2)))) continue;
        return { region: this.#choose(full, provinces, before), mention: words, how: 'full', namesakes: full.length - 1 };
      }
      const short = this.#short.get(words) ?? [];
      const province = short.filter((r) => r.level === 'province');
      if (province.length === 1) return { region: province[0]!, mention: words, how: 'province', namesakes: 0 };
      if (!provinces) continue;
      const inContext = short.filter((r) => r.code.startsWith(provinces[0] ?? '-'));
      // A name that goes on as a longer name (吉安市 read from 吉安) is taken whole above.
      if (inContext.length > 0) return { region: this.#choose(inContext, provinces, before), mention: words, how: 'short', namesakes: short.length - 1 };
    }
    return null;
  }
}

function highest(regions: Region[]): Region {
  return [...regions].sort((a, b) => a.code.length - b.code.length)[0]!;
}
