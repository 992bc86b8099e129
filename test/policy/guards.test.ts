import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/policy/app-origin';
import {
  ipcSenderTrusted,
  navigationAllowed,
  permissionAllowed,
  requestAllowed,
  windowOpenAnswer,
} from '../../electron/policy/guards';
import { mainWindowOptions } from '../../electron/policy/window-options';

const rendererDir = path.resolve('/opt/tirkeu/resources/app.asar/dist/renderer');
const fileUrl = (p: string) => pathToFileURL(p).toString();

describe("the desktop window's guards", () => {
  it('recognises our origin by scheme and host (Node reports its URL origin as "null")', () => {
    expect(new URL('app://tirkeu/').origin).toBe('null');
    expect(isAppUrl('app://tirkeu/check-in')).toBe(true);
    expect(isAppUrl('app://tirkeu.evil/')).toBe(false);
    expect(isAppUrl('app://evil/tirkeu')).toBe(false);
    expect(isAppUrl('%')).toBe(false);
  });

  it('lets navigation and redirects stay inside the app only', () => {
    expect(navigationAllowed('app://tirkeu/settings/hotel')).toBe(true);
    for (const url of ['https://vmp.gov.kz/', 'file:///etc/passwd', 'http://127.0.0.1:1/', 'x']) {
      expect(navigationAllowed(url)).toBe(false);
    }
  });

  it("grants the camera to the app's own top frame only, never the microphone", () => {
    const own = { requestingUrl: 'app://tirkeu/check-in', isMainFrame: true };
    expect(permissionAllowed('media', { ...own, mediaTypes: ['video'] })).toBe(true);
    expect(permissionAllowed('media', { ...own, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(permissionAllowed('media', { ...own, mediaTypes: ['audio'] })).toBe(false);
    expect(permissionAllowed('media', { ...own, mediaTypes: [] })).toBe(false);
    expect(permissionAllowed('media', { ...own, isMainFrame: false, mediaTypes: ['video'] })).toBe(
      false,
    );
    for (const requestingUrl of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/']) {
      expect(
        permissionAllowed('media', { requestingUrl, isMainFrame: true, mediaTypes: ['video'] }),
      ).toBe(false);
    }
    expect(permissionAllowed('geolocation', { ...own, mediaTypes: ['video'] })).toBe(false);
  });

  it('refuses every permission and every new window', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionAllowed(p)).toBe(false);
    }
    expect(windowOpenAnswer()).toEqual({ action: 'deny' });
  });

  it("lets the protocol handler's own read of a renderer file through", () => {
    expect(requestAllowed(fileUrl(path.join(rendererDir, 'index.html')), rendererDir)).toBe(true);
    expect(requestAllowed(fileUrl(path.join(rendererDir, 'assets/a.js')), rendererDir)).toBe(true);
  });

  it('cancels every other file and every request that would leave the machine', () => {
    for (const url of [
      fileUrl('/etc/passwd'),
      fileUrl(path.join(rendererDir, '..', 'electron', 'main.cjs')),
      fileUrl(rendererDir + '-evil/index.html'),
      'file:///opt/tirkeu/resources/app.asar/dist/renderer/../../../x',
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'ws://127.0.0.1/',
      'ftp://x/',
      'not a url',
    ]) {
      expect(requestAllowed(url, rendererDir), url).toBe(false);
    }
  });

  it('lets our own origin, devtools and inline data through', () => {
    for (const url of ['app://tirkeu/assets/a.js', 'devtools://devtools/x', 'data:,x', 'blob:x']) {
      expect(requestAllowed(url, rendererDir)).toBe(true);
    }
  });

  it("trusts an IPC call only from our window's top frame on our origin", () => {
    const ok = { fromOwnWindow: true, topFrame: true, frameUrl: 'app://tirkeu/in-house' };
    expect(ipcSenderTrusted(ok)).toBe(true);
    expect(ipcSenderTrusted({ ...ok, fromOwnWindow: false })).toBe(false);
    expect(ipcSenderTrusted({ ...ok, topFrame: false })).toBe(false);
    expect(ipcSenderTrusted({ ...ok, frameUrl: null })).toBe(false);
    expect(ipcSenderTrusted({ ...ok, frameUrl: 'https://evil.example/' })).toBe(false);
  });

  it('creates the window isolated and sandboxed, without Node, webviews or insecure content', () => {
    const o = mainWindowOptions('dist/electron/preload.cjs', 'Tirkeu');
    expect(o.webPreferences).toMatchObject({
      preload: path.resolve('dist/electron/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(o.show).toBe(false);
  });
});
