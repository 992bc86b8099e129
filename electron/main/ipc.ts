import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/core';
import { APP_ORIGIN } from './protocol';
import { handleShellCall } from './shell-actions';

export const INVOKE_CHANNEL = 'tirkeu:invoke';
export const EVENT_CHANNEL = 'tirkeu:event';

/**
 * The one place raw ipcMain is used (a lint rule bans it elsewhere). A call is served only
 * when it comes from our own window's top frame on our own origin; the dispatcher then checks
 * the method name and validates the input.
 */
export function bindIpc(core: Core, getWindow: () => BrowserWindow | null): () => void {
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const win = getWindow();
    const frame = event.senderFrame;
    if (!win || event.sender !== win.webContents || !frame || frame.parent !== null) return false;
    try {
      return new URL(frame.url).origin === APP_ORIGIN;
    } catch {
      return false;
    }
  };
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!trusted(event)) return { ok: false, error: { code: 'api.forbidden_sender' } };
    return (
      (await handleShellCall(core, String(method), input, getWindow)) ??
      core.dispatch(String(method), input, core.context())
    );
  });
  const unsubscribe = core.subscribe((name, payload) => {
    getWindow()?.webContents.send(EVENT_CHANNEL, { event: name, payload });
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
