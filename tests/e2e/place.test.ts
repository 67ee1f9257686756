import { describe, expect, it } from 'vitest';
import { shoot, SLOW, useBrowser } from './harness.ts';

const app = useBrowser();

/** What the API itself counts in a region: the totals the dashboard must show. */
async function apiCounts(code: string): Promise<{ firmCount: number; projectCount: number; parkCount: number; firms: unknown[] }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($code: String!) { region(code: $code) { firmCount projectCount parkCount firms { id } } }', variables: { code } }),
  });
  return ((await response.json()) as { data: { region: Awaited<ReturnType<typeof apiCounts>> } }).data.region;
}

/** What the API totals of a region's projects: the sum over those with an amount, and how many those are. */
async function apiInvestment(code: string): Promise<{ count: number; totalInvestmentCny: number | null; withInvestmentCount: number }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($code: String!) { projects(filter: {regionCode: $code}, first: 0) { aggregate { count totalInvestmentCny withInvestmentCount } } }',
      variables: { code },
    }),
  });
  return ((await response.json()) as { data: { projects: { aggregate: Awaited<ReturnType<typeof apiInvestment>> } } }).data.projects.aggregate;
}

/** The sentence the dashboard writes over a place's projects, as a pattern (the amount as the page formats it). */
function projectTotals({ count, withInvestmentCount }: Awaited<ReturnType<typeof apiInvestment>>): RegExp {
  if (withInvestmentCount === 0) return new RegExp(`^${count} 个项目均无金额，总投资未知$`);
  if (withInvestmentCount === count) return new RegExp(`^${count} 个项目均有金额，合计 [\\d,.]+(亿|万)?元$`);
  return new RegExp(`^${count} 个项目中 ${withInvestmentCount} 个有金额，合计 [\\d,.]+(亿|万)?元$`);
}

describe('the place dashboard', () => {
  it('shows 郴州市 under 湖南省 with its chains and projects, and compares it with 吉安市', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/place?code=4310`);

    const breadcrumb = page.getByTestId('breadcrumb');
    await expect.poll(() => breadcrumb.textContent(), SLOW).toMatch(/湖南省\s*›\s*郴州市/);
    expect(await breadcrumb.getByRole('link', { name: '湖南省' }).getAttribute('href')).toBe('#/place?code=43');

    const focuses = page.getByTestId('focuses');
    expect(await focuses.textContent()).toContain('锂电池');
    expect(await focuses.getByRole('link', { name: '锂电池' }).getAttribute('href')).toBe('#/chain?chain=lithium-battery&place=4310');
    expect(Number(await page.getByTestId('total-projects').textContent())).toBeGreaterThan(0);
    const counts = await apiCounts('4310');
    expect(Number(await page.getByTestId('total-firms').textContent())).toBe(counts.firmCount);
    expect(Number(await page.getByTestId('total-projects').textContent())).toBe(counts.projectCount);
    expect(Number(await page.getByTestId('total-parks').textContent())).toBe(counts.parkCount);
    // Every firm of 郴州市 fits in the first page, so no "50 / N" note.
    expect(counts.firms).toHaveLength(counts.firmCount);
    expect(await page.getByTestId('firms-shown').count()).toBe(0);
    await expect.poll(() => page.getByTestId('project-totals').textContent(), SLOW).toMatch(projectTotals(await apiInvestment('4310')));
    // 002 郴州: 新增獲批30家省級專精特新“小巨人”企業,6家國家專精特新“小巨人”企業, labelled with their scope.
    const figures = await page.getByTestId('figure-row').allTextContents();
    expect(figures.some((row) => row.startsWith('企业数 · 国家专精特新“小巨人”企业'))).toBe(true);
    expect(figures.some((row) => row.startsWith('企业数 · 省级专精特新“小巨人”企业'))).toBe(true);
    expect(figures.join('\n')).not.toMatch(/scope|范围见/);

    await page.getByTestId('compare-search').fill('吉安市');
    await page.getByTestId('compare-search-suggestions').getByRole('button', { name: /吉安市/ }).first().click();
    await expect.poll(() => page.url(), SLOW).toContain('compare=3608');
    const columns = page.getByTestId('compare-column');
    await expect.poll(() => columns.allTextContents(), SLOW).toEqual(['郴州市', '吉安市']);
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded();
    await shoot(page, 'place');
  });

  // 吉安市 showed a 项目总投资 of 0 亿元, and two 2019 营业收入 figures (1,400 and 700亿元) with nothing to tell them apart.
  it('shows 吉安市’s unknown amounts as 未知 with the total’s coverage, and what tells its two 2019 营业收入 figures apart', async () => {
    const { page, url } = app;
    const expected = await apiInvestment('3608');
    expect(expected.withInvestmentCount).toBeLessThan(expected.count);
    await page.goto(`${url}/#/place?code=3608`);
    await expect.poll(() => page.getByTestId('project-totals').textContent(), SLOW).toMatch(projectTotals(expected));
    const total = await page.getByTestId('total-investment').textContent();
    if (expected.totalInvestmentCny === null) expect(total).toBe('未知');
    else expect(total).not.toMatch(/^0/);
    expect(await page.getByTestId('total-investment-coverage').textContent()).toBe(`${expected.count} 个项目中 ${expected.withInvestmentCount} 个有金额`);

    const rows = page.getByTestId('figure-row');
    await expect.poll(() => rows.count(), SLOW).toBeGreaterThan(0);
    const revenue = (await rows.allTextContents()).filter((row) => row.startsWith('营业收入 · ') && row.includes('2019') && !row.includes('2019-'));
    expect(revenue.map((row) => row.replace(/\s+/g, ' ')).sort()).toEqual([
      expect.stringMatching(/^营业收入 · 大健康(产业)? · 预计 ?2019 ?700亿元$/),
      expect.stringMatching(/^营业收入 · 电子信息(产业)? · 预计 ?2019 ?1,400亿元$/),
    ]);
  });

  it('restores the comparison from the URL', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/place?code=4310&compare=3608`);
    await expect.poll(() => page.getByTestId('compare-column').allTextContents(), SLOW).toEqual(['郴州市', '吉安市']);
  });
});

describe('a place in the URL', () => {
  it('opens each view on the place from every form its links have had', async () => {
    const { page, url } = app;
    /** Opens a link in a fresh document, so that nothing of the page before is left to pass the check. */
    const open = async (link: string) => {
      await page.goto('about:blank');
      await page.goto(`${url}/${link}`);
    };
    const heading = page.getByRole('heading', { level: 1 });
    for (const link of ['#/place?code=4310', '#/place?place=4310']) {
      await open(link);
      await expect.poll(() => heading.textContent(), SLOW).toContain('郴州市');
    }
    // 安义高新园区, a park of the seed's articles.
    for (const link of ['#/place?park=anyi-hi-tech-park', '#/place?place=park:anyi-hi-tech-park']) {
      await open(link);
      await expect.poll(() => heading.textContent(), SLOW).toContain('安义高新园区');
    }
    for (const link of ['#/projects?park=anyi-hi-tech-park', '#/projects?place=park:anyi-hi-tech-park']) {
      await open(link);
      await expect.poll(() => page.getByTestId('projects-place-chip').textContent(), SLOW).toContain('安义高新园区');
    }
    await open('#/chain?chain=lithium-battery&place=park:anyi-hi-tech-park');
    await expect.poll(() => page.getByTestId('place-name').textContent(), SLOW).toBe('安义高新园区');
  });
});
