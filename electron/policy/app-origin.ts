/** The renderer's own origin in the desktop app: a privileged, standard, secure scheme. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tirkeu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

/** Parses without throwing: hostile or malformed URLs are simply not ours. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Compares scheme and host, never `URL.origin`: Node's URL (which the main process uses)
 * reports the origin of a non-special scheme such as app: as the string "null".
 */
export function isAppUrl(url: string): boolean {
  const u = parseUrl(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}
