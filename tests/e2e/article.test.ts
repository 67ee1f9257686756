import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/config.ts';
import { EDITOR_TOKEN, settled, shoot, SLOW, useBrowser } from './harness.ts';

/**
 * An editor pastes an article into the 导入文章 page and reads, sentence by sentence, the facts it
 * states (issue 18): the seed's 郴州 article, in Traditional characters, with its known firms linked.
 * Reading writes nothing; the article kept for review in the last test is undone by it, and again
 * after the file, so the other files see the seed as it was.
 */
const app = useBrowser();

const CHENZHOU = readFileSync(path.join(projectRoot, 'seed/articles/sources/002_c0ffa7fe100a08b4.txt'), 'utf8');
const XINGAN = readFileSync(path.join(projectRoot, 'seed/articles/sources/000_21afc4c4c016eecc.txt'), 'utf8');
/** The kept article's title: the seed holds the same article under its own title, so this one is told apart by it. */
const KEPT_TITLE = '新干如何逆势破局（送审）';
/** Keeping an article, each decision and the undo write and derive the analytics again: seconds on the shared runner. */
const WRITE = { timeout: 120_000 };

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors[0]!.message);
  return body.data;
}

/**
 * Undoes the 新干 article if it is kept: an article is kept by its text, so one left by an
 * interrupted run would come back with its decisions.
 */
async function undoKept() {
  const { ingestedArticles } = await api<{ ingestedArticles: { source: { key: string; title: string } }[] }>('{ ingestedArticles { source { key title } } }');
  for (const { source } of ingestedArticles.filter((a) => a.source.title === KEPT_TITLE)) {
    await api('mutation($id: ID!) { undoArticle(id: $id) { id } }', { id: source.key });
  }
}

beforeAll(async () => {
  if (app.url) await undoKept();
}, 120_000);
afterAll(async () => {
  if (app.url) await undoKept();
}, 120_000);

/** The sources and evidence the Explore details panel shows of the firm 江西赣南制药有限公司. */
async function firmSources(page: Page): Promise<string> {
  await page.goto(`${app.url}/#/explore?focus=Firm:jiangxi-gannan-pharmaceutical`);
  await page.reload();
  await expect.poll(() => page.getByTestId('explore-details-name').textContent(), SLOW).toBe('江西赣南制药有限公司');
  await expect.poll(() => page.getByTestId('explore-sources').isVisible(), SLOW).toBe(true);
  return (await page.getByTestId('explore-sources').textContent()) ?? '';
}

/** The sources and evidence the Explore details panel shows of the park 峡江县工业园区. */
async function parkSources(page: Page): Promise<string> {
  await page.goto(`${app.url}/#/explore?focus=Park:xiajiang-industrial-park`);
  await page.reload();
  await expect.poll(() => page.getByTestId('explore-details-name').textContent(), SLOW).toBe('峡江县工业园区');
  await expect.poll(() => page.getByTestId('explore-sources').isVisible(), SLOW).toBe(true);
  return (await page.getByTestId('explore-sources').textContent()) ?? '';
}

/** The sentences and their sources the salt-chemical chain map of 新干县 quotes. */
async function saltEvidence(page: Page): Promise<string> {
  await page.goto(`${app.url}/#/chain?chain=salt-chemical&place=360824`);
  await page.reload();
  await expect.poll(() => page.getByTestId('place-name').textContent(), SLOW).toBe('新干县');
  await expect.poll(() => page.getByTestId('chain-stated').isVisible(), SLOW).toBe(true);
  return (await page.getByTestId('chain-evidence').textContent()) ?? '';
}

/** A proposal of the kept article: its kind (lowercase, as the row gives it), and words its row shows. */
const item = (page: Page, kind: string, text: string) => page.locator(`[data-testid="article-review-item"][data-kind="${kind}"]`).filter({ hasText: text });

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

  it('keeps the 新干 article for review, accepts and corrects its proposals, shows them in Explore and the chain map, and undoes it', async () => {
    const { page, url } = app;
    const SIGNING = '2月27日,他先后参加江西赣南制药有限公司年产100亿套胶囊生产项目';
    const PILLARS = '资料显示,新干县有四大主导产业,即盐化工、机械机电两大强县产业,箱包皮具和灯饰照明两大富民产业。';
    expect(await firmSources(page)).not.toContain(KEPT_TITLE);
    expect(await saltEvidence(page)).not.toContain(KEPT_TITLE);
    // An editor, as the first test signed in: this one runs on its own too.
    await page.evaluate((token) => localStorage.setItem('chain-atlas.editor-token', token), EDITOR_TOKEN);

    await page.goto(`${url}/#/article`);
    await page.reload();
    await page.getByTestId('article-text').fill(XINGAN);
    await page.getByTestId('article-date').fill('2024-05-23');
    await page.getByTestId('article-title').fill(KEPT_TITLE);
    await page.getByTestId('article-propose').click();
    await expect.poll(() => page.getByTestId('article-keep').isVisible(), SLOW).toBe(true);
    await page.getByTestId('article-keep').click();
    await expect.poll(() => page.getByTestId('article-review-title').textContent().catch(() => null), WRITE).toBe(KEPT_TITLE);
    const key = new URLSearchParams(page.url().split('?')[1]).get('id');
    expect(key).toMatch(/^article-[0-9a-f]{12}$/);
    const items = page.getByTestId('article-review-item');
    const total = await items.count();
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('[data-testid="article-review-item"][data-status="pending"]').count()).toBe(total);
    expect(await page.getByTestId('article-pending').getAttribute('data-pending')).toBe(String(total));

    // The Review page lists it, and its link opens it again.
    await page.goto(`${url}/#/review`);
    const link = page.getByTestId('review-article').filter({ hasText: KEPT_TITLE });
    await expect.poll(() => link.getAttribute('data-pending').catch(() => null), SLOW).toBe(String(total));
    await link.click();
    await expect.poll(() => page.url(), SLOW).toContain(`#/article?id=${key}`);
    await expect.poll(() => items.count(), SLOW).toBe(total);

    // 新干县's focus on 盐化工, under the sentence it came from, and the firm.
    const focus = item(page, 'focus', '盐化工').filter({ hasText: '新干县' });
    expect(await focus.count()).toBe(1);
    const focusSentence = page.getByTestId('article-sentence').filter({ has: focus });
    expect(await focusSentence.locator('mark').textContent()).toBe(PILLARS);
    await focus.getByTestId('article-accept').click();
    await expect.poll(() => focus.getAttribute('data-status'), WRITE).toBe('accepted');
    expect(await focus.textContent()).toContain('已接受');
    const firm = item(page, 'firm', '江西赣南制药有限公司');
    await firm.getByTestId('article-accept').click();
    await expect.poll(() => firm.getAttribute('data-status'), WRITE).toBe('accepted');

    // The capsule project is read in 峡江县, where the sentences before its signing were.
    expect(await item(page, 'project', '年产100亿套胶囊').textContent()).toContain('峡江县');
    // 生物医药, in a sentence about 峡江县's 尹嵘峰, was read in the article's main place, 新干县: corrected.
    // A code the tree lacks is refused, naming the field.
    const proposed = page.locator('[data-testid="article-review-item"][data-kind="focus"]').filter({ hasText: '生物医药' }).filter({ hasText: '新干县' });
    expect(await proposed.count()).toBe(1);
    // By its id from here: while edited, its fields are inputs, no longer its text.
    const biomedicine = page.locator(`[data-testid="article-review-item"][data-id="${await proposed.getAttribute('data-id')}"]`);
    await biomedicine.getByTestId('article-edit').click();
    const region = biomedicine.locator('[data-testid="article-edit-field"][data-field="region"]');
    expect(await region.inputValue()).toBe('360824');
    await region.fill('369999');
    await biomedicine.getByTestId('article-accept-edits').click();
    await expect.poll(() => biomedicine.getByTestId('article-review-error').textContent().catch(() => null), WRITE).toMatch(/region.*369999/);
    expect(await biomedicine.getAttribute('data-status')).toBe('pending');
    await region.fill('360823');
    await biomedicine.getByTestId('article-accept-edits').click();
    await expect.poll(() => biomedicine.getAttribute('data-status'), WRITE).toBe('accepted');
    expect(await biomedicine.getByTestId('article-review-error').count()).toBe(0);
    expect(await biomedicine.textContent()).toContain('峡江县');
    // The park, named in two sentences (峡江县工业园区, 峡江工业园区): accepted twice, the article is its source twice.
    const parks = page.locator('[data-testid="article-review-item"][data-kind="park"]').filter({ hasText: '峡江县工业园区' });
    expect(await parks.count()).toBe(2);
    for (const park of await parks.all()) {
      await park.getByTestId('article-accept').click();
      await expect.poll(() => park.getAttribute('data-status'), WRITE).toBe('accepted');
    }
    expect(await page.getByTestId('article-pending').getAttribute('data-pending')).toBe(String(total - 5));
    await settled(page);
    await shoot(page, 'article-review');

    // The firm cites the article, with its sentence; the chain map quotes the focus's sentence with the article among its sources.
    const sources = await firmSources(page);
    expect(sources).toContain(KEPT_TITLE);
    expect(sources).toContain(SIGNING);
    expect((await parkSources(page)).split(KEPT_TITLE).length - 1).toBe(2);
    const evidence = await saltEvidence(page);
    expect(evidence).toContain(PILLARS);
    const cited = page.getByTestId('chain-evidence').locator('li').filter({ hasText: PILLARS });
    expect(await cited.getByTestId('chain-evidence-source').allTextContents()).toContain(KEPT_TITLE);
    // The seed gives the same sentence: it is quoted once, with both sources.
    expect(evidence.split(PILLARS).length - 1).toBe(1);
    await shoot(page, 'article-chain-map');

    // Undone after a confirmation: what it wrote goes, the seed's facts stay.
    await page.goto(`${url}/#/article?id=${key}`);
    await expect.poll(() => page.getByTestId('article-undo').isVisible(), SLOW).toBe(true);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('article-undo').click();
    await expect.poll(() => page.getByTestId('article-undone').textContent().catch(() => ''), WRITE).toMatch(new RegExp(`^已撤销《${KEPT_TITLE.replace(/[()（）]/g, '.')}》：.*移除 ${total} 条提议`));
    expect(await page.getByTestId('article-review').count()).toBe(0);
    const after = await firmSources(page);
    expect(after).not.toContain(KEPT_TITLE);
    expect(after).toContain(SIGNING);
    expect(await saltEvidence(page)).not.toContain(KEPT_TITLE);
    expect(await parkSources(page)).not.toContain(KEPT_TITLE);
    await page.goto(`${url}/#/review`);
    await expect.poll(() => page.getByTestId('review-articles').locator('ul, [data-testid="review-articles-none"]').count(), SLOW).toBe(1);
    expect(await page.getByTestId('review-article').filter({ hasText: KEPT_TITLE }).count()).toBe(0);
  }, 300_000);
});
