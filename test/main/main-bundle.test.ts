import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/core';
import { loadMainBundle } from './bundle-loader';
import type { ElectronStubState } from './electron-stub';

/**
 * Electron cannot run here, so the main process is bundled exactly as the build bundles it and
 * loaded in plain Node with `require('electron')` answered by a stand-in. What the stand-in
 * records is what the desktop app would have told Electron.
 */
describe('the bundled main process against a stand-in for electron', () => {
  const tmp = tempDir();
  const userData = path.join(tmp.dir, 'userData');
  let state: ElectronStubState;
  let session = '';
  let unload = () => {};

  beforeAll(async () => {
    ({ state, unload } = await loadMainBundle({ dir: tmp.dir, userData }));
  });

  afterAll(() => {
    unload();
    tmp.cleanup();
  });

  const fetchApp = async (url: string) => {
    const handler = state.protocolHandlers.get('app');
    if (!handler) throw new Error('no app: protocol handler');
    const res = await handler(new Request(url));
    return { status: res.status, headers: res.headers, body: await res.text() };
  };

  it('registers app: as a privileged, secure, standard scheme before ready', () => {
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves index.html at app://tirkeu/, the start page, with the CSP as a header', async () => {
    const r = await fetchApp('app://tirkeu/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Tirkeu</title>');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for a client route and an asset as itself', async () => {
    expect((await fetchApp('app://tirkeu/check-in')).body).toContain('<title>Tirkeu</title>');
    const asset = await fetchApp('app://tirkeu/assets/app.js');
    expect(asset).toMatchObject({ status: 200, body: 'export const app = 1;' });
  });

  it('refuses a traversal, another host, a bad encoding and a missing asset', async () => {
    const traversal = await fetchApp('app://tirkeu/..%2f..%2fsecret.txt');
    expect(traversal.status).toBe(404);
    expect(traversal.body).not.toContain('passport');
    expect((await fetchApp('app://evil/index.html')).status).toBe(404);
    expect((await fetchApp('app://tirkeu/%E0%A4%A')).status).toBe(400);
    expect((await fetchApp('app://tirkeu/assets/missing.js')).status).toBe(404);
  });

  it("lets the protocol handler's own file reads pass the request guard", async () => {
    await fetchApp('app://tirkeu/');
    expect(state.fileFetches.length).toBeGreaterThan(0);
    expect(state.fileFetches.filter((f) => f.cancelled)).toEqual([]);
  });

  it('creates the window with the security settings and opens the start page', () => {
    expect(state.windows).toHaveLength(1);
    const win = state.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      preload: path.join(tmp.dir, 'app', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(win.loadedUrls).toEqual(['app://tirkeu/']);
  });

  it('installs the guards: no new window, no navigation away, no webview, no permission', () => {
    const created = state.appListeners.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    const contents = Object.assign(new EventEmitter(), {
      openHandler: null as null | (() => unknown),
      setWindowOpenHandler(h: () => unknown) {
        this.openHandler = h;
      },
    });
    created[0]!({}, contents);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    const blocked = (event: string, url?: string) => {
      let prevented = false;
      contents.emit(event, { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(blocked('will-navigate', 'https://evil.example/')).toBe(true);
    expect(blocked('will-navigate', 'app://tirkeu/check-in')).toBe(false);
    expect(blocked('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(blocked('will-frame-navigate', 'app://tirkeu/in-house')).toBe(false);
    expect(blocked('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(blocked('will-attach-webview')).toBe(true);

    let granted: boolean | undefined;
    state.permissionRequest?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(state.permissionCheck?.({}, 'notifications')).toBe(false);
    let cancelled: boolean | undefined;
    state.beforeRequest?.({ url: 'https://example.com/' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });

  it("answers an IPC call from its own window's top frame, and refuses any other sender", async () => {
    const invoke = state.ipcHandlers.get('tirkeu:invoke');
    const win = state.windows[0]!;
    const frame = (url: string, parent: unknown = null) => ({ url, parent });
    const own = { sender: win.webContents, senderFrame: frame('app://tirkeu/in-house') };
    // Signed out, the window reads nothing; the first start sets the owner's PIN, then signs in.
    await expect(invoke?.(own, 'staff.current', {})).resolves.toEqual({
      ok: false,
      error: { code: 'auth.required' },
    });
    const setup = { hotel: null, ownerName: 'Aigerim', portal: null, secret: '4826' };
    const done = (await invoke?.(own, 'setup.finish', setup)) as { value: { ownerId: number } };
    const signedIn = (await invoke?.(own, 'auth.signIn', {
      staffId: done.value.ownerId,
      secret: '4826',
    })) as { value: { token: string } };
    session = signedIn.value.token;
    const call = (sender: unknown, senderFrame: unknown) =>
      invoke?.({ sender, senderFrame }, 'staff.current', {}, session);
    await expect(call(win.webContents, frame('app://tirkeu/in-house'))).resolves.toMatchObject({
      ok: true,
      value: { name: 'Aigerim', role: 'owner' },
    });
    const forbidden = { ok: false, error: { code: 'api.forbidden_sender' } };
    await expect(call({}, frame('app://tirkeu/'))).resolves.toEqual(forbidden);
    await expect(call(win.webContents, frame('app://tirkeu/', {}))).resolves.toEqual(forbidden);
    await expect(call(win.webContents, frame('https://evil.example/'))).resolves.toEqual(forbidden);
    expect(state.applicationMenus.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(userData, 'tirkeu.db'))).toBe(true);
  });

  it('lets only the owner take in a backup through the open dialog', async () => {
    const invoke = state.ipcHandlers.get('tirkeu:invoke');
    const own = {
      sender: state.windows[0]!.webContents,
      senderFrame: { url: 'app://tirkeu/settings', parent: null },
    };
    const made = (await invoke?.(
      own,
      'staff.create',
      { name: 'Dana', role: 'receptionist', secret: '7391' },
      session,
    )) as { value: { id: number } };
    const dana = (await invoke?.(own, 'auth.signIn', {
      staffId: made.value.id,
      secret: '7391',
    })) as { value: { token: string } };
    await expect(invoke?.(own, 'files.pickBackup', {}, dana.value.token)).resolves.toEqual({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
  });

  it('takes a backup in the bundled worker thread and keeps it', async () => {
    const invoke = state.ipcHandlers.get('tirkeu:invoke');
    const own = {
      sender: state.windows[0]!.webContents,
      senderFrame: { url: 'app://tirkeu/settings', parent: null },
    };
    const r = (await invoke?.(own, 'backup.create', {}, session)) as {
      ok: boolean;
      value: { good: boolean; file: string; counts: { stays: number } | null };
    };
    expect(r).toMatchObject({ ok: true, value: { good: true, counts: { stays: 0 } } });
    expect(path.dirname(r.value.file)).toBe(path.join(userData, 'backups'));
    expect(fs.existsSync(r.value.file)).toBe(true);
  });

  it('puts the count of notices at risk on the taskbar badge at start', async () => {
    // A new database owes nothing yet: the badge is set, and set to zero.
    await vi.waitFor(() => expect(state.badgeCounts.length).toBeGreaterThan(0));
    expect(state.badgeCounts.at(-1)).toBe(0);
  });

  it('writes an unexpected error to a log in userData, and quits when the window closes', async () => {
    for (const l of state.appListeners.get('window-all-closed') ?? []) l();
    expect(state.quit).toBe(1);
    // The database is closed now: a late call fails unexpectedly and must be logged locally.
    const invoke = state.ipcHandlers.get('tirkeu:invoke');
    const win = state.windows[0]!;
    const r = await invoke?.(
      { sender: win.webContents, senderFrame: { url: 'app://tirkeu/', parent: null } },
      'hotel.get',
      {},
      session,
    );
    // Even the session cannot be looked up: the call is refused (fail closed) and logged.
    expect(r).toEqual({ ok: false, error: { code: 'auth.required' } });
    const log = fs.readFileSync(path.join(userData, 'tirkeu-errors.log'), 'utf8');
    expect(log).toMatch(/internal error in auth\.session: .*database connection is not open/);
  });
});

/**
 * `--smoke` as the release workflow runs it in the packaged app (electron/main/smoke.ts), here
 * against the stand-in: what differs there is only the binary (its fuses are checked there).
 */
describe('--smoke in the bundled main process against a stand-in for electron', () => {
  const tmp = tempDir();
  const deskData = path.join(tmp.dir, 'userData');
  let state: ElectronStubState;
  let unload = () => {};
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);

  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest: unknown[]) => {
      if (!String(chunk).startsWith('{"smoke"')) {
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }
      lines.push(String(chunk));
      // Written: the callback the smoke test exits from.
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      setImmediate(() => done?.());
      return true;
    });
    ({ state, unload } = await loadMainBundle({
      dir: tmp.dir,
      userData: deskData,
      argv: ['--smoke', '--db', path.join(tmp.dir, 'desk.db')],
    }));
  });

  afterAll(() => {
    vi.restoreAllMocks();
    unload();
    tmp.cleanup();
  });

  const invokeFrom = (sender: unknown, method: string) =>
    state.ipcHandlers.get('tirkeu:invoke')?.(
      { sender, senderFrame: { url: 'app://tirkeu/', parent: null } },
      method,
      {},
    );

  it('starts on a throwaway data folder, never the desk’s, and opens the real window', () => {
    const [[name, dataDir] = []] = state.setPaths;
    expect(name).toBe('userData');
    expect(path.basename(dataDir!)).toMatch(/^tirkeu-smoke-/);
    expect(fs.existsSync(path.join(dataDir!, 'tirkeu.db'))).toBe(true);
    expect(fs.existsSync(path.join(tmp.dir, 'desk.db'))).toBe(false);
    expect(fs.existsSync(deskData)).toBe(false);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]!.loadedUrls).toEqual(['app://tirkeu/']);
  });

  it('waits for the window itself to call app.info, then prints one JSON line and exits 0', async () => {
    // Another sender's call is refused and does not count.
    await invokeFrom({}, 'app.info');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.exitCodes).toEqual([]);
    await invokeFrom(state.windows[0]!.webContents, 'app.info');
    await vi.waitFor(() => expect(state.exitCodes).toEqual([0]));
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(report).toMatchObject({
      smoke: 'passed',
      version: '0.1.0-smoke',
      checks: [
        { name: 'renderer', ok: true },
        { name: 'csp', ok: true },
        { name: 'fuses', skipped: 'not a packaged app' },
        { name: 'database', ok: true },
      ],
    });
    expect(JSON.stringify(report.checks)).toMatch(/migrated to \d+, closed cleanly \(SQLite 3\./);
  });

  it('leaves nothing behind: the throwaway folder is gone', () => {
    expect(fs.existsSync(state.setPaths[0]![1])).toBe(false);
  });
});
