import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settled, shoot, SLOW, useBrowser } from './harness.ts';

const app = useBrowser();

/** The numbers in "画布上 N 个节点、M 条关系". */
async function canvasCount(): Promise<{ nodes: number; edges: number }> {
  const text = (await app.page.getByTestId('explore-count').textContent()) ?? '';
  const [nodes = NaN, edges = NaN] = (text.match(/\d+/g) ?? []).map(Number);
  return { nodes, edges };
}

describe('the Explore view', () => {
  it('puts a searched entity on the canvas, shows its details and expands its neighbours', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/explore`);
    await expect.poll(() => page.getByTestId('explore-empty').isVisible(), SLOW).toBe(true);

    await page.getByTestId('explore-search').fill('新干');
    const suggestion = page.getByTestId('explore-search-suggestions').getByRole('option').filter({ hasText: '新干县' }).first();
    await suggestion.locator('button').click();

    await expect.poll(() => page.getByTestId('explore-details-name').textContent(), SLOW).toBe('新干县');
    await expect.poll(() => page.getByTestId('explore-details-type').textContent(), SLOW).toBe('区域');
    expect(await canvasCount()).toEqual({ nodes: 1, edges: 0 });
    expect(page.url()).toContain('focus=Region%3A360824');

    await page.getByTestId('explore-expand').click();
    await expect.poll(() => page.getByTestId('explore-showing').textContent(), SLOW).toMatch(/显示 \d+ \/ [\d,]+ 个邻居/);
    const showing = ((await page.getByTestId('explore-showing').textContent()) ?? '').match(/显示 (\d+) \/ ([\d,]+)/)!;
    const shown = Number(showing[1]);
    expect(shown).toBeGreaterThan(0);
    expect(Number(showing[2]!.replace(/,/g, ''))).toBeGreaterThanOrEqual(shown);
    const after = await canvasCount();
    expect(after.nodes).toBe(1 + shown);
    expect(after.edges).toBeGreaterThanOrEqual(shown);
    await expect.poll(() => page.getByTestId('explore-legend').isVisible(), SLOW).toBe(true);
    await settled(page);
    await shoot(page, 'explore');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('explore-png').click()]);
    expect(download.suggestedFilename()).toBe('chain-atlas-Region-360824.png');
    expect(statSync(await download.path()).size).toBeGreaterThan(1000);

    await page.getByTestId('explore-undo').click();
    await expect.poll(canvasCount, SLOW).toEqual({ nodes: 1, edges: 0 });
  });

  it('restores the focused entity and its neighbourhood from the URL', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/explore?focus=Region:360824`);
    await page.reload();
    await expect.poll(() => page.getByTestId('explore-details-name').textContent(), SLOW).toBe('新干县');
    await expect.poll(async () => (await canvasCount()).nodes, SLOW).toBeGreaterThan(1);
    await expect.poll(() => page.getByTestId('explore-showing').isVisible(), SLOW).toBe(true);
  });

  it('bounds a large neighbourhood and shows more on request, picked from the node list', async () => {
    const { page, url } = app;
    // 新干县 and its neighbourhood, which lists 吉安市; a fresh document, as the test before leaves one.
    await page.goto(`${url}/#/explore?focus=Region:360824`);
    await page.reload();
    await page.locator('.list summary').click();
    await page.locator('.list').getByRole('button', { name: /吉安市/ }).click();
    await expect.poll(() => page.getByTestId('explore-details-name').textContent(), SLOW).toBe('吉安市');
    await page.getByTestId('explore-canvas').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('explore-showing').textContent(), SLOW).toMatch(/显示 50 \/ \d+ 个邻居/);
    const total = Number(((await page.getByTestId('explore-showing').textContent()) ?? '').match(/\/ (\d+)/)![1]);
    expect(total).toBeGreaterThan(50);
    await page.getByTestId('explore-more').click();
    await expect.poll(() => page.getByTestId('explore-showing').textContent(), SLOW).toBe(`显示 ${total} / ${total} 个邻居`);
    await expect.poll(() => page.getByTestId('explore-more').count(), SLOW).toBe(0);

    // Narrow screens stack the details panel below the canvas.
    await page.setViewportSize({ width: 600, height: 900 });
    const canvas = (await page.getByTestId('explore-canvas').boundingBox())!;
    const details = (await page.getByTestId('explore-details').boundingBox())!;
    expect(details.y).toBeGreaterThan(canvas.y + canvas.height);
    await shoot(page, 'explore-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('says so when the URL names nothing', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/explore?focus=Region:999999`);
    await page.reload();
    await expect.poll(() => page.getByTestId('explore-error').textContent(), SLOW).toContain('Region:999999');
  });
});
