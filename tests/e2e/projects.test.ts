import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shoot, SLOW, useBrowser } from './harness.ts';

const app = useBrowser();

const SIGNED_IN_CHENZHOU = { regionCode: '4310', status: ['SIGNED'] };

/** What the API itself says for a filter: the expectation the table must meet. */
async function apiProjects(filter: object): Promise<{ names: string[]; count: number; total: number }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($filter: ProjectFilter) { projects(filter: $filter, first: 100) { edges { node { name } } aggregate { count totalInvestmentCny } } }',
      variables: { filter },
    }),
  });
  const { data } = (await response.json()) as {
    data: { projects: { edges: { node: { name: string } }[]; aggregate: { count: number; totalInvestmentCny: number } } };
  };
  return { names: data.projects.edges.map((e) => e.node.name), count: data.projects.aggregate.count, total: data.projects.aggregate.totalInvestmentCny };
}

describe('the Projects view', () => {
  it('filters by place and status, keeps the filters in the URL, and exports them as CSV', async () => {
    const { page, url } = app;
    const expected = await apiProjects(SIGNED_IN_CHENZHOU);
    expect(expected.total).toBe(1024e8);

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
    expect(await page.getByTestId('projects-total-investment').textContent()).toBe('总投资 1,024亿元');

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
    expect(lines[0]).toBe('name,firm,place,chains,status,signedOn,investmentCny,capacity,source');
    expect(lines).toHaveLength(expected.count + 1);
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual([...expected.names].sort());

    await shoot(page, 'projects');
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
