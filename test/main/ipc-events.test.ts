import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/core';
import { memoryCore } from '../helpers/core';

// Electron cannot run here: ipcMain is stood in for, so the handler and the event forwarding
// that bindIpc sets up are driven as the window would drive them.
const ipc = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>(),
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, h: (...args: unknown[]) => Promise<unknown>) =>
      ipc.handlers.set(channel, h),
    removeHandler: (channel: string) => ipc.handlers.delete(channel),
  },
}));

const { bindIpc, EVENT_CHANNEL, INVOKE_CHANNEL } = await import('../../electron/main/ipc');

describe('the desktop window’s events and its session (issue 19)', () => {
  let core: Core;
  let unbind: () => void;
  const sent: unknown[] = [];
  const webContents = {
    send: (channel: string, message: unknown) => {
      if (channel === EVENT_CHANNEL) sent.push(message);
    },
  };
  const win = { webContents };
  const fromWindow = { sender: webContents, senderFrame: { url: 'app://tirkeu/', parent: null } };
  const invoke = (method: string, input: unknown, session: string | null) =>
    ipc.handlers.get(INVOKE_CHANNEL)!(fromWindow, method, input, session) as Promise<{
      ok: boolean;
      value?: unknown;
    }>;
  beforeAll(() => {
    core = memoryCore();
    unbind = bindIpc(core, () => win as never);
  });
  afterAll(() => {
    unbind();
    core.close();
  });

  it('forwards others’ work while the window is signed in, and nothing once it signed out', async () => {
    const made = await core.call('staff.create', {
      name: 'Aruzhan',
      role: 'receptionist',
      secret: '1357',
    });
    const staffId = (made as { value: { id: number } }).value.id;
    const signedIn = await invoke('auth.signIn', { staffId, secret: '1357' }, null);
    const token = (signedIn.value as { token: string }).token;
    sent.length = 0;
    await core.call('auth.saveLockSettings', { autoLockMinutes: 15 });
    expect(sent).toContainEqual({ event: 'data.changed', payload: { roots: ['auth'] } });

    expect((await invoke('auth.signOut', {}, token)).ok).toBe(true);
    sent.length = 0;
    await core.call('auth.saveLockSettings', { autoLockMinutes: 20 });
    await core.call('notifications.shiftReport', { language: 'en' });
    expect(sent).toEqual([]);
  });
});
