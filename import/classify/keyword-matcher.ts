import type { SegmentRuleRow } from '../../core/classification-rules.ts';

/** A keyword found in a text, with a few characters around it for the reviewer. */
export interface KeywordHit {
  keyword: string;
  start: number;
  end: number;
  /** The text around the keyword, e.g. …生产、销售烧碱、液氯、聚氯乙烯… */
  window: string;
}

/** Characters shown on each side of a keyword in its window. */
export const WINDOW_CHARS = 8;

interface Entry {
  keyword: string;
  /** The keyword as matched: NFKC (full-width letters and digits to ASCII), upper case. */
  norm: string;
  /** An ASCII keyword (PVC, BMS, LED) only counts as a whole word: PC is not found in PCB. */
  wholeWord: boolean;
  segments: number[];
}

const normalise = (text: string) => text.normalize('NFKC').toUpperCase();
const ASCII_WORD = /^[A-Z0-9.+-]+$/;
const isWordChar = (c: string | undefined) => c !== undefined && /[A-Z0-9]/.test(c);

function windowOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - WINDOW_CHARS);
  const to = Math.min(text.length, end + WINDOW_CHARS);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/**
 * Finds the segments' keywords in a text by plain substring matching (product words need no
 * segmentation): one pass over the text, looking up the keywords that start with each character,
 * compiled once per import. Where keywords overlap, the longest wins: 磷酸铁锂 is not also 磷酸铁,
 * 锂电池隔膜 not also 锂电池. A segment's exclusions then drop its hits inside them (隔膜 in 隔膜泵).
 */
export class KeywordMatcher {
  readonly #byFirstChar = new Map<string, Entry[]>();
  readonly #exclude: string[][];

  constructor(readonly segments: SegmentRuleRow[]) {
    const entries = new Map<string, Entry>();
    segments.forEach((segment, index) => {
      for (const keyword of segment.keywords) {
        const norm = normalise(keyword);
        const entry = entries.get(norm) ?? { keyword, norm, wholeWord: ASCII_WORD.test(norm), segments: [] };
        if (!entry.segments.includes(index)) entry.segments.push(index);
        entries.set(norm, entry);
      }
    });
    for (const entry of entries.values()) {
      const first = entry.norm[0]!;
      this.#byFirstChar.set(first, [...(this.#byFirstChar.get(first) ?? []), entry]);
    }
    this.#exclude = segments.map((segment) => segment.exclude.map(normalise));
  }

  /** Each segment's hits in the text, by the segment's index in `segments`. */
  find(text: string): Map<number, KeywordHit[]> {
    const norm = normalise(text);
    // Windows quote the text as written where normalising kept its length (it almost always does).
    const shown = norm.length === text.length ? text : norm;
    const found: { entry: Entry; start: number; end: number }[] = [];
    for (let i = 0; i < norm.length; i++) {
      for (const entry of this.#byFirstChar.get(norm[i]!) ?? []) {
        if (!norm.startsWith(entry.norm, i)) continue;
        const end = i + entry.norm.length;
        if (entry.wholeWord && (isWordChar(norm[i - 1]) || isWordChar(norm[end]))) continue;
        found.push({ entry, start: i, end });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept: typeof found = [];
    for (const hit of found) {
      const inside = kept.some((k) => k.entry !== hit.entry && k.start <= hit.start && hit.end <= k.end);
      if (!inside) kept.push(hit);
    }
    const bySegment = new Map<number, KeywordHit[]>();
    for (const hit of kept.sort((a, b) => a.start - b.start)) {
      for (const segment of hit.entry.segments) {
        if (this.#excluded(norm, segment, hit.start, hit.end)) continue;
        const hits = bySegment.get(segment) ?? [];
        hits.push({ keyword: hit.entry.keyword, start: hit.start, end: hit.end, window: windowOf(shown, hit.start, hit.end) });
        bySegment.set(segment, hits);
      }
    }
    return bySegment;
  }

  /** Whether the hit lies inside one of the segment's exclusion phrases in the text. */
  #excluded(text: string, segment: number, start: number, end: number): boolean {
    for (const phrase of this.#exclude[segment]!) {
      for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
        if (at <= start && end <= at + phrase.length) return true;
      }
    }
    return false;
  }
}
