import { BrowserWindow } from 'electron';
import { APP_START_URL } from '../policy/app-origin';
import { windowStart } from '../policy/desk-mode';
import { mainWindowOptions } from '../policy/window-options';

/**
 * The one window factory; its options (policy/window-options.ts) carry the security settings.
 * In desk mode (`bridgeUrl`, policy/desk-mode.ts) it opens the desk bridge's page, preload-less.
 */
export function createMainWindow(
  preloadPath: string,
  title: string,
  bridgeUrl: string | null = null,
): BrowserWindow {
  const start = windowStart(APP_START_URL, bridgeUrl);
  const win = new BrowserWindow(mainWindowOptions(start.preload ? preloadPath : null, title));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(start.url);
  return win;
}
