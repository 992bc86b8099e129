import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/core';
import { RELEASES_PAGE } from '../../shared/leave-app';
import { memoryCore, tempDir } from '../helpers/core';

// Electron itself cannot run here: its shell and dialog are stood in for, so what is proved is
// what Tirkeu asks of them, and that it asks nothing for a refused call.
const electron = vi.hoisted(() => ({
  openExternal: vi.fn(async () => undefined),
  openPath: vi.fn(async () => ''),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
}));
vi.mock('electron', () => ({
  app: { once: vi.fn() },
  shell: { openExternal: electron.openExternal, openPath: electron.openPath },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
}));

const { handleShellCall, removeStaleViewerFolders, removeViewerFiles } =
  await import('../../electron/main/shell-actions');

describe('shell actions', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let core: Core;
  const call = (method: string, input: unknown) => handleShellCall(core, method, input, () => null);
  beforeEach(() => {
    core = memoryCore();
    vi.clearAllMocks();
  });
  afterEach(() => {
    core.close();
    removeViewerFiles();
  });

  it('leaves contract methods to the dispatcher', async () => {
    expect(await call('notifications.board', {})).toBeNull();
  });

  it('opens a portal from the allow-list in the browser, and nothing else', async () => {
    expect(await call('shell.openPortal', { portal: 'eqonaq' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(electron.openExternal).toHaveBeenCalledWith('https://eqonaq.kz/');
    electron.openExternal.mockClear();
    for (const portal of ['https://evil.example', 'constructor', 'file']) {
      expect(await call('shell.openPortal', { portal })).toEqual({
        ok: true,
        value: { opened: false },
      });
    }
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('opens the releases page in the browser when asked, with no input of the renderer', async () => {
    expect(await call('shell.openReleases', {})).toEqual({ ok: true, value: { opened: true } });
    expect(electron.openExternal).toHaveBeenCalledWith(RELEASES_PAGE);
    electron.openExternal.mockClear();
    expect(await call('shell.openReleases', { url: 'https://evil.example/' })).toEqual({
      ok: false,
      error: { code: 'api.invalid_input' },
    });
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('takes bytes from the renderer into the file store, and refuses anything but bytes', async () => {
    const r = await call('files.put', {
      name: 'a.pdf',
      type: 'application/pdf',
      bytes: new Uint8Array([37, 80]),
    });
    expect(r).toMatchObject({ ok: true, value: { name: 'a.pdf', size: 2 } });
    expect(await call('files.put', { name: 'a', type: '', bytes: [1, 2] })).toMatchObject({
      ok: false,
      error: { code: 'api.invalid_input' },
    });
    expect(
      await call('files.put', { name: 'a', type: '', bytes: new Uint8Array(0), path: '/etc' }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('opens a PDF in the system viewer from a private temp copy; other files never', async () => {
    const pdf = core.files.put(
      new TextEncoder().encode('%PDF-1.7'),
      'notice.pdf',
      'application/pdf',
    );
    expect(await call('files.open', { fileId: pdf.fileId })).toEqual({
      ok: true,
      value: { opened: true },
    });
    const target = (electron.openPath.mock.calls[0] as unknown as [string])[0];
    expect(target.endsWith('notice.pdf')).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    const exe = core.files.put(new Uint8Array([77, 90]), 'setup.exe', 'application/octet-stream');
    expect(await call('files.open', { fileId: exe.fileId })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(electron.openPath).toHaveBeenCalledTimes(1);
  });

  it('removes at start the viewer copies a crash left in the temp folder, and nothing else', () => {
    const temp = tmp.file('os-temp');
    fs.mkdirSync(path.join(temp, 'tirkeu-view-AbC123', 'f00d'), { recursive: true });
    fs.writeFileSync(path.join(temp, 'tirkeu-view-AbC123', 'f00d', 'notice.pdf'), '%PDF-1.7');
    fs.mkdirSync(path.join(temp, 'tirkeu-view-Zz9'));
    fs.mkdirSync(path.join(temp, 'other-app-1'));
    fs.writeFileSync(path.join(temp, 'tirkeu-view-notes.txt'), 'a file, not a viewer folder');
    removeStaleViewerFolders(temp);
    expect(fs.readdirSync(temp).sort()).toEqual(['other-app-1', 'tirkeu-view-notes.txt']);
  });

  it('saves only where the user chose in the dialog', async () => {
    const file = core.files.put(
      new TextEncoder().encode('%PDF-1.7'),
      'report.pdf',
      'application/pdf',
    );
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await call('files.save', { fileId: file.fileId })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await call('files.save', { fileId: 'A'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'file.missing' },
    });
  });

  it.skipIf(process.platform === 'win32')(
    'saves owner-only (0600), even over a file that was readable by all',
    async () => {
      const file = core.files.put(new TextEncoder().encode('%PDF-1.7'), 'r.pdf', 'application/pdf');
      const target = tmp.file('saved-register.pdf');
      fs.writeFileSync(target, 'old', { mode: 0o644 });
      fs.chmodSync(target, 0o644);
      electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      expect(await call('files.save', { fileId: file.fileId })).toEqual({
        ok: true,
        value: { saved: true },
      });
      expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7');
      expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    },
  );

  it('saves a backup named on disk by copying the file where the user chose', async () => {
    const backup = tmp.file('tirkeu-2026-03-20T08-00-00Z.db');
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    fs.writeFileSync(backup, bytes);
    const ref = core.files.putPath(backup, path.basename(backup), 'application/vnd.sqlite3');
    const target = tmp.file('stick/copy.db');
    fs.mkdirSync(path.dirname(target));
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await call('files.save', { fileId: ref.fileId })).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(backup)).toBe(true);
  });

  it('names a backup picked in the open dialog where it lies, and nothing when cancelled', async () => {
    const picked = tmp.file('picked.db');
    fs.writeFileSync(picked, 'SQLite format 3');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [picked] });
    const r = await call('files.pickBackup', {});
    expect(r).toMatchObject({ ok: true, value: { file: { name: 'picked.db', size: 15 } } });
    const { file } = (r as { value: { file: { fileId: string } } }).value;
    expect(core.files.get(file.fileId).path).toBe(picked);
    expect(electron.showOpenDialog.mock.calls[0]).toEqual([
      expect.objectContaining({ filters: [{ name: 'Tirkeu', extensions: ['db'] }] }),
    ]);
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('files.pickBackup', {})).toEqual({ ok: true, value: { file: null } });
    // Deleting the entry leaves the user's file alone: the store does not own it.
    core.files.delete(file.fileId);
    expect(fs.existsSync(picked)).toBe(true);
  });
});
