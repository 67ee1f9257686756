import type { SegmentRuleRow } from '../../core/classification-rules.ts';
import { KeywordMatcher } from '../../import/classify/keyword-matcher.ts';
import type { KnownChain } from '../gazetteer/gazetteer.ts';

/** A chain named in a sentence. */
export interface ChainMention {
  chain: string;
  start: number;
  end: number;
  term: string;
  how: 'name' | 'head' | 'keyword';
  /** Whether an industry word follows it (照明产业, 电池行业, 铝型材产业集群). */
  industry: boolean;
}

/**
 * The words that name a chain in running text, from its name alone: the name; without its
 * bracket, and what the bracket includes (有色金属(含稀贵金属): 稀贵金属); an alphanumeric head
 * (5G通信: 5G); 化学 for 化工 and 新型 for 新 (氟化学, 新型材料); and the name's last two
 * characters (锂电池: 电池, 灯饰照明: 照明) where no other chain's name ends in them.
 */
export function chainTerms(chains: KnownChain[]): Map<string, { chain: string; head: boolean }> {
  const terms = new Map<string, { chain: string; head: boolean }>();
  const heads = new Map<string, string[]>();
  for (const chain of chains) {
    const bare = chain.name.replace(/[（(].*?[)）]/g, '');
    const inside = /[（(](?:含)?(.+?)[)）]/.exec(chain.name)?.[1]?.split(/[、/]/) ?? [];
    const forms = [chain.name, bare, ...inside];
    const alnum = /^[A-Za-z0-9]+/.exec(bare)?.[0];
    if (alnum && alnum.length >= 2) forms.push(alnum);
    if (bare.endsWith('化工')) forms.push(`${bare.slice(0, -2)}化学`);
    if (bare.startsWith('新') && !bare.startsWith('新型')) forms.push(`新型${bare.slice(1)}`);
    for (const form of forms) if (form.length >= 2) terms.set(form, { chain: chain.id, head: false });
    if (bare.length >= 3) heads.set(bare.slice(-2), [...(heads.get(bare.slice(-2)) ?? []), chain.id]);
  }
  for (const [head, ids] of heads) if (ids.length === 1 && !terms.has(head)) terms.set(head, { chain: ids[0]!, head: true });
  return terms;
}

const INDUSTRY = /^(产业|行业|集群)/;

export class ChainFinder {
  readonly #terms: [string, { chain: string; head: boolean }][];
  readonly #keywords: KeywordMatcher;

  constructor(chains: KnownChain[], readonly segments: SegmentRuleRow[]) {
    this.#terms = [...chainTerms(chains)].sort((a, b) => b[0].length - a[0].length);
    this.#keywords = new KeywordMatcher(segments);
  }

  /** Chains named in a (Simplified) text, by name first and then by a segment's keyword, longest first at each place. */
  find(text: string): ChainMention[] {
    const found: ChainMention[] = [];
    const free = (start: number, end: number) => !found.some((f) => start < f.end && f.start < end);
    for (const [term, { chain, head }] of this.#terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        if (free(at, at + term.length)) found.push({ chain, start: at, end: at + term.length, term, how: head ? 'head' : 'name', industry: INDUSTRY.test(text.slice(at + term.length)) });
      }
    }
    for (const [index, hits] of this.#keywords.find(text)) {
      for (const hit of hits) {
        if (free(hit.start, hit.end)) found.push({ chain: this.segments[index]!.chain, start: hit.start, end: hit.end, term: hit.keyword, how: 'keyword', industry: INDUSTRY.test(text.slice(hit.end)) });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
