import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shoot, SLOW, useBrowser } from './harness.ts';

const app = useBrowser();

const SIGNED_IN_CHENZHOU = { regionCode: '4310', status: ['SIGNED'] };

interface ApiProjects {
  names: string[];
  amounts: (number | null)[];
  count: number;
  total: number | null;
  withInvestmentCount: number;
}

/** What the API itself says for a filter: the expectation the table must meet. */
async function apiProjects(filter: object): Promise<ApiProjects> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($filter: ProjectFilter) { projects(filter: $filter, first: 100) {
        edges { node { name investmentCny } } aggregate { count totalInvestmentCny withInvestmentCount } } }`,
      variables: { filter },
    }),
  });
  const { data } = (await response.json()) as {
    data: {
      projects: {
        edges: { node: { name: string; investmentCny: number | null } }[];
        aggregate: { count: number; totalInvestmentCny: number | null; withInvestmentCount: number };
      };
    };
  };
  const { edges, aggregate } = data.projects;
  return {
    names: edges.map((e) => e.node.name),
    amounts: edges.map((e) => e.node.investmentCny),
    count: aggregate.count,
    total: aggregate.totalInvestmentCny,
    withInvestmentCount: aggregate.withInvestmentCount,
  };
}

describe('the Projects view', () => {
  it('filters by place and status, keeps the filters in the URL, and exports them as CSV', async () => {
    const { page, url } = app;
    const expected = await apiProjects(SIGNED_IN_CHENZHOU);
    expect(expected.total).toBe(1024e8);
    expect(expected.withInvestmentCount).toBe(expected.count);

    await page.goto(`${url}/#/projects`);
    await expect.poll(() => page.getByTestId('projects-row').count(), SLOW).toBeGreaterThan(0);

    await page.getByTestId('projects-place').fill('郴州');
    await page.getByTestId('projects-place-suggestions').getByRole('option').filter({ hasText: '郴州市' }).first().click();
    await expect.poll(() => page.getByTestId('projects-place-chip').textContent(), SLOW).toContain('郴州市');
    await page.getByTestId('projects-status-SIGNED').check();

    await expect.poll(() => page.getByTestId('projects-count').textContent(), SLOW).toBe(`${expected.count} 个项目`);
    await expect.poll(() => page.getByTestId('projects-row').count(), SLOW).toBe(expected.count);
    const names = await page.getByTestId('projects-row').locator('th').allTextContents();
    expect(names).toEqual(expected.names);
    expect(await page.getByTestId('projects-total-investment').textContent()).toBe('均有金额，合计 1,024亿元');

    const params = new URLSearchParams(page.url().split('?')[1]);
    expect(params.get('place')).toBe('4310');
    expect(params.get('status')).toBe('SIGNED');

    // The URL alone restores the view.
    await page.goto(`${url}/#/projects?place=4310&status=SIGNED&sort=NAME&dir=ASC`);
    await page.reload();
    await expect.poll(() => page.getByTestId('projects-place-chip').textContent(), SLOW).toContain('郴州市');
    await expect.poll(() => page.getByTestId('projects-row').count(), SLOW).toBe(expected.count);
    expect(await page.getByTestId('projects-status-SIGNED').isChecked()).toBe(true);
    expect(await page.getByTestId('projects-sort-NAME').locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('projects-export').click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('项目名称,企业,地点,产业链,状态,签约日期,投资额（亿元）,投资额（元）,产能,来源');
    expect(lines).toHaveLength(expected.count + 1);
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual([...expected.names].sort());
    // Statuses by their names, amounts in 亿元 and in yuan (these names and amounts have no comma to split on).
    expect(lines.slice(1).map((line) => line.split(',').slice(4, 8)[0])).toEqual(expected.names.map(() => '已签约'));
    const amounts = lines.slice(1).map((line) => line.split(',').slice(6, 8).map(Number));
    expect(amounts.map(([yi, yuan]) => yi! * 1e8 - yuan!)).toEqual(expected.names.map(() => 0));
    expect(amounts.reduce((sum, [, yuan]) => sum + yuan!, 0)).toBe(1024e8);

    await shoot(page, 'projects');
  });

  // 吉安市 showed a 项目总投资 of 0 亿元: the articles give no amount for some of its projects.
  it('shows 未知 for an amount the sources do not give, and how many projects the total covers', async () => {
    const { page, url } = app;
    const expected = await apiProjects({ regionCode: '3608' });
    const unknown = expected.amounts.filter((amount) => amount === null).length;
    expect(unknown).toBeGreaterThan(0);
    expect(expected.count).toBeLessThanOrEqual(50);

    await page.goto(`${url}/#/projects?place=3608`);
    await expect.poll(() => page.getByTestId('projects-row').count(), SLOW).toBe(expected.count);
    const total = await page.getByTestId('projects-total-investment').textContent();
    if (expected.withInvestmentCount === 0) expect(total).toBe('均无金额，总投资未知');
    else expect(total).toMatch(new RegExp(`^其中 ${expected.withInvestmentCount} 个有金额，合计 [\\d,.]+(亿|万)?元$`));
    const cells = await page.getByTestId('projects-row-investment').allTextContents();
    expect(cells.filter((cell) => cell === '未知')).toHaveLength(unknown);
    expect(cells.some((cell) => /^[0０]/.test(cell))).toBe(false);
    await expect.poll(() => page.getByTestId('projects-totals').textContent(), SLOW).not.toContain('—');
  });

  it('says so when no project matches', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/projects?text=没有这样的项目名称`);
    await expect.poll(() => page.getByTestId('projects-empty').isVisible(), SLOW).toBe(true);
  });

  it('shows its column headers in English after the language switch', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/projects`);
    const header = page.getByTestId('projects-sort-INVESTMENT');
    await expect.poll(() => header.textContent(), SLOW).toContain('投资额');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => header.textContent(), SLOW).toContain('Investment');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => header.textContent(), SLOW).toContain('投资额');
  });
});
