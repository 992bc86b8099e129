import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../electron/core/db/migrations';

describe('migration 0019 (desks and their pairing codes)', () => {
  it('adds the desks with a unique token digest, beside every table that was there', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 19),
    );
    const before = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();

    migrate(db, null);

    const after = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(after).toEqual(
      expect.arrayContaining([...before, { name: 'desks' }, { name: 'desk_pairing_codes' }]),
    );
    db.exec(`INSERT INTO desks (name, token_hash, paired_at) VALUES ('Desk 2', 'ab', 'x')`);
    expect(() =>
      db.exec(`INSERT INTO desks (name, token_hash, paired_at) VALUES ('Desk 3', 'ab', 'x')`),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(`INSERT INTO desk_pairing_codes (desk_name, code_hash, expires_at, created_at, desk_id)
        VALUES ('D', 'h', 'x', 'x', 99)`),
    ).toThrow(/FOREIGN KEY/);
  });
});
