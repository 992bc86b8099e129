import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// The renderer's only door to the app: one invoke channel and one event channel. No Node,
// no raw ipcRenderer; the main process checks the sender and validates every input.
const INVOKE = 'tirkeu:invoke';
const EVENT = 'tirkeu:event';

contextBridge.exposeInMainWorld('tirkeu', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE, method, input),
  on: (listener: (message: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, message: unknown) => listener(message);
    ipcRenderer.on(EVENT, handler);
    return () => ipcRenderer.removeListener(EVENT, handler);
  },
});
