import { describe, expect, it } from 'vitest';
import { listedInvestment, withInvestment } from '../../web/src/views/Place/investment.ts';

const projects = [{ investmentCny: 1e8 }, { investmentCny: null }, { investmentCny: 2e8 }];

describe('the place dashboard’s total investment', () => {
  it('is the sum of the listed projects when they are all of them, without asking the API', async () => {
    expect(listedInvestment(projects, 3)).toBe(3e8);
    const asked: string[] = [];
    const dashboard = await withInvestment({ investmentCny: listedInvestment(projects, 3) }, async () => (asked.push('total'), 0));
    expect(dashboard.investmentCny).toBe(3e8);
    expect(asked).toEqual([]);
  });

  it('is asked for when only the first of the place’s projects are listed', async () => {
    expect(listedInvestment(projects, 120)).toBeNull();
    expect((await withInvestment({ investmentCny: listedInvestment(projects, 120), name: '郴州市' }, async () => 9e9))).toEqual({ investmentCny: 9e9, name: '郴州市' });
  });

  it('is 0 for a place without projects', () => {
    expect(listedInvestment([], 0)).toBe(0);
  });
});
