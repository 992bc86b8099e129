import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure, FILE_MAX_BYTES, type FileRef } from '../../../shared/contract';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../db/file-mode';

/** An entry holds its bytes in memory, or names a file on disk (a backup: too big for memory). */
export type StoredFile = FileRef & { expiresAt: number } & (
    { bytes: Uint8Array; path?: undefined } | { path: string; bytes?: undefined }
  );

export interface FileStoreOptions {
  maxBytes?: number;
  /** How long an entry lives after it was put, in ms. */
  ttlMs?: number;
  /** Cap on everything held in memory at once, so repeated uploads cannot exhaust memory. */
  maxTotalBytes?: number;
  /**
   * Where large uploads (backups) land on disk: a private folder beside the database. Null (an
   * in-memory database): a private temp folder.
   */
  incomingDir?: string | null;
  now?: () => number;
}

/** Cap on one upload streamed to disk (a backup from a USB stick). */
export const INCOMING_MAX_BYTES = 8 * 1024 ** 3;

/**
 * The core's hand-over place for files: uploads wait here for the call that uses them, produced
 * files wait for the download or save. Small files are kept in memory, never on disk: guest data
 * must not be left in a temp folder. A backup is too big for that: its entry names a file (the
 * checked copy in `backups/`, a picked file, or an upload in the private `incoming/` folder, which
 * the store owns and removes with the entry). Entries expire; ids are random and unguessable.
 */
export function createFileStore(options: FileStoreOptions = {}) {
  const maxBytes = options.maxBytes ?? FILE_MAX_BYTES;
  const ttl = options.ttlMs ?? 30 * 60_000;
  const maxTotal = options.maxTotalBytes ?? 8 * maxBytes;
  const now = options.now ?? Date.now;
  const files = new Map<string, StoredFile>();
  /** Files on disk removed with their entry (uploads), by entry id. */
  const owned = new Set<string>();
  let incoming = options.incomingDir ?? null;
  if (incoming) removeStale(incoming, now() - ttl);

  const remove = (id: string) => {
    const f = files.get(id);
    files.delete(id);
    if (owned.delete(id) && f?.path) fs.rmSync(f.path, { force: true });
  };
  const sweep = () => {
    const t = now();
    for (const [id, f] of files) if (f.expiresAt <= t) remove(id);
  };
  const total = () =>
    [...files.values()].reduce((sum, f) => sum + (f.bytes ? f.bytes.byteLength : 0), 0);
  const newRef = (name: string, type: string, size: number): FileRef => ({
    fileId: crypto.randomBytes(24).toString('base64url'),
    name: safeName(name),
    type: type || 'application/octet-stream',
    size,
  });

  const get = (fileId: string): StoredFile => {
    sweep();
    const f = files.get(fileId);
    if (!f) throw new AppFailure('file.missing');
    return f;
  };

  return {
    maxBytes,
    put(bytes: Uint8Array, name: string, type: string): FileRef {
      if (bytes.byteLength > maxBytes) {
        throw new AppFailure('file.too_large', { params: { max: Math.floor(maxBytes / 1048576) } });
      }
      sweep();
      // The oldest in-memory entries make room: a hand-over is short-lived by design.
      for (const [id, f] of files) {
        if (total() + bytes.byteLength <= maxTotal) break;
        if (f.bytes) remove(id);
      }
      const ref = newRef(name, type, bytes.byteLength);
      files.set(ref.fileId, { ...ref, bytes: Uint8Array.from(bytes), expiresAt: now() + ttl });
      return ref;
    },
    /**
     * An entry naming a file on disk, outside the memory cap. `owned`: the store removes the file
     * when the entry is deleted or expires (an upload); otherwise the file is left alone.
     */
    putPath(file: string, name: string, type: string, opts: { owned?: boolean } = {}): FileRef {
      sweep();
      const ref = newRef(name, type, fs.statSync(file).size);
      files.set(ref.fileId, { ...ref, path: file, expiresAt: now() + ttl });
      if (opts.owned) owned.add(ref.fileId);
      return ref;
    },
    /** A new private (0600) file path in the private incoming folder, for an upload to stream to. */
    incomingFile(): string {
      if (!incoming) incoming = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-incoming-'));
      fs.mkdirSync(incoming, { recursive: true, mode: PRIVATE_DIR_MODE });
      if (process.platform !== 'win32') fs.chmodSync(incoming, PRIVATE_DIR_MODE);
      const file = path.join(incoming, crypto.randomBytes(12).toString('hex'));
      fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
      return file;
    },
    /** The file, or a `file.missing` failure (expired or never there). */
    get,
    /**
     * The bytes of a small file (a proof, a report): a file on disk is read only within the memory
     * cap, so an upload declared as a backup cannot be slipped in where bytes are expected.
     */
    bytes(fileId: string): Uint8Array {
      const f = get(fileId);
      if (f.bytes) return f.bytes;
      if (f.size > maxBytes) {
        throw new AppFailure('file.too_large', { params: { max: Math.floor(maxBytes / 1048576) } });
      }
      return fs.readFileSync(f.path);
    },
    delete(fileId: string): void {
      remove(fileId);
    },
    /** Drops every entry and the uploads on disk (the core closing). */
    clear(): void {
      for (const id of [...files.keys()]) remove(id);
    },
    size: () => files.size,
  };
}
export type FileStore = ReturnType<typeof createFileStore>;

/**
 * Uploads left in `incoming/` by a crash or a kill (a whole database of guests each) are removed
 * once they are older than any live entry could be; a younger one may be another core's (the CLI
 * beside the app) and is left.
 */
function removeStale(dir: string, before: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (fs.statSync(file).mtimeMs < before) fs.rmSync(file, { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: the next start tries again.
    }
  }
}

/** A file name safe for a header and a save dialog: no path, no control characters. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .map((ch) =>
      ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 || '"<>|:*?'.includes(ch) ? '_' : ch,
    )
    .join('')
    .trim()
    .slice(0, 120);
  return clean || 'file';
}
