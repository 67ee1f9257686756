import { describe, expect, it } from 'vitest';
import { shoot, SLOW, useBrowser } from './harness.ts';

// A server started with CHAIN_ATLAS_READ_TOKEN: the page asks for the token, keeps it and then reads.
const READ_TOKEN = 'e2e-read-token-0123456789';
const app = useBrowser({ env: { CHAIN_ATLAS_READ_TOKEN: READ_TOKEN } });

describe('a server that needs a read token', () => {
  it('asks for it, says when it is wrong, and shows the landing page once it is right, also after a reload', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/home`);
    const banner = page.getByTestId('read-token-banner');
    await expect.poll(() => banner.textContent(), SLOW).toContain('访问令牌');
    expect(await page.getByTestId('home-stories').count()).toBe(0);
    await shoot(page, 'read-token-asked');

    await page.getByTestId('read-token').fill('not-the-token');
    await page.getByTestId('read-token').press('Enter');
    await expect.poll(() => banner.textContent(), SLOW).toContain('不正确');

    await page.getByTestId('read-token').fill(READ_TOKEN);
    await page.getByTestId('read-token').press('Enter');
    await expect.poll(() => page.getByTestId('home-stories').locator('li').count(), SLOW).toBeGreaterThan(5);
    expect(await banner.count()).toBe(0);

    await page.reload();
    await expect.poll(() => page.getByTestId('home-stories').locator('li').count(), SLOW).toBeGreaterThan(5);
    expect(await banner.count()).toBe(0);
  });
});
