import { BrowserWindow } from 'electron';
import { APP_START_URL } from '../policy/app-origin';
import { mainWindowOptions } from '../policy/window-options';

/** The one window factory; its options (policy/window-options.ts) carry the security settings. */
export function createMainWindow(preloadPath: string, title: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath, title));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}
