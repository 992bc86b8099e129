// The first screen (issue 21): from the user's command to the sign-in screen drawn in Chromium, and
// the JS and CSS that screen loaded. Timed from the spawn of `node scripts/web.mjs` (what
// `npm run web` runs) and, apart, of `npm run web` itself, whose own start is npm's, not ours.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { createCore } from '../../electron/core/core';
import { seedDemoStaff } from '../../electron/core/demo/seed-demo';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { median, record } from '../lib/measure';
import { stop } from './web';

const RENDERER = path.resolve('dist/renderer');

interface Loaded {
  files: string[];
  bytes: number;
  gzip: number;
}

declare global {
  interface Window {
    signInDrawnAt?: number;
  }
}

/**
 * Notes when the sign-in form enters the page: the shell's code, fetched once the sign-in is
 * drawn and idle, is not the first screen's, even when fetched before Playwright sees the form.
 */
const NOTE_SIGN_IN = () => {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('form[data-sign-in]')) return;
    window.signInDrawnAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

/** The scripts and stylesheets asked for before the sign-in was drawn, sized as served. */
async function loadedBySignIn(page: Page): Promise<Loaded> {
  const paths = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= (window.signInDrawnAt ?? Infinity))
      .map((e) => new URL(e.name).pathname),
  );
  const files = paths.filter((p) => /\.(js|css)$/.test(p));
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const body = fs.readFileSync(path.join(RENDERER, f));
    bytes += body.length;
    gzip += zlib.gzipSync(body).length;
  }
  return { files, bytes, gzip };
}

/** Resolves at the sign-in screen: its heading and the PIN field drawn, the names listed. */
async function signInVisible(page: Page) {
  const form = page.locator('form[data-sign-in]');
  await form.getByRole('heading', { level: 1 }).waitFor({ state: 'visible', timeout: 60_000 });
  await form.locator('input[type="password"]').waitFor({ state: 'visible', timeout: 60_000 });
}

async function startOnce(
  command: 'node' | 'npm',
  dbFile: string,
  browserPath: string,
  end: 'close' | 'kill' = 'close',
) {
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  // A Russian-speaking desk, the app's default language.
  const context = await browser.newContext({
    locale: 'ru-RU',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await page.addInitScript(NOTE_SIGN_IN);
  const args = ['--db', dbFile, '--port', '0'];
  const t0 = Date.now();
  const child =
    command === 'node'
      ? spawn(process.execPath, ['scripts/web.mjs', ...args], {
          stdio: ['ignore', 'pipe', 'inherit'],
          detached: true,
        })
      : spawn('npm', ['run', '--silent', 'web', '--', ...args], {
          stdio: ['ignore', 'pipe', 'inherit'],
          detached: true,
        });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#k=\S+/);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`web mode exited ${code}: ${out}`)));
    });
    const printed = Date.now() - t0;
    await page.goto(url);
    await signInVisible(page);
    const visible = Date.now() - t0;
    return { printed, visible, loaded: await loadedBySignIn(page) };
  } finally {
    if (end === 'kill') await crash(child);
    else await stop(child, dbFile);
    await browser.close();
  }
}

/** `kill -9` of web mode: the WAL stays and no clean close is stamped, as after a power cut. */
async function crash(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid) process.kill(-child.pid, 'SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await exited;
}

/**
 * The sign-in after a crash (issue 21): web mode started on the bench's history after a clean
 * close and after a `kill -9`, alternated, each from the spawn of `node scripts/web.mjs` to the
 * sign-in drawn in Chromium. After the crash the open's `quick_check` runs in the worker thread
 * while the sign-in is served (`deferStartCheck`).
 */
export async function crashStartFigures(dbFile: string, runs: number) {
  const build = spawnSync(
    process.execPath,
    ['scripts/build.mjs', '--renderer', '--cli', '--quiet', '--if-stale'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('the renderer did not build');
  const found = await findBrowser({ fetch: null });
  if (found.path === null) throw new Error(found.reason);
  const clean: Awaited<ReturnType<typeof startOnce>>[] = [];
  const crashed: Awaited<ReturnType<typeof startOnce>>[] = [];
  // The first start warms the disk cache.
  await startOnce('node', dbFile, found.path);
  for (let i = 0; i < runs; i += 1) {
    clean.push(await startOnce('node', dbFile, found.path, 'kill'));
    crashed.push(await startOnce('node', dbFile, found.path, 'close'));
  }
  const med = (list: typeof clean, pick: (t: (typeof clean)[number]) => number) =>
    median(list.map(pick));
  record(
    'after a clean close: node scripts/web.mjs → URL printed',
    med(clean, (t) => t.printed),
    'ms',
  );
  record(
    'after a clean close: node scripts/web.mjs → sign-in visible',
    med(clean, (t) => t.visible),
    'ms',
  );
  record(
    'after kill -9: node scripts/web.mjs → URL printed',
    med(crashed, (t) => t.printed),
    'ms',
  );
  record(
    'after kill -9: node scripts/web.mjs → sign-in visible',
    med(crashed, (t) => t.visible),
    'ms',
  );
  const range = (list: typeof clean) => {
    const v = list.map((t) => t.visible).sort((a, b) => a - b);
    return `${v[0]}–${v.at(-1)} ms`;
  };
  console.log(
    `  sign-in visible, ranges: after a clean close ${range(clean)}, after kill -9 ${range(crashed)}`,
  );
}

/**
 * `runs` starts each way on a database of its own in a temporary folder, holding the demo hotel's
 * staff (a new database would open on the welcome flow, not the sign-in).
 */
export async function firstScreenFigures(runs: number) {
  const build = spawnSync(
    process.execPath,
    ['scripts/build.mjs', '--renderer', '--cli', '--quiet', '--if-stale'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('the renderer did not build');
  const found = await findBrowser({ fetch: null });
  if (found.path === null) throw new Error(found.reason);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-first-screen-'));
  try {
    const dbFile = path.join(dir, 'tirkeu.db');
    const core = createCore({ dbFile });
    await seedDemoStaff(core, new Date());
    core.close();
    const node: Awaited<ReturnType<typeof startOnce>>[] = [];
    const npm: Awaited<ReturnType<typeof startOnce>>[] = [];
    // Alternated, so both see the same machine; the first start of each warms the disk cache.
    await startOnce('node', dbFile, found.path);
    for (let i = 0; i < runs; i += 1) {
      node.push(await startOnce('node', dbFile, found.path));
      npm.push(await startOnce('npm', dbFile, found.path));
    }
    record('node scripts/web.mjs → URL printed', median(node.map((t) => t.printed)), 'ms');
    record('node scripts/web.mjs → sign-in visible', median(node.map((t) => t.visible)), 'ms');
    record('npm run web → sign-in visible', median(npm.map((t) => t.visible)), 'ms');
    // The page's own part: from the address printed to the sign-in drawn.
    record('URL printed → sign-in visible', median(node.map((t) => t.visible - t.printed)), 'ms');
    const loaded = node[0]!.loaded;
    record(`sign-in screen's JS and CSS (${loaded.files.length} files)`, loaded.bytes / 1024, 'KB');
    record("sign-in screen's JS and CSS (gzip)", loaded.gzip / 1024, 'KB');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
