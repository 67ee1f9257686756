import { describe, expect, it } from 'vitest';
import { shoot, SLOW, useBrowser } from './harness.ts';

const app = useBrowser();

/** What the API says about the chain in the place, to check the map against. */
async function expected(url: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ chainMap(chainId: "lithium-battery", regionCode: "4310") { presentCount thinCount comingCount missingCount unknownCount segments { segment { key } coverage } }
                chainGaps(chainId: "nonferrous-metals", regionCode: "4310") { gaps { segment { key } candidates { firm { name } } } } }`,
    }),
  });
  const { data } = (await response.json()) as {
    data: {
      chainMap: Record<`${'present' | 'thin' | 'coming' | 'missing' | 'unknown'}Count`, number> & { segments: { segment: { key: string }; coverage: string }[] };
      chainGaps: { gaps: { segment: { key: string }; candidates: { firm: { name: string } }[] }[] };
    };
  };
  return data;
}

describe('the chain map', () => {
  it('draws 郴州市’s lithium-battery chain coloured by coverage, and lists candidates for a gap of its non-ferrous chain', async () => {
    const { page, url } = app;
    const api = await expected(url);
    await page.goto(`${url}/#/chain?chain=lithium-battery&place=4310`);

    await expect.poll(() => page.getByTestId('place-name').textContent(), SLOW).toBe('郴州市');
    await expect.poll(() => page.getByTestId('legend-PRESENT').getAttribute('data-count'), SLOW).toBe(String(api.chainMap.presentCount));
    for (const coverage of ['THIN', 'COMING', 'MISSING', 'UNKNOWN'] as const) {
      const count = api.chainMap[`${coverage.toLowerCase() as Lowercase<typeof coverage>}Count`];
      expect(await page.getByTestId(`legend-${coverage}`).getAttribute('data-count'), coverage).toBe(String(count));
    }
    const { presentCount, thinCount, comingCount, missingCount, unknownCount } = api.chainMap;
    expect(presentCount + thinCount + comingCount + missingCount + unknownCount).toBe(api.chainMap.segments.length);

    // Every segment is listed with the coverage the API gave it; the canvas draws the same elements.
    for (const { segment, coverage } of api.chainMap.segments) {
      expect(await page.getByTestId(`segment-${segment.key}`).getAttribute('data-coverage')).toBe(coverage);
    }
    expect(await page.locator('[data-testid="chain-graph"] canvas').count()).toBeGreaterThan(0);

    // Every firm that makes a lithium segment has a project in 郴州 already, so no lithium gap has
    // candidates: the candidates are shown on 郴州's non-ferrous map, at its gap with the most.
    await page.goto(`${url}/#/chain?chain=nonferrous-metals&place=4310`);
    const gap = [...api.chainGaps.gaps].sort((a, b) => b.candidates.length - a.candidates.length)[0]!;
    expect(gap.candidates.length).toBeGreaterThan(0);
    await page.getByTestId(`segment-${gap.segment.key}`).click();
    const panel = page.getByTestId('segment-panel');
    await expect.poll(() => panel.isVisible(), SLOW).toBe(true);
    await expect.poll(() => panel.getByTestId('candidate').count(), SLOW).toBe(gap.candidates.length);
    expect(await panel.getByTestId('candidate').first().textContent()).toContain(gap.candidates[0]!.firm.name);

    // The first candidate's path, drawn on the map: the firm appears on the canvas beside its segment, and goes again.
    const graph = page.getByTestId('chain-graph');
    const before = await graph.screenshot();
    await panel.getByTestId('show-path').first().click();
    await expect.poll(() => graph.getAttribute('data-path-firms'), SLOW).toContain(gap.candidates[0]!.firm.name);
    expect(await panel.getByTestId('show-path').first().getAttribute('aria-pressed')).toBe('true');
    expect((await graph.screenshot()).equals(before)).toBe(false);
    await shoot(page, 'chain-map-path');
    await panel.getByTestId('show-path').first().click();
    await expect.poll(() => graph.getAttribute('data-path-firms'), SLOW).toBe('');
    // The legend, the map and the panel together, as a user lands on them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'chain-map');
  });

  it('shows extension opportunities for the place', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/chain?chain=lithium-battery&place=4310`);
    await expect.poll(() => page.getByTestId('opportunities').locator('li').count(), SLOW).toBeGreaterThan(0);
  });
});
