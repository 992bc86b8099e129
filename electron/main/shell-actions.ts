import { app, dialog, shell, type BrowserWindow } from 'electron';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  AppFailure,
  fileIdSchema,
  OWNERS,
  STAFF,
  type FileRef,
  type StaffRole,
  type Result,
  type ShellCallName,
} from '../../shared/contract';
import { isAllowedExternalUrl, portalAddress, RELEASES_PAGE } from '../../shared/leave-app';
import type { Core } from '../core/core';
import type { StoredFile } from '../core/files/file-store';
import { PRIVATE_FILE_MODE } from '../core/db/file-mode';

// Everything that leaves the app goes through here: a portal in the user's browser (only the
// addresses in shared/leave-app.ts), a file in the system's viewer, a file saved where the
// user chooses in a dialog. The renderer never names a path or a URL.

const schemas = {
  'files.put': z
    .object({
      name: z.string().max(255),
      type: z.string().max(100),
      bytes: z.instanceof(Uint8Array),
    })
    .strict(),
  'files.save': z.object({ fileId: fileIdSchema }).strict(),
  'files.open': z.object({ fileId: fileIdSchema }).strict(),
  'files.pickBackup': z.object({}).strict(),
  'shell.openPortal': z.object({ portal: z.string().max(20) }).strict(),
  'shell.openReleases': z.object({}).strict(),
} satisfies Record<ShellCallName, z.ZodType>;

/**
 * Who may make each shell call, as contract entries name their roles (shared/contract/define.ts):
 * a backup is taken in only by the owner, who alone restores one.
 */
export const SHELL_ACCESS: Record<ShellCallName, readonly StaffRole[]> = {
  'files.put': STAFF,
  'files.save': STAFF,
  'files.open': STAFF,
  'files.pickBackup': OWNERS,
  'shell.openPortal': STAFF,
  'shell.openReleases': STAFF,
};

export const isShellCall = (name: string): name is ShellCallName =>
  Object.prototype.hasOwnProperty.call(schemas, name);

/** Opens an allow-listed https address in the default browser; false for anything else. */
export async function openAllowedUrl(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

const VIEWER_PREFIX = 'tirkeu-view-';
let viewerDir: string | null = null;
/** A private temp folder for files opened in the system viewer, removed when the app quits. */
function viewerFolder(): string {
  if (!viewerDir) {
    viewerDir = fs.mkdtempSync(path.join(os.tmpdir(), VIEWER_PREFIX));
    app.once('will-quit', removeViewerFiles);
  }
  return viewerDir;
}
export function removeViewerFiles(): void {
  if (viewerDir) fs.rmSync(viewerDir, { recursive: true, force: true });
  viewerDir = null;
}

/**
 * A crash or a kill skips `will-quit`, leaving proof PDFs (names, passport numbers) in the temp
 * folder. Called at start, when this user's only Tirkeu (the single-instance lock) holds none:
 * every folder of ours with the viewer's prefix is a leftover. Another user's is not touched.
 */
export function removeStaleViewerFolders(tmp = os.tmpdir()): void {
  let names: string[];
  try {
    names = fs.readdirSync(tmp).filter((n) => n.startsWith(VIEWER_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(tmp, name);
    try {
      const st = fs.lstatSync(dir);
      if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid())) continue;
      if (dir !== viewerDir) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Gone meanwhile, or not ours: the next start tries again.
    }
  }
}

async function openInViewer(file: StoredFile): Promise<boolean> {
  // Only what Tirkeu itself produced or keeps: PDFs. An uploaded executable is never opened.
  if (file.type !== 'application/pdf') return false;
  const dir = path.join(viewerFolder(), crypto.randomBytes(6).toString('hex'));
  fs.mkdirSync(dir, { mode: 0o700 });
  const target = path.join(
    dir,
    file.name.toLowerCase().endsWith('.pdf') ? file.name : `${file.name}.pdf`,
  );
  writeFrom(file, target, PRIVATE_FILE_MODE);
  return (await shell.openPath(target)) === '';
}

async function saveWithDialog(win: BrowserWindow | null, file: StoredFile): Promise<boolean> {
  const options = {
    defaultPath: path.join(os.homedir(), file.name),
    filters: file.type === 'application/pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return false;
  // Registers, reports and backups hold passport numbers: owner-only wherever they are saved.
  writeFrom(file, r.filePath, PRIVATE_FILE_MODE);
  return true;
}

/**
 * A stored file written out: its bytes, or a copy of its file on disk (a backup, never read in).
 * The mode is set again after the write: replacing a file the dialog confirmed keeps its old mode.
 */
export function writeFrom(file: StoredFile, target: string, mode: number): void {
  if (!file.bytes) {
    fs.copyFileSync(file.path, target);
    if (process.platform !== 'win32') fs.chmodSync(target, mode);
    return;
  }
  const fd = fs.openSync(target, 'w', mode);
  try {
    if (process.platform !== 'win32') fs.fchmodSync(fd, mode);
    fs.writeFileSync(fd, file.bytes);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A backup picked in the system's open dialog (a USB stick): the entry names the file where it
 * is, nothing is copied until it is checked; null when cancelled.
 */
async function pickBackup(core: Core, win: BrowserWindow | null): Promise<FileRef | null> {
  const options = {
    properties: ['openFile' as const],
    filters: [{ name: 'Tirkeu', extensions: ['db'] }],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const picked = r.canceled ? undefined : r.filePaths[0];
  if (!picked) return null;
  return core.files.putPath(picked, path.basename(picked), 'application/vnd.sqlite3');
}

/**
 * The shell's own calls beside the contract (shared/contract/files.ts `ShellCalls`); null when
 * `method` is a contract method for the dispatcher.
 */
export async function handleShellCall(
  core: Core,
  method: string,
  input: unknown,
  getWindow: () => BrowserWindow | null,
): Promise<Result<unknown> | null> {
  if (!isShellCall(method)) return null;
  const parsed = schemas[method].safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'api.invalid_input' } };
  try {
    switch (method) {
      case 'files.put': {
        const { name, type, bytes } = parsed.data as z.infer<(typeof schemas)['files.put']>;
        return { ok: true, value: core.files.put(bytes, name, type) };
      }
      case 'files.save': {
        const { fileId } = parsed.data as { fileId: string };
        return {
          ok: true,
          value: { saved: await saveWithDialog(getWindow(), core.files.get(fileId)) },
        };
      }
      case 'files.open': {
        const { fileId } = parsed.data as { fileId: string };
        return { ok: true, value: { opened: await openInViewer(core.files.get(fileId)) } };
      }
      case 'files.pickBackup':
        return { ok: true, value: { file: await pickBackup(core, getWindow()) } };
      case 'shell.openPortal': {
        const url = portalAddress((parsed.data as { portal: string }).portal);
        return { ok: true, value: { opened: url ? await openAllowedUrl(url) : false } };
      }
      // The app looks for no update itself: the owner reads the page in the browser.
      case 'shell.openReleases':
        return { ok: true, value: { opened: await openAllowedUrl(RELEASES_PAGE) } };
    }
  } catch (err) {
    if (err instanceof AppFailure) return { ok: false, error: err.error };
    return { ok: false, error: { code: 'internal' } };
  }
}
