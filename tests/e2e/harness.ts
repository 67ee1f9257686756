import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { projectRoot } from '../../core/config.ts';

/**
 * For expect.poll: the first queries on a freshly seeded database take seconds, and the runner
 * has two cores shared with Neo4j and the app; vitest's default of one second is too short.
 */
export const SLOW = { timeout: 20_000 };

/** Debian's Chromium: browser downloads fail on these machines, so playwright-core drives this one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshots = path.join(projectRoot, 'tests', 'e2e', 'screenshots');

/** The app takes editors with this token (CHAIN_ATLAS_EDITOR_TOKEN), as a server set up for importing does. */
export const EDITOR_TOKEN = 'e2e-editor-token-0123456789';

/** The real app (`app/main.ts`, serving the built web/dist) on a free port, over the run's Neo4j. */
async function startApp(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; home: string }> {
  const { uri, user, password } = inject('neo4j');
  const port = await findFreePort();
  // A home of its own, for the files editors upload.
  const home = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH!, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, PORT: String(port), CHAIN_ATLAS_HOME: home, CHAIN_ATLAS_EDITOR_TOKEN: EDITOR_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // Its warm-up comes before the ready line: 20–30 s on a Neo4j that has not planned the screens yet.
  const deadline = Date.now() + 150_000;
  while (!output.includes('Chain Atlas is ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `http://127.0.0.1:${port}`, child, home };
}

/**
 * For an end-to-end test file: the app and a headless Chromium page at 1280×800, Chinese
 * first; both are closed after the file. Flags as the workplace's probe found necessary.
 */
export function useBrowser({ env = {} }: { /** More of the app's environment, e.g. CHAIN_ATLAS_READ_TOKEN. */ env?: Record<string, string> } = {}) {
  const context: { url: string; page: Page } = { url: '', page: undefined as unknown as Page };
  let browser: Browser | undefined;
  let app: ChildProcess | undefined;
  let home: string | undefined;
  beforeAll(async () => {
    if (!existsSync(path.join(projectRoot, 'web', 'dist', 'index.html'))) throw new Error('web/dist is not built: run `npm run build`');
    mkdirSync(screenshots, { recursive: true });
    const started = await startApp(env);
    app = started.child;
    home = started.home;
    context.url = started.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context.page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    app?.kill('SIGTERM');
    if (home) rmSync(home, { recursive: true, force: true });
  });
  return context;
}

/** Saves a screenshot of the page under tests/e2e/screenshots/ (git-ignored) to look at. */
export function shoot(page: Page, name: string) {
  return page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: false });
}

/**
 * Waits until the page is at rest for a screenshot: nothing marked busy (a request of the page
 * under way), then two frames drawn, in which Cytoscape draws what it has laid out.
 */
export async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, SLOW);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
