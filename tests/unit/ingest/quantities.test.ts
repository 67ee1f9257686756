import { describe, expect, it } from 'vitest';
import { isMoreThan, quantitiesIn } from '../../../ingest/extract/quantities.ts';

describe('quantities', () => {
  it('reads amounts in yuan with 亿元/万元/元 and keeps 超/约/近/余 as qualifiers', () => {
    const [a, b, c, d] = quantitiesIn('签约金额超过1000亿元，约5.2亿元，近300万元，另有80余个');
    expect(a).toMatchObject({ value: 100_000_000_000, unit: 'cny', qualifier: '超过' });
    expect(b).toMatchObject({ value: 520_000_000, unit: 'cny', qualifier: '约' });
    expect(c).toMatchObject({ value: 3_000_000, unit: 'cny', qualifier: '近' });
    expect(d).toMatchObject({ value: 80, unit: 'count', measure: '个', qualifier: '余' });
    expect(isMoreThan(a!.qualifier)).toBe(true);
    expect(isMoreThan(b!.qualifier)).toBe(false);
  });

  it('reads counts with 万, percents, points, capacities and ranks', () => {
    const found = quantitiesIn('稳定就业岗位8.7万个，增长24.0%，高1.1个百分点，年产12万吨，电池120GWh，排全省第2位');
    expect(found.map((q) => [q.value, q.unit])).toEqual([
      [87_000, 'count'],
      [24, 'percent'],
      [1.1, 'percentage_points'],
      [120_000, 'tonnes'],
      [120, 'gwh'],
      [2, 'rank'],
    ]);
    expect(quantitiesIn('改善幅度全省排名第三')[0]).toMatchObject({ value: 3, unit: 'rank' });
  });

  it('takes a bare 亿 as yuan only where the sentence speaks of yuan', () => {
    expect(quantitiesIn('已清理1.70亿元，已偿还1.34亿')[1]).toMatchObject({ value: 134_000_000, unit: 'cny' });
    expect(quantitiesIn('年产100亿套胶囊')).toEqual([]);
  });
});
