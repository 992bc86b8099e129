import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { joinHost, savePairing } from '../../electron/web/lan/desk-bridge';
import { startLanServer, type LanServer } from '../../electron/web/lan/lan-server';
import type { PairingCode } from '../../shared/contract';
import { tempDir } from '../helpers/core';
import { loadMainBundle } from './bundle-loader';
import type { ElectronStubState } from './electron-stub';

const FIXTURES = path.join(__dirname, '../fixtures/lan-tls');
const read = (f: string) => fs.readFileSync(path.join(FIXTURES, f), 'utf8');

/**
 * Issue 22: a PC whose data folder holds a pairing starts as the host's desk. The bundled main
 * process, against the stand-in for electron, with a host started here on loopback: no database
 * is opened, the window shows the desk bridge's page without the preload, and the guards let
 * exactly the bridge's own origin through.
 */
describe('the bundled main process starts as a desk when userData holds a pairing', () => {
  const tmp = tempDir();
  const userData = path.join(tmp.dir, 'userData');
  let core: Core;
  let host: LanServer;
  let state: ElectronStubState;
  let unload = () => {};
  let bridgeUrl = '';

  beforeAll(async () => {
    core = createCore({ dbFile: ':memory:' });
    host = await startLanServer({
      core,
      host: '127.0.0.1',
      tls: { cert: read('cert.pem'), key: read('key.pem') },
    });
    const made = (await core.call('desks.addDesk', { name: 'Reception 2' })) as {
      ok: true;
      value: PairingCode;
    };
    const pairing = await joinHost({
      url: host.url,
      fingerprint: host.fingerprint,
      code: made.value.code,
    });
    savePairing(userData, pairing);
    ({ state, unload } = await loadMainBundle({ dir: tmp.dir, userData }));
    await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 5000 });
    bridgeUrl = state.windows[0]!.loadedUrls[0] ?? '';
  });

  afterAll(async () => {
    for (const close of state?.appListeners.get('window-all-closed') ?? []) close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    unload();
    await host.close();
    core.close();
    tmp.cleanup();
  });

  it('opens no database and loads the window from the bridge on 127.0.0.1, preload-less', () => {
    expect(bridgeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[\w-]{20,}$/);
    expect(fs.existsSync(path.join(userData, 'tirkeu.db'))).toBe(false);
    const prefs = state.windows[0]!.options.webPreferences!;
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, webSecurity: true });
    // No IPC route: the page talks HTTP to the bridge.
    expect(state.ipcHandlers.has('tirkeu:invoke')).toBe(false);
    expect(state.protocolHandlers.has('app')).toBe(false);
  });

  it("lets the bridge's own origin through the request guard and nothing else off the machine", async () => {
    const origin = new URL(bridgeUrl).origin;
    const guard = state.beforeRequest!;
    const cancelled = (url: string) =>
      new Promise<boolean>((resolve) => guard({ url }, (r) => resolve(r.cancel === true)));
    expect(await cancelled(`${origin}/api/call`)).toBe(false);
    expect(await cancelled(`${host.url}/api/call`)).toBe(true);
    expect(await cancelled(origin.replace('127.0.0.1', 'localhost'))).toBe(true);
    expect(await cancelled('https://example.com/')).toBe(true);
  });

  it('serves the renderer and passes a call to the host with the launch secret only', async () => {
    const origin = new URL(bridgeUrl).origin;
    const secret = new URL(bridgeUrl).hash.slice('#k='.length);
    const page = await fetch(`${origin}/`);
    expect(await page.text()).toContain('<title>Tirkeu</title>');
    const info = await fetch(`${origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tirkeu-secret': secret },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(info.status).toBe(200);
    expect(((await info.json()) as { ok: boolean }).ok).toBe(true);
    const unsigned = await fetch(`${origin}/api/call`, {
      method: 'POST',
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(unsigned.status).toBe(401);
  });

  it('navigates and grants the camera on the bridge only', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: () => {} });
    for (const l of state.appListeners.get('web-contents-created') ?? []) l({}, contents);
    const origin = new URL(bridgeUrl).origin;
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
      return !prevented;
    };
    expect(navigate(`${origin}/check-in`)).toBe(true);
    expect(navigate(host.url)).toBe(false);
    expect(navigate('app://tirkeu/')).toBe(true);
  });
});

/**
 * The welcome screen's "Join the hotel's host desk" in the desktop app: over IPC, web mode's own
 * join steps. A first start (no pairing) joins a host started here, keeps the pairing in
 * userData, drops its empty hotel and starts again; the next start is the desk.
 */
describe('the bundled main process joins a host at its first start, then starts as its desk', () => {
  const tmp = tempDir();
  const userData = path.join(tmp.dir, 'userData');
  let core: Core;
  let host: LanServer;
  let first: ElectronStubState;
  let unloadFirst = () => {};
  let again: ElectronStubState | null = null;
  let unloadAgain = () => {};
  let code = '';

  beforeAll(async () => {
    core = createCore({ dbFile: ':memory:' });
    host = await startLanServer({
      core,
      host: '127.0.0.1',
      tls: { cert: read('cert.pem'), key: read('key.pem') },
    });
    ({ state: first, unload: unloadFirst } = await loadMainBundle({
      dir: path.join(tmp.dir, 'first'),
      userData,
    }));
  });

  afterAll(async () => {
    for (const close of again?.appListeners.get('window-all-closed') ?? []) close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    unloadAgain();
    unloadFirst();
    await host.close();
    core.close();
    tmp.cleanup();
  });

  const invoke = (sender: unknown, method: string, input: unknown) =>
    first.ipcHandlers.get('tirkeu:invoke')!(
      { sender, senderFrame: { url: 'app://tirkeu/', parent: null } },
      method,
      input,
      null,
    ) as Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string } }>;
  const own = () => first.windows[0]!.webContents;
  const addDesk = async (name: string) =>
    ((await core.call('desks.addDesk', { name })) as { ok: true; value: PairingCode }).value.code;

  it('starts a first start on its own database, with the join steps on its IPC route', async () => {
    expect(first.windows[0]!.loadedUrls).toEqual(['app://tirkeu/']);
    expect(fs.existsSync(path.join(userData, 'tirkeu.db'))).toBe(true);
    const probe = await invoke(own(), 'join.probe', { url: host.url });
    expect(probe).toEqual({ ok: true, value: { fingerprint: host.fingerprint } });
  });

  it('refuses another sender, hostile input and a wrong fingerprint, and keeps nothing', async () => {
    code = await addDesk('Reception 3');
    const pair = { url: host.url, fingerprint: host.fingerprint, code };
    expect(await invoke({}, 'join.pair', pair)).toMatchObject({
      error: { code: 'api.forbidden_sender' },
    });
    for (const input of [
      { ...pair, url: 'https://8.8.8.8:47610' },
      { ...pair, url: `${host.url}/evil` },
      { ...pair, code: '12ab56' },
      { ...pair, extra: 1 },
      'not an object',
    ])
      expect(await invoke(own(), 'join.pair', input)).toMatchObject({
        error: { code: 'desks.join_invalid' },
      });
    expect(await invoke(own(), 'join.pair', { ...pair, fingerprint: 'AA:BB' })).toMatchObject({
      ok: false,
      error: { code: 'desks.wrong_fingerprint' },
    });
    expect(fs.existsSync(path.join(userData, 'desk.json'))).toBe(false);
    expect(first.relaunches).toBe(0);
    // The code never reached the host: still open and unused.
    expect(core.repos.desks.openCodes(new Date().toISOString())).toMatchObject([{ usedAt: null }]);
  });

  it('proves the code, keeps the pairing in userData, drops its empty hotel and relaunches', async () => {
    const r = await invoke(own(), 'join.pair', {
      url: host.url,
      fingerprint: host.fingerprint,
      code,
    });
    expect(r).toEqual({ ok: true, value: { desk: 'Reception 3' } });
    await vi.waitFor(() => expect(first.exitCodes).toEqual([0]));
    expect(first.relaunches).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'desk.json'), 'utf8'))).toMatchObject({
      url: host.url,
      fingerprint: host.fingerprint,
      desk: { name: 'Reception 3' },
    });
    expect(fs.existsSync(path.join(userData, 'tirkeu.db'))).toBe(false);
  });

  it('starts again as the desk: the bridge page, no database, calls reaching the host', async () => {
    ({ state: again, unload: unloadAgain } = await loadMainBundle({
      dir: path.join(tmp.dir, 'again'),
      userData,
    }));
    const state = again;
    await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 5000 });
    const url = new URL(state.windows[0]!.loadedUrls[0]!);
    expect(url.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fs.existsSync(path.join(userData, 'tirkeu.db'))).toBe(false);
    const info = await fetch(`${url.origin}/api/call`, {
      method: 'POST',
      headers: { 'x-tirkeu-secret': url.hash.slice('#k='.length) },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(((await info.json()) as { ok: boolean }).ok).toBe(true);
  });
});
