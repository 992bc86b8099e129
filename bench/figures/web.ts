// From starting web mode (`npm run web`, prebuilt renderer) to the sign-in screen and, after the
// PIN, In house drawn in Chromium; and the renderer's size per route (gzip): the shared entry plus
// the route's own chunk.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { DEMO_STAFF } from '../../electron/core/demo/demo-staff';
import { median, record } from '../lib/measure';

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
  // What index.html loads up front: the entry, its preloaded chunks and the stylesheet.
  const first = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
  const entry = first.reduce((kb, f) => kb + gz(path.join(ASSETS, f)), 0);
  record('renderer first load, In house (gzip)', entry, 'KB');
  for (const screen of [
    'CheckInScreen',
    'NotificationsScreen',
    'HistoryScreen',
    'ReportsScreen',
    'SettingsScreen',
  ]) {
    const own = files.filter((f) => f.startsWith(`${screen}-`));
    const kb = own.reduce((sum, f) => sum + gz(path.join(ASSETS, f)), 0);
    record(
      `renderer route chunk, ${screen.replace('Screen', '')} (gzip, on first visit)`,
      kb,
      'KB',
    );
  }
}

/**
 * One start of web mode, timed from the spawn of `npm run web` to the URL printed and to In house
 * drawn. The browser is launched first: the receptionist's browser is already running, and its
 * own start is not web mode's.
 */
async function startOnce(
  dbFile: string,
): Promise<{ url: number; signIn: number; visible: number }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
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
    const typed = Date.now();
    await form.locator('input[type="password"]').press('Enter');
    await page
      .locator('tbody tr[data-index]')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    // From Enter on the PIN to In house drawn (the time spent picking and typing is left out).
    return { url: printed, signIn, visible: Date.now() - typed };
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await browser.close();
  }
}

export async function startupFigures(dbFile: string, runs: number) {
  const times: Array<{ url: number; signIn: number; visible: number }> = [];
  for (let i = 0; i < runs; i += 1) times.push(await startOnce(dbFile));
  record('npm run web → URL printed', median(times.map((t) => t.url)), 'ms');
  record(
    'npm run web → sign-in screen visible in Chromium',
    median(times.map((t) => t.signIn)),
    'ms',
  );
  record('PIN entered → In house visible', median(times.map((t) => t.visible)), 'ms');
}
