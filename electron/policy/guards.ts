import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppUrl, parseUrl } from './app-origin';
import { isDeskUrl } from './desk-mode';

/**
 * The desktop window's answers (style.md; Actual's window as the model). Tirkeu makes no
 * network calls: guest data is personal data.
 */

/**
 * Navigation and redirects stay inside the app; in desk mode (policy/desk-mode.ts) also on the
 * desk bridge's own loopback origin, `deskOrigin`, and nowhere else.
 */
export function navigationAllowed(url: string, deskOrigin: string | null = null): boolean {
  return isAppUrl(url) || isDeskUrl(url, deskOrigin);
}

/** What Electron tells about a permission request or check. */
export interface PermissionRequest {
  requestingUrl?: string | undefined;
  isMainFrame?: boolean | undefined;
  /** For `media`: what is asked for, `video` and/or `audio`. */
  mediaTypes?: readonly string[] | undefined;
}

/**
 * Every permission (microphone, notifications, geolocation, ...) is refused, but one: the camera
 * alone, asked by our own page's top frame. The page asks only when the desk clicks "Scan with
 * camera" on the Check-in form, and the picture never leaves the machine.
 */
export function permissionAllowed(
  permission: string,
  request: PermissionRequest = {},
  deskOrigin: string | null = null,
): boolean {
  if (permission !== 'media') return false;
  const types = request.mediaTypes ?? [];
  return (
    request.isMainFrame === true &&
    request.requestingUrl !== undefined &&
    (isAppUrl(request.requestingUrl) || isDeskUrl(request.requestingUrl, deskOrigin)) &&
    types.length > 0 &&
    types.every((type) => type === 'video')
  );
}

/** No new windows, whatever the page asks. */
export function windowOpenAnswer(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The session-wide request filter. Besides our own origin it must let through the protocol
 * handler's own read of the renderer's files (a file: URL under the renderer folder): Electron
 * documents that net.fetch triggers webRequest handlers, so cancelling file: outright would
 * turn every page into a network error. In desk mode the desk bridge's own loopback origin passes
 * too (the page and its calls; the bridge alone reaches the host, pinned). Any other file and
 * every other http(s) request is cancelled.
 */
export function requestAllowed(
  url: string,
  rendererDir: string,
  deskOrigin: string | null = null,
): boolean {
  if (isAppUrl(url) || isDeskUrl(url, deskOrigin)) return true;
  const u = parseUrl(url);
  if (!u) return false;
  if (u.protocol === 'devtools:' || u.protocol === 'data:' || u.protocol === 'blob:') return true;
  if (u.protocol !== 'file:') return false;
  let file: string;
  try {
    file = fileURLToPath(u);
  } catch {
    return false;
  }
  const root = nodePath.resolve(rendererDir);
  return nodePath.resolve(file).startsWith(root + nodePath.sep);
}

/** Who is asking over IPC, as the main process sees it. */
export interface IpcSender {
  /** The call comes from our main window's web contents. */
  fromOwnWindow: boolean;
  /** The frame is the top frame, not an iframe. */
  topFrame: boolean;
  /** The frame's URL; null when the frame is gone. */
  frameUrl: string | null;
}

/**
 * A call is served only from our own window's top frame showing our own origin. Never the desk
 * bridge's page: in desk mode the window has no preload and main no core to call.
 */
export function ipcSenderTrusted(sender: IpcSender): boolean {
  return (
    sender.fromOwnWindow && sender.topFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl)
  );
}
