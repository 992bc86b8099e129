import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../electron/core/db/migrations';

describe('migration 0021 (shipping to the central register)', () => {
  it('adds one shipping state row and the shipped rows’ digests, beside every table that was there', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 21),
    );
    const before = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();

    migrate(db, null);

    const after = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(after).toEqual(
      expect.arrayContaining([
        ...before,
        { name: 'central_shipping' },
        { name: 'central_shipped_rows' },
      ]),
    );
    db.exec("INSERT INTO central_shipping (id, property) VALUES (1, 'Hostel Almaty')");
    expect(db.prepare('SELECT * FROM central_shipping').get()).toEqual({
      id: 1,
      property: 'Hostel Almaty',
      shipped_through: 0,
      behind: 0,
      chain: 'ok',
      last_shipped_at: null,
      last_attempt_at: null,
      last_error: null,
    });
    expect(() => db.exec('INSERT INTO central_shipping (id) VALUES (2)')).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE central_shipping SET chain = 'merged'")).toThrow(/CHECK/);
    db.exec("INSERT INTO central_shipped_rows VALUES ('stays', 1, 281474976710655)");
    expect(() => db.exec("INSERT INTO central_shipped_rows VALUES ('stays', 1, 2)")).toThrow(
      /UNIQUE|PRIMARY/,
    );
  });
});
