import { describe, expect, it } from 'vitest';
import { rulesFromRows } from '../../core/classification-rules.ts';
import { ACCEPT_THRESHOLD, Classifier, type FirmToClassify } from '../../import/classify/classify.ts';
import { checkReferences } from '../../seed/check-references.ts';
import { classificationRuleRows } from '../../seed/classification-rule-rows.ts';
import { readSeed } from '../../seed/read-seed.ts';

const seed = readSeed();
const classifier = new Classifier(rulesFromRows(classificationRuleRows(seed)));

const firm = (fields: Partial<FirmToClassify>): FirmToClassify => ({
  name: '某某有限公司',
  businessScope: null,
  industryCode: null,
  industryEdition: 2017,
  ...fields,
});
const proposal = (result: ReturnType<Classifier['classify']>, segment: string) => result.proposals.find((p) => p.segment === segment);

describe('the classifier', () => {
  const saltWorks = classifier.classify(
    firm({
      name: '江西某某盐化有限公司',
      businessScope: '许可项目：危险化学品生产（烧碱、液氯、聚氯乙烯）。一般项目：化工产品销售（不含许可类化工产品）',
      industryCode: '2612',
      industryNames: { division: '化学原料和化学制品制造业', group: '基础化学原料制造', class: '无机碱制造' },
    }),
  );

  it('accepts caustic soda for a salt-chemical firm whose code 2612 and 经营范围 (烧碱) agree: strong', () => {
    expect(saltWorks.code).toEqual({ status: 'mapped', code: '2612' });
    expect(proposal(saltWorks, 'caustic-soda')).toMatchObject({
      chain: 'salt-chemical', method: 'both', strength: 'strong', decision: 'accept',
      code: { code: '2612', name: '无机碱制造', edition: 2017, ambiguous: true },
      scopeHits: [{ keyword: '烧碱', window: expect.stringContaining('烧碱、液氯') }],
    });
    expect(proposal(saltWorks, 'caustic-soda')!.confidence).toBeGreaterThanOrEqual(ACCEPT_THRESHOLD);
    expect(proposal(saltWorks, 'caustic-soda')!.matched).toBe('国标行业 2612 无机碱制造 (2017) | 经营范围: 烧碱 「…危险化学品生产（烧碱、液氯、聚氯乙烯…」');
  });

  it('proposes every segment an ambiguous code names, each weaker than one the scope confirms', () => {
    const byCodeOnly = saltWorks.proposals.filter((p) => p.method === 'industry-code').map((p) => p.segment);
    expect(byCodeOnly.sort()).toEqual(['lithium-hydroxide', 'soda-ash']);
    for (const segment of byCodeOnly) {
      expect(proposal(saltWorks, segment)).toMatchObject({ decision: 'review', strength: 'weak', confidence: 0.4 });
    }
  });

  it('finds the scope’s other products by keyword (medium, for review), the longest keyword winning', () => {
    expect(proposal(saltWorks, 'liquid-chlorine')).toMatchObject({ method: 'keyword', confidence: 0.5, strength: 'medium', decision: 'review' });
    // 聚氯乙烯 is PVC resin, not also 乙烯 (ethylene) or 氯乙烯.
    expect(proposal(saltWorks, 'pvc-resin')).toMatchObject({ method: 'keyword', scopeHits: [{ keyword: '聚氯乙烯' }] });
    expect(proposal(saltWorks, 'ethylene')).toBeUndefined();
  });

  it('grades several distinct products in the scope higher than one', () => {
    const result = classifier.classify(firm({ businessScope: '烧碱、氢氧化钠、片碱生产' }));
    expect(proposal(result, 'caustic-soda')).toMatchObject({ confidence: 0.7, decision: 'accept' });
  });

  it('gives a firm named …锂电… with no scope and no code one weak proposal, below the threshold', () => {
    const result = classifier.classify(firm({ name: '新干县某某锂电科技有限公司', industryEdition: null }));
    expect(result.code).toEqual({ status: 'none' });
    expect(result.proposals).toHaveLength(1);
    expect(result.proposals[0]).toMatchObject({
      segment: 'lithium-ion-cells', method: 'keyword', strength: 'weak', decision: 'review', confidence: 0.3,
      nameHits: [{ keyword: '锂电' }], matched: '企业名称: 锂电',
    });
    expect(result.proposals[0]!.confidence).toBeLessThan(ACCEPT_THRESHOLD);
  });

  it('refuses a 2011-edition code, saying so, and still reads the scope', () => {
    // 3972 was 印制电路板 in 2011 and is 半导体分立器件制造 in 2017.
    const result = classifier.classify(firm({ businessScope: '印制电路板生产', industryCode: '3972', industryEdition: 2011 }));
    expect(result.code).toMatchObject({ status: 'refused', code: '3972', reason: 'edition-2011', message: expect.stringContaining('2011') });
    expect(result.proposals.map((p) => [p.segment, p.method])).toEqual([['pcb', 'keyword']]);
  });

  it('refuses a code whose edition is unknown, or whose name in the file is not its 2017 name', () => {
    expect(classifier.classify(firm({ industryCode: '2612', industryEdition: null })).code).toMatchObject({ status: 'refused', reason: 'edition-unknown' });
    const renamed = classifier.classify(firm({ industryCode: 'C3972', industryNames: { class: '3972 印制电路板制造' } }));
    expect(renamed.code).toMatchObject({ status: 'refused', code: '3972', reason: 'name-mismatch' });
    expect(renamed.proposals).toEqual([]);
  });

  it('uses the most specific code of the mapping: a 小类 under 34 without an entry of its own falls back to the 大类', () => {
    expect(proposal(classifier.classify(firm({ industryCode: '3451' })), 'bearings')).toMatchObject({ method: 'industry-code', confidence: 0.4 });
    const fallback = classifier.classify(firm({ industryCode: '3499' }));
    expect(fallback.proposals.map((p) => [p.segment, p.code?.code])).toEqual([['general-machinery', '34']]);
    expect(classifier.classify(firm({ industryCode: '5212' })).code).toEqual({ status: 'unmapped', code: '5212' });
  });

  it('does not count a keyword inside a segment’s exclusions (隔膜 in 隔膜泵, PVC in PVC管材, 食盐 in 食盐批发)', () => {
    const result = classifier.classify(firm({ businessScope: '隔膜泵、隔膜阀制造；PVC管材生产；食盐批发' }));
    expect(proposal(result, 'separator')).toBeUndefined();
    expect(proposal(result, 'pvc-resin')).toBeUndefined();
    expect(proposal(result, 'edible-salt')).toBeUndefined();
    expect(proposal(result, 'pvc-pipes-profiles')).toMatchObject({ method: 'keyword' });
  });

  it('matches an ASCII keyword as a whole word only, in any case and width', () => {
    expect(proposal(classifier.classify(firm({ businessScope: 'ＢＭＳ研发' })), 'battery-management-system')).toBeDefined();
    expect(proposal(classifier.classify(firm({ businessScope: 'PCBA加工' })), 'pcb')).toBeUndefined();
  });
});

describe('the classification rules in seed/', () => {
  it('name existing segments by codes of 2–4 digits of the 2017 edition, each code once', () => {
    const segments = new Set(seed.chains.flatMap((c) => c.segments.map((s) => s.id)));
    const codes = seed.industryCodes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of seed.industryCodes) {
      expect(entry.code).toMatch(/^\d{2,4}$/);
      expect(entry.edition).toBe(2017);
      expect(entry.segments.filter((s) => !segments.has(s))).toEqual([]);
      expect(entry.ambiguous).toBe(entry.segments.length > 1);
    }
  });

  it('give every segment of the 29 chains non-empty keywords', () => {
    expect(seed.chains).toHaveLength(29);
    for (const segment of seed.chains.flatMap((c) => c.segments)) {
      expect(segment.keywords.length, segment.id).toBeGreaterThan(0);
      for (const word of [...segment.keywords, ...segment.exclude]) expect(word.trim().length, segment.id).toBeGreaterThan(0);
    }
  });

  it('are refused when a code names an unknown segment or is listed twice', () => {
    const [first, ...rest] = seed.industryCodes;
    expect(() => checkReferences({ ...seed, industryCodes: [{ ...first!, segments: ['no-such-segment'] }, ...rest] })).toThrow(
      /industry-codes\.yaml: codes\[0\] \(1030\): field "segments" refers to unknown segment "no-such-segment"/,
    );
    expect(() => checkReferences({ ...seed, industryCodes: [first!, first!] })).toThrow(/codes\[1\] \(1030\): field "code" is listed twice/);
  });
});
