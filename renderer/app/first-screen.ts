import type { QueryClient } from '@tanstack/react-query';
import { sessionToken } from '../api/client';
import { prefetchApi } from '../api/hooks';
import { loadAllLocales } from '../i18n';

/**
 * The signed-in shell (In house, the navigation, the banners) with Mantine's every style and every
 * language's words: none of it is the sign-in's, so the first screen does not wait for it (issue
 * 21). Asked for when the sign-in screen is drawn and idle, and again at the sign-in.
 */
export const loadShell = () =>
  Promise.all([import('./App'), loadAllLocales()]).then(([shell]) => shell);

/**
 * The sign-in screen's calls, asked while the code is still starting and side by side: they went
 * out one after the other, each after a render (issue 12).
 */
export function prefetchSignIn(client: QueryClient): void {
  if (sessionToken()) return;
  prefetchApi(client, 'setup.get', {});
  prefetchApi(client, 'auth.staffList', {});
}

/**
 * What the shell and the screen at `pathname` ask for first, asked the moment someone signs in:
 * the answers arrive while the shell is still rendering instead of after it.
 */
export function prefetchSignedIn(client: QueryClient, pathname: string): void {
  void loadShell();
  prefetchApi(client, 'hotel.get', {});
  prefetchApi(client, 'notifications.counts', {});
  if (pathname === '/' || pathname.startsWith('/in-house')) {
    prefetchApi(client, 'stays.inHouse', { query: '' });
  }
}
