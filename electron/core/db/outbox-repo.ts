import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AppError } from '../../../shared/contract';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, makePrivate } from './file-mode';

export const OUTBOX_FILE = 'outbox.sqlite';

export interface OutboxRow {
  seq: number;
  key: string;
  /** The `stays.checkIn` input as the renderer sent it, with its idempotency key. */
  input: Record<string, unknown> & { idempotencyKey: string };
  /** The tab's session it was made under: the host attributes it to that staff member. */
  session: string;
  queuedAt: string;
  state: 'queued' | 'refused';
  error: AppError | null;
}

interface Raw {
  seq: number;
  key: string;
  input: string;
  session: string;
  queued_at: string;
  state: 'queued' | 'refused';
  error: string | null;
}

const rowOf = (r: Raw): OutboxRow => ({
  seq: r.seq,
  key: r.key,
  input: JSON.parse(r.input) as OutboxRow['input'],
  session: r.session,
  queuedAt: r.queued_at,
  state: r.state,
  error: r.error === null ? null : (JSON.parse(r.error) as AppError),
});

/**
 * A joined desk's outbox (issue 22): its own small SQLite file in the desk's data folder, the
 * one thing a desk writes while the host is away. synchronous=FULL with WAL: once the desk has
 * told the person "saved on this desk", a power cut cannot take the check-in back. Owner-only,
 * like desk.json: it holds guests' data and a session token until they reach the host.
 */
export function openOutboxRepo(dir: string) {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const file = path.join(dir, OUTBOX_FILE);
  // Created owner-only before SQLite opens it; its -wal and -shm files take the same mode.
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  makePrivate(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      key TEXT NOT NULL UNIQUE,
      input TEXT NOT NULL,
      session TEXT NOT NULL,
      queued_at TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('queued', 'refused')),
      error TEXT
    );
  `);
  const insert = db.prepare(
    `INSERT INTO outbox (key, input, session, queued_at, state) VALUES (?, ?, ?, ?, 'queued')`,
  );
  const all = db.prepare('SELECT * FROM outbox ORDER BY seq');
  const one = db.prepare('SELECT * FROM outbox WHERE key = ?');
  const nextQueued = db.prepare("SELECT * FROM outbox WHERE state = 'queued' ORDER BY seq LIMIT 1");
  const remove = db.prepare('DELETE FROM outbox WHERE key = ?');
  const refuse = db.prepare("UPDATE outbox SET state = 'refused', error = ? WHERE key = ?");
  const requeue = db.prepare(
    "UPDATE outbox SET state = 'queued', error = NULL, key = ?, input = ?, session = ? WHERE key = ?",
  );
  return {
    file,
    add: (input: OutboxRow['input'], session: string, at: string): void => {
      insert.run(input.idempotencyKey, JSON.stringify(input), session, at);
    },
    list: (): OutboxRow[] => (all.all() as Raw[]).map(rowOf),
    get: (key: string): OutboxRow | null => {
      const r = one.get(key) as Raw | undefined;
      return r ? rowOf(r) : null;
    },
    /** The oldest entry still to send: sent in the order they were made. */
    next: (): OutboxRow | null => {
      const r = nextQueued.get() as Raw | undefined;
      return r ? rowOf(r) : null;
    },
    remove: (key: string): boolean => remove.run(key).changes > 0,
    refuse: (key: string, error: AppError): void => void refuse.run(JSON.stringify(error), key),
    /** Back in the queue, possibly changed (then under a new key), keeping its place. */
    requeue: (key: string, input: OutboxRow['input'], session: string): void =>
      void requeue.run(input.idempotencyKey, JSON.stringify(input), session, key),
    close: () => db.close(),
  };
}
export type OutboxRepo = ReturnType<typeof openOutboxRepo>;
