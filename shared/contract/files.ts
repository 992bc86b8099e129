import { z } from 'zod';

/**
 * Bytes never travel inside a contract call: a file is handed to the core's file store first
 * (web: `POST /api/files`; desktop: the reserved `files.put` invoke; CLI: a path) and calls name
 * it by its opaque id. A produced file comes back as a `FileRef` the renderer downloads (web:
 * `GET /api/files/<id>`) or saves / opens through the shell (desktop: `files.save`, `files.open`).
 */
export const FILE_MAX_BYTES = 25 * 1024 * 1024;

/** Random, URL-safe, unguessable; also the download path segment in web mode. */
export const fileIdSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { message: 'file.id' });

export interface FileRef {
  fileId: string;
  name: string;
  /** A MIME type, e.g. `application/pdf`. */
  type: string;
  size: number;
}

/**
 * Calls handled by the desktop shell itself, beside the contract (they touch the OS, not the
 * database): the renderer reaches them through the same `invoke`, the main process answers them
 * before the dispatcher. In web mode the renderer does the same things with fetch and links.
 */
export interface ShellCalls {
  /** Bytes from a picked or dropped file into the core's file store. */
  'files.put': { input: { name: string; type: string; bytes: Uint8Array }; output: FileRef };
  /** A save dialog in the main process; the renderer never names a path. False when cancelled. */
  'files.save': { input: { fileId: string }; output: { saved: boolean } };
  /** Opens a stored file (a proof PDF, a report) in the system's viewer. */
  'files.open': { input: { fileId: string }; output: { opened: boolean } };
  /**
   * The system's open dialog for a backup (`.db`, a USB stick): the picked file is named by a
   * store entry where it lies, never sent through IPC (it outgrows memory). Null when cancelled.
   */
  'files.pickBackup': { input: Record<string, never>; output: { file: FileRef | null } };
  /** Opens an allow-listed portal in the user's browser (shared/leave-app.ts). */
  'shell.openPortal': { input: { portal: string }; output: { opened: boolean } };
  /** Opens the page the installers are published on (shared/leave-app.ts), when asked. */
  'shell.openReleases': { input: Record<string, never>; output: { opened: boolean } };
}
export type ShellCallName = keyof ShellCalls;
export const SHELL_CALLS: readonly ShellCallName[] = [
  'files.put',
  'files.save',
  'files.open',
  'files.pickBackup',
  'shell.openPortal',
  'shell.openReleases',
];
