import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fetchPlaywrightChromium,
  findBrowser,
  systemBrowsers,
  type Candidate,
} from '../../scripts/find-browser.mjs';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-browser-'));
  dirs.push(d);
  return d;
}
function fakeBrowser(dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, '\0ELF not really a browser');
  fs.chmodSync(file, 0o755);
  return file;
}
/** Every known location, moved into an empty directory. */
function emptyLocations(dir: string): Candidate[] {
  return systemBrowsers().map((c, i) => ({ label: c.label, path: path.join(dir, `none-${i}`) }));
}
const nowhere = (dir: string) => () => ({
  label: "Playwright's Chromium",
  path: path.join(dir, 'pw'),
});

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the browser lookup for the end-to-end tests', () => {
  it('with no browser anywhere and no network, ends with one line saying how to get one', async () => {
    const dir = tempDir();
    // The real fetcher, aimed at a port where nothing listens, into an empty cache.
    const env = {
      ...process.env,
      CHROMIUM_PATH: '',
      PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
      PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'cache'),
    };
    const found = await findBrowser({
      env,
      candidates: emptyLocations(dir),
      fetched: nowhere(dir),
      fetch: (opts) => fetchPlaywrightChromium({ ...opts, env }),
      timeoutMs: 50_000,
    });
    expect(found.path).toBeNull();
    if (found.path !== null) return;
    expect(found.reason.split('\n')).toHaveLength(1);
    expect(found.reason).toMatch(/^No browser for the end-to-end tests/);
    expect(found.reason).toContain('CHROMIUM_PATH');
    expect(found.reason).toContain('npx playwright-core install chromium');
  }, 60_000);

  it('a fetch that never answers is given up at the time limit', async () => {
    const dir = tempDir();
    const found = await findBrowser({
      env: {},
      candidates: emptyLocations(dir),
      fetched: nowhere(dir),
      fetch: () => new Promise<string>(() => {}),
      timeoutMs: 200,
    });
    expect(found).toMatchObject({
      path: null,
      reason: expect.stringContaining('no answer within'),
    });
  });

  it('a fetcher that throws is reported in the line, not thrown', async () => {
    const dir = tempDir();
    const found = await findBrowser({
      env: {},
      candidates: emptyLocations(dir),
      fetched: nowhere(dir),
      fetch: () => Promise.reject(new Error('getaddrinfo ENOTFOUND cdn.playwright.dev')),
    });
    expect(found).toMatchObject({ path: null, reason: expect.stringContaining('ENOTFOUND') });
  });

  it('CHROMIUM_PATH wins over every other location, and a wrong one is named, not passed over', async () => {
    const dir = tempDir();
    const mine = fakeBrowser(dir, 'my-chrome');
    const system = fakeBrowser(dir, 'chromium');
    const candidates = [{ label: 'Chromium', path: system }];
    expect(await findBrowser({ env: { CHROMIUM_PATH: mine }, candidates, fetch: null })).toEqual({
      label: 'CHROMIUM_PATH',
      path: mine,
    });
    const wrong = await findBrowser({
      env: { CHROMIUM_PATH: path.join(dir, 'typo') },
      candidates,
      fetch: null,
    });
    expect(wrong).toMatchObject({ path: null, reason: expect.stringContaining('typo') });
  });

  it('takes the first installed browser in the search order and fetches nothing', async () => {
    const dir = tempDir();
    const chrome = fakeBrowser(dir, 'chrome');
    const edge = fakeBrowser(dir, 'msedge');
    let fetches = 0;
    const found = await findBrowser({
      env: {},
      candidates: [
        { label: 'Chromium', path: path.join(dir, 'no-chromium') },
        { label: 'Google Chrome', path: chrome },
        { label: 'Microsoft Edge', path: edge },
      ],
      fetch: async () => {
        fetches += 1;
        return '';
      },
    });
    expect(found).toEqual({ label: 'Google Chrome', path: chrome });
    expect(fetches).toBe(0);
  });

  it("fetches Playwright's Chromium once where nothing is installed, then uses it", async () => {
    const dir = tempDir();
    let fetches = 0;
    const found = await findBrowser({
      env: {},
      candidates: emptyLocations(dir),
      fetched: nowhere(dir),
      fetch: async () => {
        fetches += 1;
        fakeBrowser(dir, 'pw');
        return '';
      },
    });
    expect(found).toEqual({ label: "Playwright's Chromium", path: path.join(dir, 'pw') });
    expect(fetches).toBe(1);
  });

  it('skips a snap shim, whose browser cannot read the profile Playwright makes in /tmp', async () => {
    const dir = tempDir();
    const shim = path.join(dir, 'chromium-browser');
    fs.writeFileSync(shim, '#!/bin/sh\nexec /snap/bin/chromium "$@"\n');
    const found = await findBrowser({
      env: {},
      candidates: [{ label: 'Chromium', path: shim }],
      fetch: null,
    });
    expect(found.path).toBeNull();
  });

  it('knows where Chrome and Edge live on macOS and Windows', () => {
    const mac = systemBrowsers('darwin', { HOME: '/Users/aigerim' }).map((c) => c.path);
    expect(mac).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(mac).toContain(
      '/Users/aigerim/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
    const win = systemBrowsers('win32', {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\aigerim\\AppData\\Local',
    }).map((c) => c.path);
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(win).toContain('C:\\Users\\aigerim\\AppData\\Local\\Chromium\\Application\\chrome.exe');
  });
});
