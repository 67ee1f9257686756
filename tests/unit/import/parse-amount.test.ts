import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../import/check/parse-amount.ts';

describe('parseAmount', () => {
  it.each([
    ['305843.0395万元人民币', null, 3_058_430_395, 'CNY'],
    ['185000万元', null, 1_850_000_000, 'CNY'],
    ['5亿元', null, 500_000_000, 'CNY'],
    ['1.2亿', null, 120_000_000, 'CNY'],
    ['1,200万美元', null, 12_000_000, 'USD'],
    ['100万美金', null, 1_000_000, 'USD'],
    ['500 万元（港币）', null, 5_000_000, 'HKD'],
    ['人民币500万元', null, 5_000_000, 'CNY'],
    ['30000元', null, 30_000, 'CNY'],
    ['12.5', '亿元', 1_250_000_000, 'CNY'],
    ['8000万元', '亿元', 80_000_000, 'CNY'],
    ['200', '万美元', 2_000_000, 'USD'],
    ['0', '万元', 0, 'CNY'],
  ])('reads %s (header unit %s) as %d %s', (text, headerUnit, value, currency) => {
    expect(parseAmount(text, headerUnit)).toEqual({ amount: { value, currency } });
  });

  it('does not guess a unit for a bare number', () => {
    expect(parseAmount('5000', null)).toEqual({ problem: 'amountWithoutUnit' });
  });

  it.each(['约五千万', '五亿', '5千万亿元', '1.2.3万元', '万元', '100万卢布'])('refuses %s', (text) => {
    expect(parseAmount(text, null)).toEqual({ problem: 'badAmount' });
  });
});
