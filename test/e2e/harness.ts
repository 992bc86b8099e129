/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';
import { LANGUAGES, type Language } from '../../shared/contract/languages';
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
  /**
   * Opens the app in a fresh tab at a path, in a language, and signs in through the sign-in
   * screen as the staff member of a role (`null`: stays on the sign-in screen).
   */
  open: (pathname?: string, lang?: 'kk' | 'ru' | 'en', as?: E2eRole | null) => Promise<Page>;
  /**
   * Signs in on the current page's sign-in screen (after a switch or a lock), as someone who
   * reads the language the page is in, or `remembered` (a staff member's language is taken up
   * at sign-in: renderer/features/auth/staff-language.ts).
   */
  signIn: (as: E2eRole, remembered?: Language) => Promise<void>;
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

export type E2eRole = 'owner' | 'auditor' | 'receptionist';

/**
 * Who signs in in the browser tests: the database's own owner (named "Owner" as a new database
 * names it), and a night auditor and a receptionist added with their PINs.
 */
export const E2E_STAFF: Record<E2eRole, { name: string; pin: string }> = {
  owner: { name: 'Owner', pin: '1470' },
  auditor: { name: 'Nurlan Zhaksybekov', pin: '2581' },
  receptionist: { name: 'Aruzhan Tokhtarova', pin: '3692' },
};

async function addStaff(core: Core): Promise<Partial<Record<E2eRole, number>>> {
  const owner = core.repos.staff.firstOwner();
  if (!owner) throw new Error('no owner');
  const ids: Partial<Record<E2eRole, number>> = { owner: owner.id };
  const must = async (p: Promise<{ ok: boolean }>) => {
    const r = await p;
    if (!r.ok) throw new Error(`e2e staff: ${JSON.stringify(r)}`);
  };
  await must(core.call('staff.resetSecret', { staffId: owner.id, secret: E2E_STAFF.owner.pin }));
  for (const role of ['auditor', 'receptionist'] as const) {
    const { name, pin } = E2E_STAFF[role];
    const made = await core.call('staff.create', { name, role, secret: pin });
    await must(Promise.resolve(made));
    ids[role] = (made as { value: { id: number } }).value.id;
  }
  return ids;
}

export async function startApp(
  options: {
    now?: () => Date;
    /** Fills the database file before the app starts on it (e.g. as an older Tirkeu left it). */
    before?: (dbFile: string) => Promise<void>;
    rulesData?: CoreOptions['rulesData'];
    /** This PC's LAN addresses as Settings › Desks lists them (the e2e machine has only loopback). */
    lanAddresses?: CoreOptions['lanAddresses'];
    /** False: the owner has no PIN yet (the first start asks for it). */
    staff?: boolean;
    /** An MJPEG file the browser's camera plays in a loop, camera access granted. */
    camera?: string;
  } = {},
): Promise<AppHarness> {
  if (found.path === null) throw new Error(found.reason);
  const executablePath = found.path;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-e2e-'));
  const dbFile = path.join(dir, 'tirkeu.db');
  await options.before?.(dbFile);
  const core = createCore({
    dbFile,
    now: options.now,
    rulesData: options.rulesData,
    lanAddresses: options.lanAddresses,
  });
  const staffIds = options.staff === false ? {} : await addStaff(core);
  const server = await startWebServer({ core, staticDir: path.resolve('dist/renderer') });
  const cameraFlags = options.camera
    ? [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${options.camera}`,
      ]
    : [];
  const browser = await chromium.launch({
    executablePath,
    args: [...FLAGS, ...cameraFlags],
    headless: true,
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  if (options.camera) await context.grantPermissions(['camera']);
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
    async signIn(as, remembered) {
      const { pin } = E2E_STAFF[as];
      // A test may have renamed them (the first start asks the owner's name): the name is read now.
      const id = staffIds[as];
      // Else a language this person chose in an earlier test would be taken up at sign-in.
      const lang = remembered ?? (await page.evaluate(() => document.documentElement.lang));
      if (id !== undefined && (LANGUAGES as readonly string[]).includes(lang)) {
        core.repos.staff.setLanguage(id, lang as Language);
      }
      const name = (id !== undefined && core.repos.staff.get(id)?.name) || E2E_STAFF[as].name;
      const form = page.locator('form[data-sign-in]');
      await form.waitFor();
      // The names load after the form: wait for them (a lock screen shows one, already picked).
      await form.getByRole('radio').first().waitFor();
      await form.getByRole('radio', { name, exact: true }).check();
      await form.locator('input[type="password"]').fill(pin);
      await form.locator('input[type="password"]').press('Enter');
      await form.waitFor({ state: 'detached' });
    },
    async open(pathname = '/', lang = 'en', as = 'owner') {
      await page.close();
      page = await context.newPage();
      // Once per tab: a reload keeps whatever language the user switched to.
      await page.addInitScript((l) => {
        if (sessionStorage.getItem('e2e.language-set')) return;
        sessionStorage.setItem('e2e.language-set', '1');
        localStorage.setItem('tirkeu.language', l);
      }, lang);
      await page.goto(`http://127.0.0.1:${server.port}${pathname}#k=${server.secret}`);
      if (as) await harness.signIn(as);
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
