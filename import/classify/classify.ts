import type { ClassificationRules, CodeRule, SegmentRuleRow } from '../../core/classification-rules.ts';
import { KeywordMatcher, type KeywordHit } from './keyword-matcher.ts';

/**
 * Proposes the chain segments a firm makes, from its GB/T 4754 code, its 经营范围 (business scope)
 * and its name, with the text that matched and a confidence graded by the strength of the evidence
 * (after HandaaS's link evidence, IMPORT.md §4: 经营范围 and 国民经济行业 are medium evidence, the
 * name weak). Each kind of evidence has a weight; independent kinds combine as
 * 1 − Π(1 − weight), so agreeing evidence is stronger than any one piece:
 *
 * - industry code (2017 edition only) naming the segment: 0.5 when the code names this segment
 *   alone, 0.4 when it names 2–3 segments, 0.3 when it names 4 or more (an ambiguous code says less);
 * - product keywords in 经营范围: 0.5 for one distinct keyword, +0.1 for each further one, at most 0.7;
 * - keywords in the firm's name only: 0.3.
 *
 * So a code alone gives 0.3–0.5, one scope keyword 0.5, three distinct scope keywords 0.7, a name
 * word 0.3, a scope keyword with the same word in the name 0.65, and a code with a scope keyword
 * agreeing 0.65–0.75 (0.7 or more unless the code names 4+ segments). A proposal at or above
 * ACCEPT_THRESHOLD is accepted; below it, it goes to the review queue, never silently dropped.
 *
 * A code is used only when its edition is 2017: 2011 codes reuse the same digits for other classes
 * (3972 was 印制电路板, 4415 太阳能发电), so a 2011 or unknown edition refuses the code, and so does a
 * class name in the file that is not the 2017 name of its code. Keywords are still used then. The
 * firm's status plays no part: deregistered firms are classified too (the candidate filter leaves them out).
 */

/** At or above this confidence a proposal is accepted; below it, it waits for review. */
export const ACCEPT_THRESHOLD = 0.7;

export const WEIGHTS = {
  codeAlone: 0.5,
  codeOfFew: 0.4,
  codeOfMany: 0.3,
  scopeFirst: 0.5,
  scopeEachMore: 0.1,
  scopeMax: 0.7,
  name: 0.3,
} as const;

/** What the classifier reads of a firm. */
export interface FirmToClassify {
  name: string;
  businessScope: string | null;
  /** The most specific GB/T 4754 code of the file (2–4 digits; a leading 门类 letter, C2612, is dropped). */
  industryCode: string | null;
  /** Which edition the file's codes are: only 2017 codes are looked up. */
  industryEdition: 2017 | 2011 | null;
  /** The file's names for the 大类, 中类 and 小类 (with or without their codes), to check the code against. */
  industryNames?: { division?: string | null; group?: string | null; class?: string | null };
}

export type Method = 'industry-code' | 'keyword' | 'both';

export interface Proposal {
  chain: string;
  segment: string;
  segmentName: string;
  method: Method;
  /** In [0, 1], two decimals. */
  confidence: number;
  strength: 'strong' | 'medium' | 'weak';
  decision: 'accept' | 'review';
  /** The code and its name, when the code named the segment. */
  code: { code: string; name: string; edition: number; ambiguous: boolean } | null;
  scopeHits: KeywordHit[];
  nameHits: KeywordHit[];
  /** What matched, in one line for the MAKES relationship and the review queue. */
  matched: string;
}

export type CodeOutcome =
  | { status: 'none' }
  | { status: 'mapped' | 'unmapped'; code: string }
  | { status: 'refused'; code: string; reason: 'edition-2011' | 'edition-unknown' | 'name-mismatch'; message: string };

export interface Classification {
  proposals: Proposal[];
  /** What became of the firm's industry code: absent, mapped, not in the mapping, or refused (and why). */
  code: CodeOutcome;
}

const round = (x: number) => Math.round(x * 100) / 100;
const normaliseName = (name: string) =>
  name.normalize('NFKC').replace(/^[A-Z]?\d{2,4}/, '').replace(/[\s()（）]/g, '').replace(/业$/, '');

/** A compiled classifier: build it once per import from the rules read from the graph. */
export class Classifier {
  readonly #matcher: KeywordMatcher;

  constructor(readonly rules: ClassificationRules) {
    this.#matcher = new KeywordMatcher(rules.segments);
  }

  classify(firm: FirmToClassify): Classification {
    const { code, codeRule, codeSegments } = this.#lookUpCode(firm);
    const scope = this.#matcher.find(firm.businessScope ?? '');
    const name = this.#matcher.find(firm.name);
    const indexes = new Set<number>([...scope.keys(), ...name.keys()]);
    const segments = this.rules.segments;
    const proposals: Proposal[] = [];
    for (const index of indexes) proposals.push(this.#propose(segments[index]!, codeRule, codeSegments, scope.get(index) ?? [], name.get(index) ?? []));
    for (const segment of codeSegments) {
      if (!indexes.has(segments.indexOf(segment))) proposals.push(this.#propose(segment, codeRule, codeSegments, [], []));
    }
    proposals.sort((a, b) => b.confidence - a.confidence || a.segment.localeCompare(b.segment));
    return { proposals, code };
  }

  #lookUpCode(firm: FirmToClassify): { code: CodeOutcome; codeRule: CodeRule | null; codeSegments: SegmentRuleRow[] } {
    const none = { codeRule: null, codeSegments: [] };
    const digits = firm.industryCode?.trim().replace(/^[A-Za-z]/, '') ?? '';
    if (!/^\d{2,4}$/.test(digits)) return { code: { status: 'none' }, ...none };
    if (firm.industryEdition !== 2017) {
      const reason = firm.industryEdition === 2011 ? 'edition-2011' : 'edition-unknown';
      const message =
        reason === 'edition-2011'
          ? `code ${digits} is of the 2011 edition, whose codes collide with the 2017 ones: not mapped`
          : `the edition of code ${digits} is not known: only 2017 codes are mapped`;
      return { code: { status: 'refused', code: digits, reason, message }, ...none };
    }
    // The most specific code of the mapping that the firm's code starts with: 2612, else 261, else 26.
    for (let length = digits.length; length >= 2; length--) {
      const entry = this.rules.byCode.get(digits.slice(0, length));
      if (!entry) continue;
      const given = [firm.industryNames?.division, firm.industryNames?.group, firm.industryNames?.class][length - 2];
      if (given && normaliseName(given) && !sameName(normaliseName(given), normaliseName(entry.rule.name))) {
        const message = `the file names code ${entry.rule.code} “${given}”, but in 2017 it is “${entry.rule.name}”: check the edition`;
        return { code: { status: 'refused', code: digits, reason: 'name-mismatch', message }, ...none };
      }
      return { code: { status: 'mapped', code: digits }, codeRule: entry.rule, codeSegments: entry.segments };
    }
    return { code: { status: 'unmapped', code: digits }, ...none };
  }

  #propose(segment: SegmentRuleRow, codeRule: CodeRule | null, codeSegments: SegmentRuleRow[], scopeHits: KeywordHit[], nameHits: KeywordHit[]): Proposal {
    const byCode = codeSegments.includes(segment) ? codeRule : null;
    const weights: number[] = [];
    if (byCode) weights.push(codeSegments.length === 1 ? WEIGHTS.codeAlone : codeSegments.length <= 3 ? WEIGHTS.codeOfFew : WEIGHTS.codeOfMany);
    const distinctScope = new Set(scopeHits.map((h) => h.keyword)).size;
    if (distinctScope > 0) weights.push(Math.min(WEIGHTS.scopeMax, WEIGHTS.scopeFirst + WEIGHTS.scopeEachMore * (distinctScope - 1)));
    if (nameHits.length > 0) weights.push(WEIGHTS.name);
    const confidence = round(1 - weights.reduce((rest, w) => rest * (1 - w), 1));
    const keyword = scopeHits.length > 0 || nameHits.length > 0;
    return {
      chain: segment.chain,
      segment: segment.segment,
      segmentName: segment.segmentName,
      method: byCode && keyword ? 'both' : byCode ? 'industry-code' : 'keyword',
      confidence,
      strength: confidence >= ACCEPT_THRESHOLD ? 'strong' : confidence >= 0.45 ? 'medium' : 'weak',
      decision: confidence >= ACCEPT_THRESHOLD ? 'accept' : 'review',
      code: byCode ? { code: byCode.code, name: byCode.name, edition: byCode.edition, ambiguous: codeSegments.length > 1 } : null,
      scopeHits,
      nameHits,
      matched: describe(byCode, scopeHits, nameHits),
    };
  }
}

function sameName(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

/** 国标行业 2612 无机碱制造 (2017); 经营范围: 烧碱 …生产烧碱、液氯… ; 企业名称: 锂电 */
function describe(code: CodeRule | null, scopeHits: KeywordHit[], nameHits: KeywordHit[]): string {
  const parts: string[] = [];
  if (code) parts.push(`国标行业 ${code.code} ${code.name} (${code.edition})`);
  if (scopeHits.length > 0) parts.push(`经营范围: ${scopeHits.map((h) => `${h.keyword} 「${h.window}」`).join('; ')}`);
  if (nameHits.length > 0) parts.push(`企业名称: ${[...new Set(nameHits.map((h) => h.keyword))].join('、')}`);
  return parts.join(' | ');
}
