/**
 * The investment of all of a place's projects, when the dashboard lists only the first of them.
 * Kept free of the browser and of generated types so that it can be tested on its own.
 */

/**
 * A sum over the projects that have an amount, and how many those are: null when none has one,
 * since a project the sources give no amount for is not a project of 0 yuan.
 */
export interface InvestmentTotal {
  investmentCny: number | null;
  withInvestmentCount: number;
}

/** The total of the listed projects when they are all of the place's projects, else null (ask the API). */
export function listedInvestment(projects: { investmentCny?: number | null }[], projectCount: number): InvestmentTotal | null {
  if (projects.length < projectCount) return null;
  const amounts = projects.flatMap((p) => (p.investmentCny === null || p.investmentCny === undefined ? [] : [p.investmentCny]));
  return { investmentCny: amounts.length ? amounts.reduce((sum, yuan) => sum + yuan, 0) : null, withInvestmentCount: amounts.length };
}

/** Fills in the total of all projects when only some are listed, with `total` (the API's over the place). */
export async function withInvestment<T extends { investment: InvestmentTotal | null }>(dashboard: T, total: () => Promise<InvestmentTotal>): Promise<T> {
  return dashboard.investment === null ? { ...dashboard, investment: await total() } : dashboard;
}
