// The browser the end-to-end tests drive: CHROMIUM_PATH, else an installed Chromium, Chrome or
// Edge, else Playwright's own Chromium (fetched once into Playwright's cache). Where none can be
// had, one line that says how to get one. Used by scripts/test.mjs and test/e2e/harness.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const FETCH_TIMEOUT_MS = 3 * 60 * 1000;
const HOW =
  'install Chromium, Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to one, ' +
  'or run `npx playwright-core install chromium` where the internet is reachable';

/** Where each OS keeps Chromium, Chrome and Edge, in the order they are tried. */
export function systemBrowsers(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    const apps = [
      ['Chromium', 'Chromium.app/Contents/MacOS/Chromium'],
      ['Google Chrome', 'Google Chrome.app/Contents/MacOS/Google Chrome'],
      ['Microsoft Edge', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ];
    const dirs = ['/Applications', path.join(env.HOME ?? os.homedir(), 'Applications')];
    return apps.flatMap(([label, app]) => dirs.map((d) => ({ label, path: path.join(d, app) })));
  }
  if (platform === 'win32') {
    const roots = [
      env.LOCALAPPDATA,
      env.ProgramFiles ?? env.PROGRAMFILES,
      env['ProgramFiles(x86)'],
    ];
    const apps = [
      ['Chromium', 'Chromium\\Application\\chrome.exe'],
      ['Google Chrome', 'Google\\Chrome\\Application\\chrome.exe'],
      ['Microsoft Edge', 'Microsoft\\Edge\\Application\\msedge.exe'],
    ];
    return apps.flatMap(([label, app]) =>
      roots.filter(Boolean).map((r) => ({ label, path: path.win32.join(r, app) })),
    );
  }
  return [
    ['Chromium', '/usr/bin/chromium'],
    ['Chromium', '/usr/bin/chromium-browser'],
    ['Google Chrome', '/usr/bin/google-chrome-stable'],
    ['Google Chrome', '/usr/bin/google-chrome'],
    ['Google Chrome', '/opt/google/chrome/chrome'],
    ['Microsoft Edge', '/usr/bin/microsoft-edge-stable'],
    ['Microsoft Edge', '/usr/bin/microsoft-edge'],
    ['Microsoft Edge', '/opt/microsoft/msedge/msedge'],
  ].map(([label, p]) => ({ label, path: p }));
}

/** Playwright's own Chromium, where `playwright-core install chromium` puts it. */
export function playwrightChromium() {
  const label = "Playwright's Chromium";
  try {
    return { label, path: require('playwright-core').chromium.executablePath() };
  } catch {
    return { label, path: '' }; // A platform Playwright has no build for.
  }
}

export function defaultCandidates() {
  return [...systemBrowsers(), playwrightChromium()];
}

// Trap: a snap Chromium (Ubuntu's /usr/bin/chromium-browser is a shim that runs it) cannot read
// the profile Playwright makes under /tmp, so it would fail at launch; skip it and fetch instead.
function usable(file) {
  try {
    const real = fs.realpathSync(file);
    const stat = fs.statSync(real);
    if (!stat.isFile() || real.startsWith('/snap/')) return false;
    if (stat.size < 64 * 1024 && fs.readFileSync(real, 'utf8').includes('/snap/bin/')) return false;
    return true;
  } catch {
    return false;
  }
}

/** Runs `playwright-core install chromium`; resolves with why it failed, or '' on success. */
export function fetchPlaywrightChromium({ timeoutMs = FETCH_TIMEOUT_MS, env = process.env } = {}) {
  const cli = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'cli.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'install', '--no-shell', 'chromium'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own group, so a time-out also ends the downloader Playwright starts.
      detached: process.platform !== 'win32',
    });
    let output = '';
    const keep = (d) => (output = (output + d).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      try {
        if (process.platform === 'win32') child.kill();
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolve(`no answer within ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve(e.message);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve('');
      // The first cause (e.g. `getaddrinfo ENOTFOUND cdn.playwright.dev`), not Playwright's wrappers.
      const cause = output
        .split('\n')
        .map((l) => l.trim())
        .find((l) => /^Error: (?!Download failure|Failed to)/.test(l));
      resolve(cause?.replace(/^Error: /, '') ?? `exit code ${code}`);
    });
  });
}

/**
 * The browser to drive: `{ path, label }`, or `{ path: null, reason }` with one line saying how
 * to get one. `candidates` is the search list; `fetch` (null: never fetch) gets Playwright's
 * Chromium, after which `fetched()` is where it should be.
 */
export async function findBrowser({
  env = process.env,
  candidates = defaultCandidates,
  fetch = fetchPlaywrightChromium,
  fetched = playwrightChromium,
  timeoutMs = FETCH_TIMEOUT_MS,
  onFetch = () => {},
} = {}) {
  if (env.CHROMIUM_PATH) {
    if (usable(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, label: 'CHROMIUM_PATH' };
    return {
      path: null,
      reason: `No browser for the end-to-end tests: CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not a browser here; fix it or unset it.`,
    };
  }
  const list = typeof candidates === 'function' ? candidates() : candidates;
  const found = list.find((c) => usable(c.path));
  if (found) return found;
  let why = 'not in its cache, and only `npm test` fetches it';
  if (fetch) {
    onFetch(timeoutMs);
    let timer;
    const late = new Promise((resolve) => {
      timer = setTimeout(
        () => resolve(`no answer within ${Math.round(timeoutMs / 1000)} s`),
        timeoutMs,
      );
    });
    why = await Promise.race([
      Promise.resolve()
        .then(() => fetch({ timeoutMs, env }))
        .catch((e) => String(e?.message ?? e)),
      late,
    ]);
    clearTimeout(timer);
    const got = fetched();
    if (!why && usable(got.path)) return got;
    why ||= `nothing at ${got.path} after fetching`;
  }
  const reason = `No browser for the end-to-end tests (no Chromium, Chrome or Edge found; Playwright's Chromium: ${why.split('\n')[0]}): ${HOW}.`;
  return { path: null, reason };
}
