import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../electron/core/db/migrations';

describe('migration 0020 (check-in idempotency keys)', () => {
  it('adds the key table beside every table that was there, one row per key', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 20),
    );
    const before = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();

    migrate(db, null);

    const after = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(after).toEqual(expect.arrayContaining([...before, { name: 'check_in_keys' }]));
    const add = (key: string, deskId: number | null) =>
      db
        .prepare(
          `INSERT INTO check_in_keys (key, body_sha256, group_id, stay_ids, desk_id, created_at)
           VALUES (?, 'h', 'g', '[1]', ?, 'x')`,
        )
        .run(key, deskId);
    add('k1', null);
    expect(() => add('k1', null)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => add('k2', 99)).toThrow(/FOREIGN KEY/);
  });
});
