import { describe, expect, it } from 'vitest';
import { listedInvestment, withInvestment, type InvestmentTotal } from '../../web/src/views/Place/investment.ts';

const projects = [{ investmentCny: 1e8 }, { investmentCny: null }, { investmentCny: 2e8 }];

describe('the place dashboard’s total investment', () => {
  it('is the sum of the listed projects with an amount, and how many those are, when they are all of them, without asking the API', async () => {
    expect(listedInvestment(projects, 3)).toEqual({ investmentCny: 3e8, withInvestmentCount: 2 });
    const asked: string[] = [];
    const dashboard = await withInvestment({ investment: listedInvestment(projects, 3) }, async () => (asked.push('total'), { investmentCny: 0, withInvestmentCount: 0 }));
    expect(dashboard.investment).toEqual({ investmentCny: 3e8, withInvestmentCount: 2 });
    expect(asked).toEqual([]);
  });

  it('is asked for when only the first of the place’s projects are listed', async () => {
    expect(listedInvestment(projects, 120)).toBeNull();
    const total: InvestmentTotal = { investmentCny: 9e9, withInvestmentCount: 80 };
    expect(await withInvestment({ investment: listedInvestment(projects, 120), name: '郴州市' }, async () => total)).toEqual({ investment: total, name: '郴州市' });
  });

  it('is unknown, not 0, when no project gives an amount', () => {
    expect(listedInvestment([{ investmentCny: null }, {}], 2)).toEqual({ investmentCny: null, withInvestmentCount: 0 });
    expect(listedInvestment([], 0)).toEqual({ investmentCny: null, withInvestmentCount: 0 });
  });

  it('counts a project of 0 yuan, which the sources do give, as an amount', () => {
    expect(listedInvestment([{ investmentCny: 0 }, { investmentCny: null }], 2)).toEqual({ investmentCny: 0, withInvestmentCount: 1 });
  });
});
