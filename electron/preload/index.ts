import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// The renderer's only door to the app: one invoke channel and one event channel. No Node,
// no raw ipcRenderer; the main process checks the sender and validates every input.
const INVOKE = 'tirkeu:invoke';
const EVENT = 'tirkeu:event';

contextBridge.exposeInMainWorld('tirkeu', {
  // The window's session token travels with each call; main resolves it with the core.
  invoke: (method: string, input: unknown, session?: string | null): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE, method, input, session ?? null),
  on: (listener: (message: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, message: unknown) => listener(message);
    ipcRenderer.on(EVENT, handler);
    return () => ipcRenderer.removeListener(EVENT, handler);
  },
});
