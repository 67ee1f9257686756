import { describe, expect, it } from 'vitest';
import { sameMeasure, splitFigures, type Figure } from '../../web/src/views/Place/figures.ts';

/** A figure as the dashboard's query returns it, 吉安市's 营业收入 unless told. */
function figure(key: string, period: string | null, value: number, more: Partial<Figure> = {}): Figure {
  return { key, indicator: 'operating_revenue', unit: 'cny', period, value, qualifier: null, scopeZh: null, chain: null, segment: null, benchmark: null, ...more };
}
const electronics = { key: 'electronic-information' };
const health = { key: 'big-health' };

describe('the place dashboard’s figures', () => {
  it('charts one measure over periods, and never mixes two chains or scopes in one chart', () => {
    const { series, rows } = splitFigures([
      figure('e-2019-10', '2019-01/2019-10', 107_676_000_000, { chain: electronics }),
      figure('e-2018', '2018', 100_000_000_000, { chain: electronics }),
      figure('h-2019', '2019', 70_000_000_000, { chain: health }),
      figure('x-2019', '2019', 3, { indicator: 'firms_count', unit: 'count', scopeZh: '百亿企业' }),
      figure('y-2019', '2019', 12, { indicator: 'firms_count', unit: 'count', scopeZh: '新三板挂牌' }),
    ]);
    expect(series.map((s) => [s.figure.chain?.key, s.points.map((p) => p.value)])).toEqual([['electronic-information', [100_000_000_000, 107_676_000_000]]]);
    expect(rows.map((o) => o.key)).toEqual(['h-2019', 'x-2019', 'y-2019']);
  });

  it('tells the source of two figures that nothing else tells apart, and of no other', () => {
    const rows = [
      figure('a', '2019', 140_000_000_000, { chain: electronics }),
      figure('b', '2019', 70_000_000_000, { chain: health }),
      figure('c', '2019', 1, { indicator: 'firms_count', unit: 'count', scopeZh: '百亿企业' }),
      figure('d', '2019', 2, { indicator: 'firms_count', unit: 'count', scopeZh: '百亿企业' }),
      figure('e', '2018', 2, { indicator: 'firms_count', unit: 'count', scopeZh: '百亿企业' }),
    ];
    expect([...sameMeasure(rows)].sort()).toEqual(['c', 'd']);
  });
});
