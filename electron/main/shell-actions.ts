import { app, dialog, shell, type BrowserWindow } from 'electron';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  AppFailure,
  fileIdSchema,
  type FileRef,
  type Result,
  type ShellCallName,
} from '../../shared/contract';
import { isAllowedExternalUrl, portalAddress } from '../../shared/leave-app';
import type { Core } from '../core/core';
import type { StoredFile } from '../core/files/file-store';

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
} satisfies Record<ShellCallName, z.ZodType>;

export const isShellCall = (name: string): name is ShellCallName =>
  Object.prototype.hasOwnProperty.call(schemas, name);

/** Opens an allow-listed https address in the default browser; false for anything else. */
export async function openAllowedUrl(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

let viewerDir: string | null = null;
/** A private temp folder for files opened in the system viewer, removed when the app quits. */
function viewerFolder(): string {
  if (!viewerDir) {
    viewerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-view-'));
    app.once('will-quit', removeViewerFiles);
  }
  return viewerDir;
}
export function removeViewerFiles(): void {
  if (viewerDir) fs.rmSync(viewerDir, { recursive: true, force: true });
  viewerDir = null;
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
  writeFrom(file, target, 0o600);
  return (await shell.openPath(target)) === '';
}

async function saveWithDialog(win: BrowserWindow | null, file: StoredFile): Promise<boolean> {
  const options = {
    defaultPath: path.join(os.homedir(), file.name),
    filters: file.type === 'application/pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return false;
  writeFrom(file, r.filePath);
  return true;
}

/** A stored file written out: its bytes, or a copy of its file on disk (a backup, never read in). */
function writeFrom(file: StoredFile, target: string, mode?: number): void {
  if (file.bytes) fs.writeFileSync(target, file.bytes, mode === undefined ? {} : { mode });
  else {
    fs.copyFileSync(file.path, target);
    if (mode !== undefined) fs.chmodSync(target, mode);
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
    }
  } catch (err) {
    if (err instanceof AppFailure) return { ok: false, error: err.error };
    return { ok: false, error: { code: 'internal' } };
  }
}
