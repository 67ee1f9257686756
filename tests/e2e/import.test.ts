import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/config.ts';
import { EDITOR_TOKEN, screenshots, settled, shoot, SLOW, useBrowser } from './harness.ts';

/**
 * An editor brings their own data through the web app (issue 16): the example roster of 新干县
 * uploaded, previewed with its refused rows, declared complete for the county and written; the
 * salt-chemical chain map of 新干县 then knows what the county has and lacks; three proposals are
 * decided in review; the import is undone and the map is as before. Other test files read 新干县,
 * so whatever this file imports is undone after it, whatever happens.
 */
const app = useBrowser();

const ROSTER = path.join(projectRoot, 'examples/import/xingan-firms-example.xlsx');
const LEDGER = path.join(projectRoot, 'examples/import/xingan-projects-example.csv');
const EDITOR = '招商科 测试';
/** The chain map of 新干县 (360824) · 盐化工 (seed/chains/salt-chemical.yaml). */
const SALT_MAP = '#/chain?chain=salt-chemical&place=360824';
const COVERAGES = ['PRESENT', 'THIN', 'COMING', 'MISSING', 'UNKNOWN'] as const;
/** Long enough for an import's write and its derivation on the shared two-core runner. */
const WRITE = { timeout: 120_000 };
/** The whole story: writes and derivations on a runner shared with other test files take minutes, not vitest's one. */
const STORY_TIMEOUT = 300_000;

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

/** Undoes every import this file wrote (recorded under its editor's name), newest first. */
async function undoOurs() {
  const { imports } = await api<{ imports: { key: string; importedBy: string | null }[] }>('{ imports { key importedBy } }');
  for (const { key } of imports.filter((i) => i.importedBy === EDITOR)) {
    await api('mutation($id: ID!) { undoImport(id: $id) { id } }', { id: key });
  }
}

afterAll(async () => {
  if (app.url) await undoOurs();
}, 180_000);

/** The legend's counts of the salt-chemical chain map of 新干县, by coverage. */
async function legend(page: Page): Promise<Record<(typeof COVERAGES)[number], number>> {
  await page.goto(`${app.url}/${SALT_MAP}`);
  await expect.poll(() => page.getByTestId('place-name').textContent(), SLOW).toBe('新干县');
  await expect.poll(() => page.getByTestId('legend-UNKNOWN').getAttribute('data-count').catch(() => null), SLOW).not.toBeNull();
  await settled(page);
  const counts = {} as Record<(typeof COVERAGES)[number], number>;
  for (const coverage of COVERAGES) counts[coverage] = Number(await page.getByTestId(`legend-${coverage}`).getAttribute('data-count'));
  return counts;
}

const count = (page: Page, id: string) => page.getByTestId(id).getAttribute('data-count');

describe('importing a roster in the web app', () => {
  it('asks for the editor token, and allows no upload without it or with a wrong one', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${url}/#/import`);
    await page.reload();
    await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('noToken');
    expect(await page.getByTestId('editor-no-token').textContent()).toContain('编辑口令');
    expect(await page.getByTestId('editor-access').textContent()).toContain('CHAIN_ATLAS_EDITOR_TOKEN');
    expect(await page.getByTestId('import-file').count()).toBe(0);

    await page.getByTestId('editor-token').fill('not-the-token-0123456789');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('wrongToken');
    expect(await page.getByTestId('editor-wrong-token').textContent()).toContain('口令不对');
    expect(await page.getByTestId('import-file').count()).toBe(0);

    // The review queue is an editor's page too.
    await page.goto(`${url}/#/review`);
    await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('wrongToken');
    expect(await page.getByTestId('review-table').count()).toBe(0);
  });

  it('says how to turn editing on where the server takes no editor', async () => {
    const { page, url } = app;
    // This server takes editors; one started without CHAIN_ATLAS_EDITOR_TOKEN answers the viewer so.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query Viewer')) return route.continue();
      await route.fulfill({ json: { data: { viewer: { role: 'READER', editorsEnabled: false } } } });
    });
    try {
      await page.goto(`${url}/#/import`);
      await page.reload();
      await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('disabled');
      const note = (await page.getByTestId('editor-disabled').textContent())!;
      expect(note).toContain('未开启在线编辑');
      expect(note).toContain('CHAIN_ATLAS_EDITOR_TOKEN');
      expect(note).toContain('npm run import');
      expect(await page.getByTestId('editor-token').count()).toBe(0);
      expect(await page.getByTestId('import-file').count()).toBe(0);
    } finally {
      await page.unroute('**/graphql');
    }
  });

  it('previews the example roster, writes it declared complete for 新干县, decides three proposals and undoes it', async () => {
    const { page, url } = app;
    const before = await legend(page);
    const total = COVERAGES.reduce((sum, c) => sum + before[c], 0);
    expect(total).toBeGreaterThan(0);
    expect(before.UNKNOWN, 'no roster of 新干县 before the import: every segment unknown').toBe(total);
    expect(await page.getByTestId('chain-stated').textContent()).toBe('来源指出本地有这条产业链，具体有哪些环节未知：');

    // The token, kept in the browser.
    await page.goto(`${url}/#/import`);
    await page.getByTestId('editor-token').fill(EDITOR_TOKEN);
    await page.getByTestId('editor-name').fill(EDITOR);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('editor');
    expect(await page.getByTestId('editor-signed-in').textContent()).toContain(EDITOR);

    // The preview: the file, its mapping, its counts and its refused rows.
    await page.getByTestId('import-file').setInputFiles(ROSTER);
    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.isVisible(), WRITE).toBe(true);
    expect(await page.getByTestId('import-facts-name').textContent()).toBe('xingan-firms-example.xlsx');
    expect(await page.getByTestId('import-sheet-name').textContent()).toBe('企业名录');
    expect(await page.getByTestId('import-kind').inputValue()).toBe('FIRMS');
    expect(await page.locator('[data-testid="import-column"][data-field="firmType"]').getAttribute('data-letter')).toBe('K');
    const figures = { rows: 43, accepted: 38, refused: 5, duplicates: 1, deregistered: 2, new: 38, changed: 0, unchanged: 0 };
    for (const [figure, value] of Object.entries(figures)) expect(await count(page, `import-count-${figure}`), figure).toBe(String(value));
    const problem = (row: number) => page.locator(`[data-testid="import-problem"][data-row="${row}"]`).first();
    expect(await problem(26).textContent()).toMatch(/新千县.*找不到地区/);
    expect(await problem(10).getAttribute('data-code')).toBe('creditCodeCheckDigit');
    expect(await problem(10).textContent()).toContain('校验位不符');
    expect(await page.getByTestId('import-edition').textContent()).toContain('GB/T 4754-2017');
    expect(await page.getByTestId('import-industry-edition').inputValue()).toBe('');
    expect(Number(await count(page, 'import-placements-proposed'))).toBeGreaterThan(0);
    // In English, the importer's sentences too, without a new preview.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => problem(26).textContent(), SLOW).toContain('no region named 新千县');
    expect(await page.getByTestId('import-count-refused').textContent()).toContain('Refused');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => problem(26).textContent(), SLOW).toContain('找不到地区');

    // A 2011 file: the codes are refused and keywords alone place the firms, as the preview says.
    await page.getByTestId('import-industry-edition').selectOption('2011');
    await expect.poll(() => page.getByTestId('import-edition').textContent(), SLOW).toContain('GB/T 4754-2011');
    await page.getByTestId('import-industry-edition').selectOption('');
    await expect.poll(() => page.getByTestId('import-edition').textContent(), SLOW).toContain('GB/T 4754-2017');

    // A column chosen by hand runs the preview again with it (K, 企业类型, read as the note instead);
    // another kind of file starts the mapping over.
    const mappingOf = (field: string) => page.locator(`[data-testid="import-column"][data-field="${field}"]`);
    // A field the file does not give is folded away with the others.
    if (!(await page.getByTestId('import-column-note').isVisible())) await page.getByTestId('import-columns').locator('summary').click();
    await page.getByTestId('import-column-note').selectOption('K');
    await expect.poll(() => mappingOf('note').getAttribute('data-by'), WRITE).toBe('HAND');
    expect(await mappingOf('note').getAttribute('data-letter')).toBe('K');
    expect(await mappingOf('firmType').getAttribute('data-letter')).toBe('');
    await page.getByTestId('import-kind').selectOption('PROJECTS');
    // A roster read as a ledger: its mapping, or the importer's word on why it cannot be one.
    await expect.poll(async () => (await mappingOf('investor').count()) + (await page.getByTestId('import-error').count()), WRITE).toBe(1);
    await page.getByTestId('import-kind').selectOption('FIRMS');
    await expect.poll(() => mappingOf('firmType').getAttribute('data-letter'), WRITE).toBe('K');
    await expect.poll(() => page.getByTestId('import-preview').getAttribute('aria-busy'), WRITE).toBe('false');
    expect(await mappingOf('note').getAttribute('data-by')).not.toBe('HAND');
    expect(await page.getByTestId('import-error').count()).toBe(0);
    expect(await count(page, 'import-count-accepted')).toBe('38');

    // Declared complete for 新干县: the preview is run again with the roster.
    await page.getByTestId('import-complete').check();
    await page.getByTestId('import-complete-place').fill('新干县');
    await page.getByTestId('import-complete-place-suggestions').getByRole('option', { name: /新干县/ }).first().click();
    await page.getByTestId('import-complete-scope').fill('规上工业企业');
    await page.getByTestId('import-complete-apply').click();
    await expect.poll(() => page.getByTestId('import-complete-declared').textContent().catch(() => ''), WRITE).toMatch(/新干县.*规上工业企业.*将新建/);
    await settled(page);
    await page.screenshot({ path: path.join(screenshots, 'import-preview.png'), fullPage: true });
    // Where each row would be placed, written directly or proposed for review.
    await page.getByTestId('import-placed-rows').locator('summary').click();
    expect(await page.getByTestId('import-placed-rows').textContent()).toMatch(/第 4 行 · 新干示例盐化有限公司：\s*盐化工 · /);

    // Written: what it did, and where to look.
    await page.getByTestId('import-confirm').click();
    const written = page.getByTestId('import-written');
    await expect.poll(() => written.isVisible(), WRITE).toBe(true);
    expect(await page.getByTestId('import-written-counts').textContent()).toContain('新增 38');
    const key = (await page.getByTestId('import-written-key').getAttribute('data-key'))!;
    expect(key).toMatch(/^import-/);
    for (const link of await page.getByTestId('import-written-chain').all()) expect(await link.getAttribute('href')).toContain('place=360824');
    expect(await page.getByTestId('import-written-review').getAttribute('href')).toBe(`#/review?import=${key}`);
    await shoot(page, 'import-written');

    // The chain map of 新干县 now tells what the county has and what it lacks.
    const after = await legend(page);
    expect(after.UNKNOWN).toBe(0);
    expect(after.PRESENT + after.THIN).toBeGreaterThan(0);
    expect(after.MISSING).toBeGreaterThan(0);
    // The articles' line no longer says which segments is not known: the roster told them.
    expect(await page.getByTestId('chain-stated').textContent()).toBe('来源指出本地有这条产业链：');
    await shoot(page, 'import-chain-map');

    // The review queue of this import: one proposal accepted, one rejected.
    await page.goto(`${url}/#/review?import=${key}`);
    const rows = page.getByTestId('review-row');
    await expect.poll(() => rows.count(), SLOW).toBeGreaterThan(1);
    expect(await page.getByTestId('review-import').inputValue()).toBe(key);
    expect(await rows.first().textContent()).toContain('xingan-firms-example.xlsx · 第');
    // 50 a page (the import proposed over a hundred), the next on demand.
    await expect.poll(() => rows.count(), SLOW).toBe(50);
    await page.getByTestId('review-more').click();
    await expect.poll(() => rows.count(), SLOW).toBeGreaterThan(50);
    expect(await page.getByTestId('review-shown').textContent()).toMatch(/已显示 \d+ \/ \d+ 条/);
    await rows.nth(0).getByTestId('review-accept').click();
    await expect.poll(() => rows.nth(0).getAttribute('data-status'), WRITE).toBe('ACCEPTED');
    expect(await rows.nth(0).getByTestId('review-row-status').textContent()).toContain('已接受');
    expect(await rows.nth(0).getByTestId('review-row-status').textContent()).toContain(EDITOR);
    await rows.nth(1).getByTestId('review-reject').click();
    await expect.poll(() => rows.nth(1).getAttribute('data-status'), WRITE).toBe('REJECTED');
    // Moved to another segment of its chain.
    await rows.nth(2).getByTestId('review-move').click();
    const target = rows.nth(2).getByTestId('review-move-segment').locator('option:not([disabled])').first();
    const targetName = (await target.textContent())!;
    await rows.nth(2).getByTestId('review-move-segment').selectOption({ label: targetName });
    await rows.nth(2).getByTestId('review-move-confirm').click();
    await expect.poll(() => rows.nth(2).getAttribute('data-status'), WRITE).toBe('MOVED');
    expect(await rows.nth(2).getByTestId('review-row-status').textContent()).toContain(`已移到：${targetName}`);
    await settled(page);
    await shoot(page, 'review-queue');
    // The decisions are the queue's: filtered by status, each is there.
    await page.getByTestId('review-status').selectOption('ACCEPTED');
    await expect.poll(() => page.url(), SLOW).toContain('status=ACCEPTED');
    await expect.poll(() => rows.count(), SLOW).toBe(1);

    // Undone from the list of imports, after a confirmation.
    await page.goto(`${url}/#/import`);
    // What was written is still shown on coming back to the page; undone, it goes.
    await expect.poll(() => page.getByTestId('import-written-key').getAttribute('data-key').catch(() => null), SLOW).toBe(key);
    const row = page.locator(`[data-testid="import-past-row"][data-key="${key}"]`);
    await expect.poll(() => row.isVisible(), SLOW).toBe(true);
    expect(await row.textContent()).toContain(EDITOR);
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByTestId('import-undo').click();
    await expect.poll(() => page.getByTestId('import-undone').textContent().catch(() => ''), WRITE).toMatch(/已撤销「xingan-firms-example\.xlsx」：删除 \d+ 个/);
    await expect.poll(() => row.count(), SLOW).toBe(0);
    expect(await page.getByTestId('import-written').count()).toBe(0);

    // The map is as it was.
    expect(await legend(page)).toEqual(before);
  }, STORY_TIMEOUT);

  it('lists the example ledger’s projects in negotiation (在谈) for editors only: the projects page shows the others', async () => {
    const { page, url } = app;
    await page.goto(`${url}/#/import`);
    if (await page.getByTestId('editor-token').isVisible().catch(() => false)) {
      await page.getByTestId('editor-token').fill(EDITOR_TOKEN);
      await page.getByTestId('editor-name').fill(EDITOR);
      await page.getByTestId('editor-save').click();
    }
    await expect.poll(() => page.getByTestId('editor-access').getAttribute('data-access'), SLOW).toBe('editor');
    await page.getByTestId('import-file').setInputFiles(LEDGER);
    await expect.poll(() => page.getByTestId('import-preview').isVisible(), WRITE).toBe(true);
    expect(await page.getByTestId('import-kind').inputValue()).toBe('PROJECTS');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-written').isVisible(), WRITE).toBe(true);

    const confidential = page.getByTestId('import-confidential-row');
    await expect.poll(() => confidential.count(), SLOW).toBeGreaterThan(0);
    const sealed = (await confidential.locator('th').allTextContents()).filter((name) => name.startsWith('示例'));
    expect(sealed).toContain('示例年产20万吨离子膜烧碱项目');
    expect(await confidential.first().textContent()).toContain('xingan-projects-example.csv · 第');

    // The projects page finds the ledger's signed project, and none of those in negotiation.
    const names = () => page.getByTestId('projects-row').locator('th').allTextContents();
    await page.goto(`${url}/#/projects?text=${encodeURIComponent('示例液氯储运')}`);
    await expect.poll(names, SLOW).toEqual(['示例液氯储运及充装项目']);
    // The name finds its second phase (二期, under construction), not the project itself.
    await page.goto(`${url}/#/projects?text=${encodeURIComponent('示例年产20万吨离子膜烧碱项目')}`);
    await expect.poll(names, SLOW).toEqual(['示例年产20万吨离子膜烧碱项目（二期）']);
  }, STORY_TIMEOUT);
});
