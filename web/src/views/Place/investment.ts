/**
 * The investment of all of a place's projects, when the dashboard lists only the first of them.
 * Kept free of the browser and of generated types so that it can be tested on its own.
 */

/** The sum of the listed projects' investment when they are all of the place's projects, else null. */
export function listedInvestment(projects: { investmentCny?: number | null }[], projectCount: number): number | null {
  return projects.length >= projectCount ? projects.reduce((sum, p) => sum + (p.investmentCny ?? 0), 0) : null;
}

/** Fills in the investment of all projects when only some are listed, with `total` (the API's sum over the place). */
export async function withInvestment<T extends { investmentCny: number | null }>(dashboard: T, total: () => Promise<number>): Promise<T> {
  return dashboard.investmentCny === null ? { ...dashboard, investmentCny: await total() } : dashboard;
}
