// From starting web mode (`npm run web`, prebuilt renderer) to the sign-in screen and, after the
// PIN, In house drawn in Chromium; then the Notifications board and In house drawn again from their
// nav links; and the renderer's size per route (gzip): the shared entry plus the route's own chunk.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { cleanStampPath } from '../../electron/core/db/clean-close';
import { DEMO_STAFF } from '../../electron/core/demo/demo-staff';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { median, record } from '../lib/measure';
import { timeNavClick } from '../lib/page-timing';

const ASSETS = path.resolve('dist/renderer/assets');
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length / 1024;

export function bundleFigures() {
  // Measure what ships now: an older build in dist/ would show yesterday's chunks.
  const build = spawnSync(
    process.execPath,
    ['scripts/build.mjs', '--renderer', '--quiet', '--if-stale'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('the renderer did not build');
  const files = fs.readdirSync(ASSETS);
  const html = fs.readFileSync(path.resolve('dist/renderer/index.html'), 'utf8');
  // What index.html loads up front: the entry, its preloaded chunks and the stylesheet, which
  // since issue 21 are the sign-in's (its words, a chunk per language, come just after).
  const first = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
  const entry = first.reduce((kb, f) => kb + gz(path.join(ASSETS, f)), 0);
  record('renderer first load, sign-in (gzip)', entry, 'KB');
  const imports = (file: string) =>
    [...fs.readFileSync(path.join(ASSETS, file), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)].map(
      (m) => m[1]!,
    );
  const loaded = new Set(first);
  // Chunks named `name-`, and the chunks they import that are not loaded yet, with the stylesheet
  // of each (named as its chunk, with Vite's 8-character hash).
  const visitOf = (names: string[], keep: boolean) => {
    const visit = new Set(
      files.filter((f) => names.some((n) => f.startsWith(`${n}-`)) && !loaded.has(f)),
    );
    for (const f of visit) {
      if (!f.endsWith('.js')) continue;
      for (const dep of imports(f)) {
        if (loaded.has(dep)) continue;
        visit.add(dep);
        const name = dep.slice(0, -'12345678.js'.length);
        for (const css of files) {
          const own = css.startsWith(name) && css.length === name.length + 12;
          if (own && css.endsWith('.css') && !loaded.has(css)) visit.add(css);
        }
      }
    }
    const kb = [...visit].reduce((sum, f) => sum + gz(path.join(ASSETS, f)), 0);
    if (keep) for (const f of visit) loaded.add(f);
    return kb;
  };
  // The signed-in shell (issue 21): In house, the navigation, Mantine's every style and every
  // language's words, fetched once the sign-in is drawn.
  record(
    'renderer signed-in shell, In house (gzip, beyond the sign-in)',
    visitOf(['App', 'locales'], true),
    'KB',
  );
  // A screen's first visit: its own chunk and stylesheet, and the shared chunks it imports that
  // neither the sign-in nor the shell brought (the contract's schemas, say).
  for (const screen of [
    'CheckInScreen',
    'NotificationsScreen',
    'HistoryScreen',
    'ReportsScreen',
    'SettingsScreen',
  ]) {
    record(
      `renderer first visit, ${screen.replace('Screen', '')} (gzip, beyond the shell)`,
      visitOf([screen], false),
      'KB',
    );
  }
}

interface StartTimes {
  url: number;
  signIn: number;
  visible: number;
  /** First visit of the board: its chunk and its call. */
  boardFirst: number;
  /** Later visits: the chunk loaded, the board refetched behind its cached rows. */
  boardAgain: number[];
  /** In house from its nav link, its rows cached. */
  inHouse: number[];
  /** In house rows in the DOM (virtualized) and in the list. */
  drawn: number;
  rows: number;
}

const BOARD_READY = '[role="listbox"] [role="option"]';
const IN_HOUSE_READY = 'tbody tr[data-index]';

/**
 * One start of web mode, timed from the spawn of `npm run web` to the URL printed and to In house
 * drawn; then the Notifications board and In house again, each from a click on its nav link. The
 * browser is launched first: the receptionist's browser is already running, and its own start is
 * not web mode's.
 */
async function startOnce(dbFile: string, toggles: number): Promise<StartTimes> {
  // The browser the end-to-end tests use (CHROMIUM_PATH, else the system's); never a download.
  const found = await findBrowser({ fetch: null });
  if (found.path === null) throw new Error(found.reason);
  const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const t0 = Date.now();
  const child = spawn('npm', ['run', '--silent', 'web', '--', '--db', dbFile, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#k=\S+/);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`web mode exited ${code}: ${out}`)));
    });
    const printed = Date.now() - t0;
    await page.goto(url.replace('/#k=', '/in-house#k='));
    // The first screen: sign-in, with the staff names to pick from.
    const form = page.locator('form[data-sign-in]');
    await form.getByRole('radio').first().waitFor({ state: 'visible', timeout: 60_000 });
    const signIn = Date.now() - t0;
    const receptionist = DEMO_STAFF.find((s) => s.role === 'receptionist')!;
    await form.getByRole('radio', { name: receptionist.name, exact: true }).check();
    await form.locator('input[type="password"]').fill(receptionist.pin);
    // The start's own work (the audit chain's walk) is over once the shell's chain check answers.
    const chainChecked = page.waitForResponse(
      (r) => r.url().endsWith('/api/call') && /"audit\.status"/.test(r.request().postData() ?? ''),
      { timeout: 120_000 },
    );
    const typed = Date.now();
    await form.locator('input[type="password"]').press('Enter');
    await page.locator(IN_HOUSE_READY).first().waitFor({ state: 'visible', timeout: 60_000 });
    // From Enter on the PIN to In house drawn (the time spent picking and typing is left out).
    const visible = Date.now() - typed;
    // The clicks below are timed against a settled app, as a person reading the screen first sees.
    await chainChecked;
    await page.waitForTimeout(500);
    const rows =
      Number(await page.locator('table[aria-rowcount]').getAttribute('aria-rowcount')) - 1;
    const boardFirst = (await timeNavClick(page, '/notifications', BOARD_READY, BOARD_READY)).ms;
    const boardAgain: number[] = [];
    const inHouse: number[] = [];
    let drawn = 0;
    for (let i = 0; i < toggles; i += 1) {
      const back = await timeNavClick(page, '/in-house', IN_HOUSE_READY, IN_HOUSE_READY);
      inHouse.push(back.ms);
      drawn = back.counted;
      await page.waitForTimeout(300);
      boardAgain.push((await timeNavClick(page, '/notifications', BOARD_READY, BOARD_READY)).ms);
      await page.waitForTimeout(300);
    }
    return { url: printed, signIn, visible, boardFirst, boardAgain, inHouse, drawn, rows };
  } finally {
    await stop(child, dbFile);
    await browser.close();
  }
}

/**
 * Ends web mode and waits until it has closed the file: the next start would otherwise find the
 * WAL still there (or no clean-close stamp yet) and time a full integrity check instead.
 */
export async function stop(child: ChildProcess, dbFile: string) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  if (child.exitCode === null && child.signalCode === null) await exited;
  // npm may exit before the server it started, whose last acts are deleting the WAL and then
  // stamping the clean close.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  for (let i = 0; i < 500 && fs.existsSync(`${dbFile}-wal`); i += 1) await pause();
  for (let i = 0; i < 100 && !fs.existsSync(cleanStampPath(dbFile)); i += 1) await pause();
}

export async function startupFigures(dbFile: string, runs: number) {
  const times: StartTimes[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await startOnce(dbFile, 5));
  const med = (pick: (t: StartTimes) => number) => median(times.map(pick));
  record(
    'npm run web → URL printed',
    med((t) => t.url),
    'ms',
  );
  record(
    'npm run web → sign-in screen visible in Chromium',
    med((t) => t.signIn),
    'ms',
  );
  record(
    'PIN entered → In house visible',
    med((t) => t.visible),
    'ms',
  );
  const rows = times[0]!.rows;
  record(
    'Notifications board painted after a click, first visit',
    med((t) => t.boardFirst),
    'ms',
  );
  record(
    'Notifications board painted after a click, again',
    median(times.flatMap((t) => t.boardAgain)),
    'ms',
  );
  record(
    `In house (${rows} stays, cached) painted after a click`,
    median(times.flatMap((t) => t.inHouse)),
    'ms',
  );
  // Virtualized: only the rows in view (and a few beyond) are drawn, whatever the list's length.
  record(
    `In house rows in the DOM of ${rows} (virtualized)`,
    med((t) => t.drawn),
    'rows',
  );
}
