import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

/** What a joined desk may keep on its disk (issue 22): its pairing, its outbox, a rules cache. */
const DESK_FILES = new Set([
  'desk.json',
  'outbox.sqlite',
  'outbox.sqlite-wal',
  'outbox.sqlite-shm',
  'rules-cache.json',
]);

/**
 * A joined desk keeps no guest data: only its pairing, an outbox with nothing waiting in it, and
 * a rules cache that says it is a cache (and holds no person's name).
 */
export function expectNoGuestDataOnDesk(dir: string): void {
  const files = fs.readdirSync(dir);
  expect(files).toContain('desk.json');
  expect(files.filter((f) => !DESK_FILES.has(f))).toEqual([]);
  if (files.includes('outbox.sqlite')) {
    const db = new Database(path.join(dir, 'outbox.sqlite'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBe(0);
    } finally {
      db.close();
    }
  }
  if (files.includes('rules-cache.json')) {
    const cache = JSON.parse(fs.readFileSync(path.join(dir, 'rules-cache.json'), 'utf8')) as {
      cache?: unknown;
    };
    expect(cache.cache).toBe(true);
  }
}
