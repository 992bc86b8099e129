import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { PRIVATE_FILE_MODE } from '../file-mode';

/**
 * The chain's anchors outside the database file (issue 19, "the audit trail's ends"):
 * - a key (`tirkeu-chain.key`, 32 random bytes, owner-only) made at the first start, in the data
 *   folder and never in the database or its backups. Every row appended since carries
 *   HMAC-SHA256(key, hash) in `audit_log.mac`, so a row forged by someone who holds only the file
 *   (hashes recomputed and all) has no valid MAC;
 * - a head file (`<db>.head`): the last row's id and hash, MACed with the key, rewritten after
 *   each commit that appended. A chain that ends before it, or holds another hash at its id,
 *   was truncated or rewritten.
 * Someone who holds the data folder (file and key) can rewrite both: the README says so.
 */
export const KEY_FILE = 'tirkeu-chain.key';
export const keyFileFor = (dbFile: string): string => path.join(path.dirname(dbFile), KEY_FILE);
export const headFileFor = (dbFile: string): string => `${dbFile}.head`;

export interface ChainHead {
  id: number;
  hash: string;
}

/** A recorded head: where the chain stood, and from which row on every row carries a MAC. */
export interface Anchor extends ChainHead {
  keyedFrom: number;
  /** The MAC held (false: the file was edited or made with another key; null: no key to check). */
  genuine: boolean | null;
}

const HeadFile = z
  .object({
    v: z.literal(1),
    id: z.number().int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    keyedFrom: z.number().int().min(1),
    mac: z.string(),
  })
  .strict();

const keys = new WeakMap<Database.Database, Buffer>();

/** The key of the folder a connection's file lives in (set at open), or null. */
export const chainKeyOf = (db: Database.Database): Buffer | null => keys.get(db) ?? null;
export const setChainKey = (db: Database.Database, key: Buffer | null): void => {
  if (key) keys.set(db, key);
  else keys.delete(db);
};

export const rowMac = (key: Buffer, hash: string): string =>
  createHmac('sha256', key).update(hash).digest('hex');

const headMac = (key: Buffer, h: { id: number; hash: string; keyedFrom: number }) =>
  createHmac('sha256', key).update(`tirkeu-head:1:${h.id}:${h.hash}:${h.keyedFrom}`).digest('hex');

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function readKey(file: string): Buffer | null {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, 'hex') : null;
  } catch {
    return null;
  }
}

/**
 * The folder's key, made when there is none and no head file says there was one: a head file
 * without its key means the key was lost, and a new one would only make every keyed row look
 * forged (the verifier says `key_missing` instead).
 */
export function loadOrCreateKey(dbFile: string): Buffer | null {
  const file = keyFileFor(dbFile);
  const found = readKey(file);
  if (found || fs.existsSync(file) || fs.existsSync(headFileFor(dbFile))) return found;
  const key = randomBytes(32);
  try {
    // Exclusive create: two processes starting at once keep the one key written first.
    fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    return key;
  } catch {
    return readKey(file);
  }
}

/** The head file, checked with the key when there is one; null when absent or unreadable. */
export function readAnchor(file: string, key: Buffer | null): Anchor | null {
  let parsed;
  try {
    parsed = HeadFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const { id, hash, keyedFrom, mac } = parsed.data;
  return { id, hash, keyedFrom, genuine: key ? same(mac, headMac(key, parsed.data)) : null };
}

/**
 * Writes a head file (or a backup's manifest) whole: a temporary file, renamed over the old one.
 * `sync` flushes it first (manifests, restores). The head written after each commit is not
 * flushed (an fsync added 5–15 ms to each commit on the development VM): a power cut may
 * leave it older (rows beyond a head are still held by their MACs) or unreadable (read as no
 * head, and written anew at the next commit).
 */
export function writeAnchor(
  file: string,
  key: Buffer,
  head: ChainHead,
  keyedFrom: number,
  { sync = false }: { sync?: boolean } = {},
): void {
  const body = { v: 1, ...head, keyedFrom, mac: headMac(key, { ...head, keyedFrom }) };
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'wx', PRIVATE_FILE_MODE);
    try {
      fs.writeFileSync(fd, JSON.stringify(body));
      if (sync) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
