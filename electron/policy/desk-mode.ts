import { parseUrl } from './app-origin';

/**
 * The desktop app as a desk of the hotel's host (issue 22). A PC whose data folder holds the
 * pairing (desk.json) opens no database: main starts the desk bridge in-process on 127.0.0.1
 * and the window shows the bridge's page, as web mode's desk does. The host's certificate stays
 * pinned in the bridge's one pinned client (web/lan/pinned-client.ts): the window itself never
 * talks to the host, so no setCertificateVerifyProc is needed and no browser warning can appear.
 */

/**
 * The bridge's own origin, `http://127.0.0.1:PORT`, from the URL startDeskBridge gave; null for
 * anything else (another host, another scheme, no port), so a wrong URL allows nothing.
 */
export function deskOriginOf(bridgeUrl: string): string | null {
  const u = parseUrl(bridgeUrl);
  if (!u || u.protocol !== 'http:' || u.hostname !== '127.0.0.1' || u.port === '') return null;
  return `http://127.0.0.1:${u.port}`;
}

/**
 * Whether `url` is on the desk bridge's own origin: exactly its scheme, address and port, never
 * `localhost`, another port or another loopback address. Without a bridge nothing is.
 */
export function isDeskUrl(url: string, deskOrigin: string | null): boolean {
  if (deskOrigin === null) return false;
  const u = parseUrl(url);
  return u !== null && u.protocol === 'http:' && `${u.protocol}//${u.host}` === deskOrigin;
}

/**
 * How the window starts: in desk mode on the bridge's page (its launch secret in the hash, as
 * web mode hands it over) and without the preload, so the page finds no `window.tirkeu` and
 * talks HTTP to the bridge (renderer/api/client.ts picks its transport by it); otherwise on the
 * app's own page with the preload's IPC route.
 */
export function windowStart(
  appStartUrl: string,
  bridgeUrl: string | null,
): { url: string; preload: boolean } {
  return bridgeUrl === null
    ? { url: appStartUrl, preload: true }
    : { url: bridgeUrl, preload: false };
}

/** What a start reads from the data folder: a pairing to be a desk of, else the PC's own hotel. */
export type StartMode<P> = { kind: 'desk'; pairing: P } | { kind: 'hotel' };

/**
 * `read` is loadPairing on the data folder. A pairing file that cannot be read (damaged, not
 * JSON) starts the PC as before it joined: the first start may join again.
 */
export function startMode<P>(read: () => P | null, smoke: boolean): StartMode<P> {
  if (smoke) return { kind: 'hotel' };
  try {
    const pairing = read();
    return pairing ? { kind: 'desk', pairing } : { kind: 'hotel' };
  } catch {
    return { kind: 'hotel' };
  }
}
