/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { findBrowser } from '../../scripts/find-browser.mjs';

// `npm test` finds (or fetches) the browser and passes it in CHROMIUM_PATH; run alone, vitest
// looks in the usual places and, with none, fails with how to get one.
const found = await findBrowser({ fetch: null });
// The flags this machine needs: no sandbox as root, and no background traffic to a closed network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AppHarness {
  core: Core;
  server: WebServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dir: string;
  /** Opens the app in a fresh page at a path, in a language. */
  open: (pathname?: string, lang?: 'kk' | 'ru' | 'en') => Promise<Page>;
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function startApp(
  options: {
    now?: () => Date;
    /** Fills the database file before the app starts on it (e.g. as an older Tirkeu left it). */
    before?: (dbFile: string) => Promise<void>;
    rulesData?: CoreOptions['rulesData'];
  } = {},
): Promise<AppHarness> {
  if (found.path === null) throw new Error(found.reason);
  const executablePath = found.path;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-e2e-'));
  const dbFile = path.join(dir, 'tirkeu.db');
  await options.before?.(dbFile);
  const core = createCore({ dbFile, now: options.now, rulesData: options.rulesData });
  const server = await startWebServer({ core, staticDir: path.resolve('dist/renderer') });
  const browser = await chromium.launch({ executablePath, args: FLAGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  let page = await context.newPage();
  const harness: AppHarness = {
    core,
    server,
    browser,
    context,
    dir,
    get page() {
      return page;
    },
    async open(pathname = '/', lang = 'en') {
      await page.close();
      page = await context.newPage();
      // Once per tab: a reload keeps whatever language the user switched to.
      await page.addInitScript((l) => {
        if (sessionStorage.getItem('e2e.language-set')) return;
        sessionStorage.setItem('e2e.language-set', '1');
        localStorage.setItem('tirkeu.language', l);
      }, lang);
      await page.goto(`http://127.0.0.1:${server.port}${pathname}#k=${server.secret}`);
      return page;
    },
    async screenshot(name) {
      const out = path.resolve('test-results', 'screenshots', `${name}.png`);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out, fullPage: true });
      return out;
    },
    async close() {
      await browser.close();
      await server.close();
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
