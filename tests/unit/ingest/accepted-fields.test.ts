import { describe, expect, it } from 'vitest';
import { acceptedFields } from '../../../ingest/review/accepted-fields.ts';
import { ArticleReviewError } from '../../../ingest/review/review-error.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleReviewError);
    return { code: (error as ArticleReviewError).code, zh: (error as ArticleReviewError).describe('zh'), en: (error as ArticleReviewError).message };
  }
  throw new Error('not refused');
};

describe('acceptedFields', () => {
  it('lays corrections over the proposed fields, as the kind reads them: a number from text, an empty value leaving the field out', () => {
    const proposed = { name: '年产100亿套胶囊生产项目', region: '360824', investmentCny: 1_000_000_000, amountQualifier: '超', status: 'signed' };
    expect(acceptedFields('project', proposed, [{ name: 'region', value: '360823' }, { name: 'investmentCny', value: '2000000000' }, { name: 'amountQualifier', value: ' ' }])).toEqual({
      name: '年产100亿套胶囊生产项目', region: '360823', investmentCny: 2_000_000_000, status: 'signed',
    });
    // A city's and a province's codes are region codes too (郴州 4310, 江西 36).
    expect(acceptedFields('focus', { region: '4310', chain: 'lithium-battery', role: 'cluster' })).toEqual({ region: '4310', chain: 'lithium-battery', role: 'cluster' });
    expect(acceptedFields('figure', { region: '36', indicator: 'gdp', value: 1 }, [{ name: 'value', value: '-2.9' }, { name: 'unit', value: 'percent' }])).toMatchObject({ value: -2.9 });
  });

  it.each([
    ['project', { name: 'x' }, [{ name: 'investmentCny', value: '二十亿' }], 'badField', '字段 investmentCny 的值“二十亿”不成立：不是数字。'],
    ['project', { name: 'x' }, [{ name: 'investmentCny', value: '1.5' }], 'badField', '不是整数元'],
    ['project', { name: 'x' }, [{ name: 'signedOn', value: '2024-02-30' }], 'badField', '不是 YYYY-MM-DD 格式的日期'],
    ['project', { name: 'x' }, [{ name: 'status', value: 'done' }], 'badField', '只能是以下之一：negotiating, signed, under_construction, in_production, completed'],
    ['project', { name: 'x' }, [{ name: 'name', value: '' }], 'badField', '字段 name 的值“”不成立：不能为空。'],
    ['focus', { chain: 'salt-chemical' }, [{ name: 'region', value: '3608245' }], 'badField', '不是地区代码'],
    ['figure', { indicator: 'gdp', value: 1, unit: 'percent' }, [{ name: 'period', value: '2024年' }], 'badField', '不是时期'],
    ['firm', { name: 'x' }, [{ name: 'investmentCny', value: '1' }], 'unknownField', '“firm”类提议没有字段 investmentCny：可改的字段是 name, known, region, park。'],
  ] as const)('refuses a %s correction that does not hold, naming the field', (kind, proposed, edits, code, said) => {
    const refused = refusal(() => acceptedFields(kind, proposed, [...edits]));
    expect(refused.code).toBe(code);
    expect(refused.zh).toContain(said);
    expect(refused.en).toMatch(new RegExp(`field ${edits[0]!.name}`, 'i'));
  });
});
