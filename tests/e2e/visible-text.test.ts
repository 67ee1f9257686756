import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/config.ts';
import { EDITOR_TOKEN, settled, shoot, SLOW, useBrowser } from './harness.ts';

/**
 * Walks every view as a user would and reads what they see: the page's text and the labels drawn
 * on the graph canvases. In Chinese nothing may show an internal key, an enum name or an English
 * sentence; in English no label of the interface may be left in Chinese.
 */
const app = useBrowser();

/** snake_case keys: `industrial_value_added`, `under_construction`. */
const SNAKE_CASE = /\b[a-z]+_[a-z_]+\b/g;
/** UPPER_CASE enum names: `SIGNED`, `FOCUSES_ON`. */
const UPPER_CASE = /\b[A-Z]{2,}(?:_[A-Z]+)*\b/g;
/**
 * Capitals a Chinese reader meets as they are: file formats of the interface, and acronyms that
 * are part of product names in the data (电池管理系统(BMS), 聚四氟乙烯(PTFE), 合成树脂(PE/PP/ABS/PC), 聚氨酯(PU)).
 */
const ALLOWED_CAPITALS = new Set(['PNG', 'CSV', 'GDP', 'BMS', 'PTFE', 'PVDF', 'PE', 'PP', 'ABS', 'PC', 'PU', 'PVC']);
/** Three English words in a row: a sentence, or a phrase left untranslated. */
const ENGLISH_WORDS = /\b[A-Za-z]+(?:[ ,.'’()-]+[A-Za-z]+){2,}\b/g;
/** A lowercase English word on its own (企业数(范围见 scope)): a key or a word left untranslated. Units are not lowercase (GWh). */
const LOWERCASE_WORD = /\b[a-z]{2,}\b/g;

/** What a view shows: the page's text, and what its graph canvases write on nodes and edges. */
async function visibleText(page: Page): Promise<string[]> {
  await settled(page);
  return page.evaluate(() => {
    // A command or a variable (npm run import, CHAIN_ATLAS_EDITOR_TOKEN) is typed as it is in any language.
    document.querySelectorAll('code').forEach((code) => code.remove());
    // Cytoscape keeps its instance on its container (`_cyreg`); the canvas text is nowhere else.
    type Registered = HTMLElement & { _cyreg?: { cy?: { elements(): { map(f: (e: { data(k: string): unknown }) => unknown): unknown[] } } } };
    const canvases = [...document.querySelectorAll<Registered>('[data-testid="explore-canvas"], [data-testid="chain-graph"]')];
    const labels = canvases.flatMap((c) => c._cyreg?.cy?.elements().map((e) => e.data('label')) ?? []).filter((l): l is string => typeof l === 'string' && l !== '');
    return [document.body.innerText, ...labels];
  });
}

/**
 * The test database also holds tests/fixtures/analytics-fixture.ts, whose names (测试项目fx-p1) no
 * user of the real data meets.
 */
const FIXTURE_NAME = /测试[\u4e00-\u9fff]*[a-z0-9-]*/g;
/** The name of a file an editor imported (xingan-firms-example.xlsx): the user's own words. */
const FILE_NAME = /[\w\u4e00-\u9fff.-]+\.(?:xlsx|csv)\b/g;

/** Everything in the texts that a Chinese reader should not see. */
function internalsIn(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts.map((t) => t.replace(FIXTURE_NAME, '').replace(FILE_NAME, ''))) {
    for (const [match] of text.matchAll(SNAKE_CASE)) found.add(match);
    for (const [match] of text.matchAll(UPPER_CASE)) if (!ALLOWED_CAPITALS.has(match)) found.add(match);
    for (const [match] of text.matchAll(ENGLISH_WORDS)) found.add(match);
    for (const [match] of text.matchAll(LOWERCASE_WORD)) found.add(match);
  }
  return [...found];
}

/** Opens a view in a fresh document, so that the language kept in the browser is read again. */
async function visit(page: Page, url: string, hash: string) {
  await page.goto(`${url}/${hash}`);
  await page.reload();
}

/** Opens an editor's view with the editor token kept in the browser, or without one. */
async function visitAsEditor(page: Page, url: string, hash: string, token: string | null) {
  await page.goto(`${url}/#/`);
  await page.evaluate((value) => (value ? localStorage.setItem('chain-atlas.editor-token', value) : localStorage.removeItem('chain-atlas.editor-token')), token);
  await visit(page, url, hash);
}

/**
 * The title the walk keeps an article under, to review it and to undo it after: the 安义 article,
 * whose sentences have no Latin letters, and which no other test file keeps.
 */
const KEPT_TITLE = '安义产业报道（界面文字检查）';

/** Undoes the article the walk kept: kept only, with one proposal rejected, it wrote nothing else. */
afterAll(async () => {
  if (!app.url) return;
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as { data: { ingestedArticles: { source: { key: string; title: string } }[] } }).data;
  };
  const { ingestedArticles } = await api('{ ingestedArticles { source { key title } } }');
  for (const { source } of ingestedArticles.filter((a) => a.source.title === KEPT_TITLE)) {
    await api('mutation($id: ID!) { undoArticle(id: $id) { id } }', { id: source.key });
  }
}, 120_000);

/** The views and the states of them to look at, each as a user reaches it, in either language. */
const WALK: { view: string; open: (page: Page, url: string) => Promise<void> }[] = [
  {
    view: 'landing',
    open: async (page, url) => {
      await visit(page, url, '#/');
      await expect.poll(() => page.getByTestId('home-stories').locator('li').count(), SLOW).toBeGreaterThan(0);
    },
  },
  {
    view: 'Explore: a county, its neighbours and its details',
    open: async (page, url) => {
      await visit(page, url, '#/explore?focus=Region:360824');
      await expect.poll(() => page.getByTestId('explore-showing').isVisible(), SLOW).toBe(true);
      await expect.poll(() => page.locator('[data-field="field.level"]').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'Explore: a figure picked from the node list',
    open: async (page, url) => {
      await visit(page, url, '#/explore?focus=Region:360824');
      await expect.poll(() => page.getByTestId('explore-showing').isVisible(), SLOW).toBe(true);
      await page.locator('.list summary').click();
      await page.locator('.list button[data-type="Observation"]').first().click();
      await expect.poll(() => page.locator('[data-field="field.indicator"]').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'Explore: a project',
    open: async (page, url) => {
      await visit(page, url, '#/explore?focus=Project:yizhang-lipf6-30000t');
      await expect.poll(() => page.locator('[data-field="field.status"]').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'Explore: a firm and the firms it deals with',
    open: async (page, url) => {
      await visit(page, url, '#/explore?focus=Firm:jinwang-bismuth');
      await expect.poll(() => page.locator('[data-field="field.location"]').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'Explore: a source article',
    open: async (page, url) => {
      await visit(page, url, '#/explore?focus=Source:chenzhou-industry-2022');
      await expect.poll(() => page.locator('[data-field="field.publishedOn"]').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'Explore: a chain',
    open: async (page, url) => {
      await visit(page, url, '#/explore?focus=Chain:lithium-battery');
      await expect.poll(() => page.locator('[data-field="field.basis"]').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'chain map: 郴州市 lithium battery, a segment selected',
    open: async (page, url) => {
      await visit(page, url, '#/chain?chain=lithium-battery&place=4310');
      await expect.poll(() => page.getByTestId('place-name').textContent(), SLOW).toBe('郴州市');
      await page.getByTestId('segment-lithium-ion-cells').click();
      await expect.poll(() => page.getByTestId('segment-panel').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'place page: 郴州市',
    open: async (page, url) => {
      await visit(page, url, '#/place?code=4310');
      await expect.poll(() => page.getByTestId('breadcrumb').isVisible(), SLOW).toBe(true);
      await expect.poll(() => page.getByTestId('figure-row').count(), SLOW).toBeGreaterThan(0);
    },
  },
  {
    view: 'projects',
    open: async (page, url) => {
      await visit(page, url, '#/projects');
      await expect.poll(() => page.getByTestId('projects-shown').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'import: no editor token, the access note',
    open: async (page, url) => {
      await visitAsEditor(page, url, '#/import', null);
      await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('noToken');
    },
  },
  {
    view: 'import: an editor, the file picker and the imports',
    open: async (page, url) => {
      await visitAsEditor(page, url, '#/import', EDITOR_TOKEN);
      await expect.poll(() => page.getByTestId('import-past').locator('table, [data-testid="import-past-none"]').count(), SLOW).toBe(1);
    },
  },
  {
    view: 'article: an editor reads the 新干 article',
    open: async (page, url) => {
      await visitAsEditor(page, url, '#/article', EDITOR_TOKEN);
      await page.getByTestId('article-text').fill(readFileSync(path.join(projectRoot, 'seed/articles/sources/000_21afc4c4c016eecc.txt'), 'utf8'));
      await page.getByTestId('article-propose').click();
      await expect.poll(() => page.getByTestId('article-sentence').count(), SLOW).toBeGreaterThan(5);
    },
  },
  {
    view: 'article: an editor reviews a kept article, a proposal rejected and one being edited',
    open: async (page, url) => {
      // A name to record: the server's default for an editor without one is a word of its own.
      await page.goto(`${url}/#/`);
      await page.evaluate(() => localStorage.setItem('chain-atlas.editor-name', '审核员'));
      await visitAsEditor(page, url, '#/article', EDITOR_TOKEN);
      await page.getByTestId('article-text').fill(readFileSync(path.join(projectRoot, 'seed/articles/sources/001_f375bfca49fd402f.txt'), 'utf8'));
      await page.getByTestId('article-title').fill(KEPT_TITLE);
      await page.getByTestId('article-propose').click();
      await expect.poll(() => page.getByTestId('article-keep').isVisible(), SLOW).toBe(true);
      await page.getByTestId('article-keep').click();
      // Kept in the first language's walk, the same article is answered as it is in the second's.
      await expect.poll(() => page.getByTestId('article-review-title').textContent().catch(() => null), SLOW).toBe(KEPT_TITLE);
      const rejected = page.locator('[data-testid="article-review-item"][data-status="rejected"]');
      if ((await rejected.count()) === 0) {
        await page.locator('[data-testid="article-review-item"][data-kind="place"]').first().getByTestId('article-reject').click();
        await expect.poll(() => rejected.count(), SLOW).toBe(1);
      }
      await page.locator('[data-testid="article-review-item"][data-kind="project"][data-status="pending"]').first().getByTestId('article-edit').click();
      await expect.poll(() => page.getByTestId('article-accept-edits').isVisible(), SLOW).toBe(true);
    },
  },
  {
    view: 'review: an editor, the queue',
    open: async (page, url) => {
      await visitAsEditor(page, url, '#/review', EDITOR_TOKEN);
      await expect.poll(() => page.locator('[data-testid="review-table"], [data-testid="review-empty"]').count(), SLOW).toBe(1);
    },
  },
];

describe('the visible text in Chinese', () => {
  it.each(WALK.map((step, i) => [step.view, i] as const))('%s shows no internal key, enum name or English sentence', async (_, i) => {
    const { page, url } = app;
    const step = WALK[i]!;
    // In Chinese: the language is kept in the browser, and Chinese is the default.
    await page.goto(`${url}/#/`);
    await page.evaluate(() => localStorage.removeItem('chain-atlas.locale'));
    await step.open(page, url);
    const texts = await visibleText(page);
    await shoot(page, `visible-text-zh-${i}`);
    expect(internalsIn(texts), step.view).toEqual([]);
  });
});

/**
 * The interface's own Chinese: every Chinese message of three characters or more that has no
 * placeholder, read from the message files (the app's only source of text). Shorter ones (在建,
 * 园区) are as likely to be words of the data, which stay Chinese in English.
 */
function chineseMessages(): string[] {
  const components = path.join(projectRoot, 'web/src/lib/components');
  const files = [path.join(projectRoot, 'web/src/lib/i18n/common-messages.ts')];
  for (const file of readdirSync(components)) if (file.endsWith('-messages.ts')) files.push(path.join(components, file));
  const views = path.join(projectRoot, 'web/src/views');
  for (const view of readdirSync(views)) files.push(path.join(views, view, 'messages.ts'));
  const messages = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const zh = text.slice(text.indexOf('zh: {'), text.indexOf('en: {'));
    for (const [, value] of zh.matchAll(/:\s*'([^'{}]*)',?\n/g)) if (/^[\u4e00-\u9fff（）：·、，]{3,}$/.test(value!)) messages.add(value!);
  }
  return [...messages];
}

describe('the visible text in English', () => {
  it.each(WALK.map((step, i) => [step.view, i] as const))('%s shows no Chinese label of the interface', async (_, i) => {
    const { page, url } = app;
    const step = WALK[i]!;
    await page.goto(`${url}/#/`);
    await page.evaluate(() => localStorage.setItem('chain-atlas.locale', 'en'));
    await step.open(page, url);
    // Quotations of the sources are Chinese in any language.
    await page.evaluate(() => document.querySelectorAll('blockquote, cite, q').forEach((quote) => quote.remove()));
    const text = (await visibleText(page)).join('\n');
    await shoot(page, `visible-text-en-${i}`);
    const messages = chineseMessages();
    expect(messages.length).toBeGreaterThan(50);
    // A label stands on its own; inside a longer run of Chinese (a figure's scope 300家产业链龙头企业)
    // the same characters are the data's words.
    const alone = (message: string) => new RegExp(`(?<![\\u4e00-\\u9fff])${message}(?![\\u4e00-\\u9fff])`);
    expect(messages.filter((message) => alone(message).test(text)), step.view).toEqual([]);
  });
});
