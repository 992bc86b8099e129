import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/core';
import { ipcSenderTrusted } from '../policy/guards';
import { allows } from '../../shared/contract';
import { handleShellCall, isShellCall, SHELL_ACCESS } from './shell-actions';
import type { DeskPairing } from '../web/lan/desk-bridge';
import type { JoinReply } from '../web/lan/join-routes';

/**
 * The first start's join (issue 22) as the desktop app offers it: the same steps as web mode's
 * routes (join-routes.ts joinActions, which refuse unless this PC's database still needs its
 * first start), reached over IPC by these two names, which are no contract method's.
 */
export interface IpcJoin {
  probe: (input: unknown) => Promise<JoinReply>;
  pair: (input: unknown) => Promise<JoinReply>;
  /** Told once the pairing is kept, after the answer went to the window. */
  onJoined: (pairing: DeskPairing) => void;
}
export const JOIN_CALLS = { 'join.probe': 'probe', 'join.pair': 'pair' } as const;

export const INVOKE_CHANNEL = 'tirkeu:invoke';
export const EVENT_CHANNEL = 'tirkeu:event';

/**
 * The one place raw ipcMain is used (a lint rule bans it elsewhere). A call is served only
 * when ipcSenderTrusted (policy/) accepts its sender; the dispatcher then checks the method
 * name and validates the input.
 */
export function bindIpc(
  core: Core,
  getWindow: () => BrowserWindow | null,
  /** Told the method of each call from the trusted window (`--smoke` waits for `app.info`). */
  observe?: (method: string) => void,
  join?: IpcJoin,
): () => void {
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const win = getWindow();
    const frame = event.senderFrame;
    return ipcSenderTrusted({
      fromOwnWindow: win !== null && event.sender === win.webContents,
      topFrame: frame !== null && frame.parent === null,
      frameUrl: frame?.url ?? null,
    });
  };
  // The window's session as its latest call (or sign-in) gave it: events go to the window only
  // while it lives (issue 19), so a signed-out or idle window hears nothing of anyone's work.
  let windowSession: string | null = null;
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, method: unknown, input: unknown, session: unknown) => {
      if (!trusted(event)) return { ok: false, error: { code: 'api.forbidden_sender' } };
      // A non-string method (an object whose toString throws) is an unknown method, not a throw.
      const name = typeof method === 'string' ? method : '';
      observe?.(name);
      // The window's session, sent by the preload with every call, says who is acting.
      windowSession = typeof session === 'string' ? session : null;
      if (join && Object.hasOwn(JOIN_CALLS, name)) {
        const reply = await join[JOIN_CALLS[name as keyof typeof JOIN_CALLS]](input);
        const { pairing } = reply;
        if (pairing) setImmediate(() => join.onJoined(pairing));
        return reply.body;
      }
      const ctx = core.contextFor(windowSession);
      if (isShellCall(name) && ctx.staff === null) {
        return { ok: false, error: { code: 'auth.required' } };
      }
      if (isShellCall(name) && !allows(SHELL_ACCESS[name], ctx.staff?.role ?? null)) {
        return { ok: false, error: { code: 'auth.forbidden' } };
      }
      const result =
        (await handleShellCall(core, name, input, getWindow)) ??
        (await core.dispatch(name, input, ctx));
      const signedIn = (result as { ok?: boolean; value?: { token?: unknown } }).value?.token;
      if (name === 'auth.signIn' && typeof signedIn === 'string') windowSession = signedIn;
      return result;
    },
  );
  const unsubscribe = core.subscribe((name, payload) => {
    if (!core.sessionAlive(windowSession)) return;
    getWindow()?.webContents.send(EVENT_CHANNEL, { event: name, payload });
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
