import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_START_URL } from '../../electron/policy/app-origin';
import { deskOriginOf, isDeskUrl, startMode, windowStart } from '../../electron/policy/desk-mode';
import {
  ipcSenderTrusted,
  navigationAllowed,
  permissionAllowed,
  requestAllowed,
} from '../../electron/policy/guards';
import { mainWindowOptions } from '../../electron/policy/window-options';

const rendererDir = path.resolve('/opt/tirkeu/resources/app.asar/dist/renderer');
const bridgeUrl = 'http://127.0.0.1:51234/#k=launch-secret';
const desk = 'http://127.0.0.1:51234';

describe('the desktop app as a desk of the host (issue 22)', () => {
  it("takes the bridge's own loopback origin from its URL, and nothing else", () => {
    expect(deskOriginOf(bridgeUrl)).toBe(desk);
    for (const url of [
      'https://127.0.0.1:51234/',
      'http://localhost:51234/',
      'http://127.0.0.2:51234/',
      'http://127.0.0.1/',
      'http://192.168.1.20:51234/',
      'app://tirkeu/',
      '%',
    ])
      expect(deskOriginOf(url)).toBeNull();
  });

  it("recognises exactly the bridge's origin: not another port, address, scheme or user part", () => {
    expect(isDeskUrl('http://127.0.0.1:51234/check-in', desk)).toBe(true);
    expect(isDeskUrl('http://127.0.0.1:51234/api/call', desk)).toBe(true);
    for (const url of [
      'http://127.0.0.1:51235/',
      'http://localhost:51234/',
      'http://127.0.0.2:51234/',
      'https://127.0.0.1:51234/',
      'ws://127.0.0.1:51234/',
      'http://evil@127.0.0.1.evil:51234/',
      'http://127.0.0.1:51234.evil/',
      'https://192.168.1.20:47610/api/call',
      'x',
    ])
      expect(isDeskUrl(url, desk)).toBe(false);
    expect(isDeskUrl('http://127.0.0.1:51234/', null)).toBe(false);
  });

  it("lets navigation, requests and the camera through on the bridge's origin in desk mode only", () => {
    const page = 'http://127.0.0.1:51234/check-in';
    expect(navigationAllowed(page, desk)).toBe(true);
    expect(navigationAllowed(page)).toBe(false);
    expect(navigationAllowed('http://127.0.0.1:1/', desk)).toBe(false);
    expect(navigationAllowed('https://192.168.1.20:47610/', desk)).toBe(false);
    expect(navigationAllowed('app://tirkeu/', desk)).toBe(true);

    expect(requestAllowed('http://127.0.0.1:51234/api/events', rendererDir, desk)).toBe(true);
    expect(requestAllowed('http://127.0.0.1:51234/api/events', rendererDir)).toBe(false);
    // The host is reached by the bridge alone, pinned; the window never calls it.
    expect(requestAllowed('https://192.168.1.20:47610/api/call', rendererDir, desk)).toBe(false);
    expect(requestAllowed('http://localhost:51234/', rendererDir, desk)).toBe(false);

    const own = { requestingUrl: page, isMainFrame: true, mediaTypes: ['video'] };
    expect(permissionAllowed('media', own, desk)).toBe(true);
    expect(permissionAllowed('media', own)).toBe(false);
    expect(permissionAllowed('media', { ...own, mediaTypes: ['audio'] }, desk)).toBe(false);
    expect(permissionAllowed('media', { ...own, isMainFrame: false }, desk)).toBe(false);
    expect(permissionAllowed('geolocation', own, desk)).toBe(false);
  });

  it("never trusts the bridge's page over IPC", () => {
    expect(ipcSenderTrusted({ fromOwnWindow: true, topFrame: true, frameUrl: `${desk}/` })).toBe(
      false,
    );
  });

  it('opens the window on the bridge without the preload, else on the app with it', () => {
    expect(windowStart(APP_START_URL, null)).toEqual({ url: APP_START_URL, preload: true });
    expect(windowStart(APP_START_URL, bridgeUrl)).toEqual({ url: bridgeUrl, preload: false });
  });

  it('keeps every security setting of the window when it has no preload', () => {
    const withPreload = mainWindowOptions('dist/electron/preload.cjs', 'Tirkeu');
    const desk = mainWindowOptions(null, 'Tirkeu');
    expect(desk.webPreferences).not.toHaveProperty('preload');
    const { preload: _p, ...rest } = withPreload.webPreferences as Record<string, unknown>;
    expect(desk.webPreferences).toEqual(rest);
    expect(desk.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('starts as a desk when the data folder holds a pairing; a damaged one, or --smoke, does not', () => {
    const pairing = { url: 'https://192.168.1.20:47610' };
    expect(startMode(() => pairing, false)).toEqual({ kind: 'desk', pairing });
    expect(startMode(() => null, false)).toEqual({ kind: 'hotel' });
    expect(
      startMode(() => {
        throw new SyntaxError('Unexpected token');
      }, false),
    ).toEqual({ kind: 'hotel' });
    expect(startMode(() => pairing, true)).toEqual({ kind: 'hotel' });
  });
});
