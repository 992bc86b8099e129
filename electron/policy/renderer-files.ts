import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin';

/** What a request for the renderer gets: a file to send, or a refusal with its HTTP status. */
export type RendererTarget =
  { kind: 'file'; file: string; route: boolean } | { kind: 'refused'; status: 400 | 404 };

type PathApi = Pick<typeof nodePath, 'resolve' | 'join' | 'extname' | 'sep'>;

/**
 * Maps a URL path to a file of the built renderer, shared by the desktop protocol and the web
 * bridge. The root itself, a path ending in "/" and an extension-less path (a client route
 * such as /check-in) get index.html; a path with an extension is that file (a missing one is
 * the caller's 404, never index.html passed off as a script). A path that decodes badly is
 * refused with 400 instead of throwing; one that leaves the folder gets 404.
 * `pathApi` is the platform's path module; tests pass path.win32 to prove backslashes hold.
 */
export function resolveRendererPath(
  rootDir: string,
  urlPath: string,
  pathApi: PathApi = nodePath,
): RendererTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath === '' ? '/' : urlPath);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return { kind: 'refused', status: 400 };
  const root = pathApi.resolve(rootDir);
  const resolved = pathApi.resolve(root, '.' + decoded);
  if (resolved !== root && !resolved.startsWith(root + pathApi.sep)) {
    return { kind: 'refused', status: 404 };
  }
  if (resolved === root || decoded.endsWith('/') || !pathApi.extname(resolved)) {
    return { kind: 'file', file: pathApi.join(root, 'index.html'), route: true };
  }
  return { kind: 'file', file: resolved, route: false };
}

/** An app://tirkeu/... request in the desktop app: another scheme or host is not ours (404). */
export function resolveAppRequest(
  url: string,
  rootDir: string,
  pathApi: PathApi = nodePath,
): RendererTarget {
  const u = parseUrl(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) {
    return { kind: 'refused', status: 404 };
  }
  return resolveRendererPath(rootDir, u.pathname, pathApi);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
