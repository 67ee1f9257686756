import { describe, expect, it } from 'vitest';
import { shoot, SLOW, useBrowser } from './harness.ts';

const app = useBrowser();

describe('the app shell', () => {
  it('opens in Chinese, switches to English and back, and keeps the choice in the URL’s view', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/projects`);
    await expect.poll(() => page.getByTestId('nav-projects').textContent(), SLOW).toBe('项目库');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('nav-projects').textContent(), SLOW).toBe('Projects');
    expect(page.url()).toContain('#/projects');
    await shoot(page, 'shell-english');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('nav-projects').textContent(), SLOW).toBe('项目库');
  });

  it('opens on the landing page, from an empty address and from the brand', async () => {
    const { page, url } = app;
    await page.goto(`${url}/`);
    await expect.poll(() => page.getByTestId('nav-home').getAttribute('aria-current'), SLOW).toBe('page');
    await expect.poll(() => page.getByTestId('home-stories').locator('li').count(), SLOW).toBeGreaterThan(5);
    // A story opens its chain map for its place.
    await page.getByTestId('home-stories').getByRole('link', { name: /郴州市 · 锂电池/ }).click();
    await expect.poll(() => page.url(), SLOW).toMatch(/#\/chain\?chain=lithium-battery&place=4310$/);
    await page.getByTestId('brand').click();
    await expect.poll(() => page.url(), SLOW).toMatch(/#\/home$/);
    await expect.poll(() => page.getByTestId('home-places').textContent(), SLOW).toContain('新干县');
    await shoot(page, 'home');
  });

  it('goes back and forward between views with the browser', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/explore`);
    await page.getByTestId('nav-chain').click();
    await expect.poll(() => page.url(), SLOW).toContain('#/chain');
    await page.goBack();
    await expect.poll(() => page.url(), SLOW).toContain('#/explore');
    await page.goForward();
    await expect.poll(() => page.getByTestId('nav-chain').getAttribute('aria-current'), SLOW).toBe('page');
  });
});

describe('when the API is down', () => {
  it('shows a clear banner, and retry brings the view back once the API answers', async () => {
    const { page, url } = app;
    // A fresh document: requests still in flight from the previous view would succeed and lower the banner.
    await page.goto('about:blank');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${url}/#/projects`);
    const banner = page.getByTestId('api-banner');
    await expect.poll(() => banner.textContent({ timeout: 1_000 }).catch(() => ''), SLOW).toContain('无法连接服务器');
    await shoot(page, 'api-down');
    await page.unroute('**/graphql');
    await banner.getByRole('button').click();
    await expect.poll(() => banner.isVisible(), SLOW).toBe(false);
    await expect.poll(() => page.locator('main').textContent(), SLOW).toContain('个项目');
  });
});
