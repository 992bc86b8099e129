import crypto from 'node:crypto';
import { AppFailure, FILE_MAX_BYTES, type FileRef } from '../../../shared/contract';

export interface StoredFile extends FileRef {
  bytes: Uint8Array;
  expiresAt: number;
}

export interface FileStoreOptions {
  maxBytes?: number;
  /** How long an entry lives after it was put, in ms. */
  ttlMs?: number;
  /** Cap on everything held at once, so repeated uploads cannot exhaust memory. */
  maxTotalBytes?: number;
  now?: () => number;
}

/**
 * The core's hand-over place for bytes: uploads wait here for the call that uses them, produced
 * files wait for the download or save. Kept in memory, never on disk: guest data must not be left
 * in a temp folder. Entries expire; ids are random and unguessable.
 */
export function createFileStore(options: FileStoreOptions = {}) {
  const maxBytes = options.maxBytes ?? FILE_MAX_BYTES;
  const ttl = options.ttlMs ?? 30 * 60_000;
  const maxTotal = options.maxTotalBytes ?? 8 * maxBytes;
  const now = options.now ?? Date.now;
  const files = new Map<string, StoredFile>();

  const sweep = () => {
    const t = now();
    for (const [id, f] of files) if (f.expiresAt <= t) files.delete(id);
  };
  const total = () => [...files.values()].reduce((sum, f) => sum + f.size, 0);

  return {
    maxBytes,
    put(bytes: Uint8Array, name: string, type: string): FileRef {
      if (bytes.byteLength > maxBytes) {
        throw new AppFailure('file.too_large', { params: { max: Math.floor(maxBytes / 1048576) } });
      }
      sweep();
      // The oldest entries make room: a hand-over is short-lived by design.
      while (files.size > 0 && total() + bytes.byteLength > maxTotal) {
        const oldest = files.keys().next().value as string;
        files.delete(oldest);
      }
      const fileId = crypto.randomBytes(24).toString('base64url');
      const ref: FileRef = {
        fileId,
        name: safeName(name),
        type: type || 'application/octet-stream',
        size: bytes.byteLength,
      };
      files.set(fileId, { ...ref, bytes: Uint8Array.from(bytes), expiresAt: now() + ttl });
      return ref;
    },
    /** The file, or a `file.missing` failure (expired or never there). */
    get(fileId: string): StoredFile {
      sweep();
      const f = files.get(fileId);
      if (!f) throw new AppFailure('file.missing');
      return f;
    },
    delete(fileId: string): void {
      files.delete(fileId);
    },
    size: () => files.size,
  };
}
export type FileStore = ReturnType<typeof createFileStore>;

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
