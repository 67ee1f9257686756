import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/config.ts';
import { EDITOR_TOKEN, settled, shoot, SLOW, useBrowser } from './harness.ts';

/**
 * An editor pastes an article into the 导入文章 page and reads, sentence by sentence, the facts it
 * states (issue 18): the seed's 郴州 article, in Traditional characters, with its known firms linked.
 * Nothing is written, so nothing is undone after.
 */
const app = useBrowser();

const CHENZHOU = readFileSync(path.join(projectRoot, 'seed/articles/sources/002_c0ffa7fe100a08b4.txt'), 'utf8');

describe('reading an article in the web app', () => {
  it('shows the proposals of a pasted Traditional article under their sentences, known firms by name', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/article`);
    await page.getByTestId('editor-token').fill(EDITOR_TOKEN);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('editor');

    expect(await page.getByTestId('article-propose').isDisabled()).toBe(true);
    await page.getByTestId('article-text').fill(CHENZHOU);
    await page.getByTestId('article-propose').click();
    await expect.poll(() => page.getByTestId('article-sentence').count(), SLOW).toBeGreaterThan(10);
    await settled(page);

    const sentences = await page.getByTestId('article-sentence').allTextContents();
    // Each group quotes its sentence as the article writes it, in Traditional characters.
    expect(sentences.some((text) => text.includes('郴州高新區、永興經開區有望打造千億園區'))).toBe(true);
    const kinds = new Set(await page.getByTestId('article-proposal').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind'))));
    for (const kind of ['PLACE', 'PARK', 'FIRM', 'PROJECT', 'FIGURE']) expect(kinds).toContain(kind);
    // A firm the graph knows is shown as linked to it; values read as words, not keys.
    const firms = await page.locator('[data-testid="article-proposal"][data-kind="FIRM"]').allTextContents();
    expect(firms.some((text) => text.includes('图谱中已有'))).toBe(true);
    const text = await page.getByTestId('article-read').textContent();
    expect(text).not.toMatch(/\b(signed|under_construction|in_production|completed|leading|pillar)\b/);
    expect(text).toContain('繁体');
    // Each proposal says why, in the page's language.
    const whys = await page.getByTestId('article-why').allTextContents();
    expect(whys.length).toBeGreaterThan(10);
    for (const why of whys) expect(why).not.toMatch(/[a-z]{3,}/);
    await shoot(page, 'article-chenzhou');
  });

  it('reads an uploaded GBK text file, its byline giving the date', async () => {
    const { page } = app;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-e2e-article-')), '新干逆势破局.txt');
    writeFileSync(file, iconv.encode(readFileSync(path.join(projectRoot, 'seed/articles/sources/000_21afc4c4c016eecc.txt'), 'utf8'), 'gbk'));
    await page.getByTestId('article-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('article-read').locator('h2').textContent().catch(() => null), SLOW).toBe('从「新干逆势破局.txt」读出的事实');
    await settled(page);
    expect(await page.getByTestId('article-read').textContent()).toContain('日期按 2024-05-23 理解');
    const sentences = await page.getByTestId('article-sentence').allTextContents();
    const signing = sentences.find((text) => text.includes('2月27日,他先后参加江西赣南制药有限公司'));
    expect(signing).toContain('2024-02-27');
    expect(signing).toContain('已签约');
  });

  it('refuses an article in another language with the reason, and shows no proposals', async () => {
    const { page } = app;
    await page.getByTestId('article-text').fill('The county signed three projects this quarter, worth 2.5 billion yuan in all. '.repeat(10));
    await page.getByTestId('article-propose').click();
    await expect.poll(() => page.getByTestId('article-error').textContent().catch(() => null), SLOW).toMatch(/中文/);
    expect(await page.getByTestId('article-read').count()).toBe(0);
  });
});
