import { describe, expect, it } from 'vitest';
import { datesIn, periodAt, periodsIn, referenceYear } from '../../../ingest/extract/periods.ts';

describe('periods and dates, read against the publication date', () => {
  it('resolves 今年, a quarter, a run of months and a year', () => {
    expect(periodsIn('今年一季度，全县工业增速10%', 2024).map((h) => h.period)).toEqual(['2024-Q1']);
    expect(periodsIn('2023年一季度', 2024).map((h) => h.period)).toEqual(['2023-Q1']);
    expect(periodsIn('1至4月，园区营业收入', 2022).map((h) => h.period)).toEqual(['2022-01/2022-04']);
    expect(periodsIn('1-11月份，全市', 2019).map((h) => h.period)).toEqual(['2019-01/2019-11']);
    expect(periodsIn('2023年全年，新干', 2024).map((h) => h.period)).toEqual(['2023']);
    expect(periodsIn('去年上半年', 2024).map((h) => h.period)).toEqual(['2023-H1']);
    expect(periodsIn('今年前4个月，园区', 2024).map((h) => h.period)).toEqual(['2024-01/2024-04']);
  });

  it('does not read 去年同期 (a comparison) as a period', () => {
    expect(periodsIn('比去年同期多107家', 2022)).toEqual([]);
  });

  it('takes the last period before a figure, else the one carried, else the year', () => {
    const hits = periodsIn('1-11月增长10.6%，预计全年增长11%', 2019);
    expect(periodAt(hits, 6, 2019)).toBe('2019-01/2019-11');
    expect(periodAt(hits, 20, 2019)).toBe('2019');
    expect(periodAt([], 0, 2019, '2019-Q1')).toBe('2019-Q1');
    expect(periodAt([], 0, 2019)).toBe('2019');
  });

  it('dates a day by the publication year, or by 去年', () => {
    expect(datesIn('2月27日，他参加签约仪式', 2024)).toEqual([{ start: 0, date: '2024-02-27' }]);
    expect(datesIn('去年6月14日，项目并网发电', 2023)[0]!.date).toBe('2022-06-14');
  });

  it('finds the reference year in the byline when no publication date is given', () => {
    expect(referenceYear('标题\n2022年06月14日08:19 | 来源：江西日报\n今年以来', undefined)).toBe(2022);
    expect(referenceYear('2019年以来……到2020年……2019年', undefined)).toBe(2019);
    expect(referenceYear('任何文字', '2024-05-23')).toBe(2024);
  });
});
