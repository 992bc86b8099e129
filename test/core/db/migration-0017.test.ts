import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';

describe('migration 0017: the host’s EDS keys', () => {
  it('adds an empty table beside the data saved before, which it leaves as it was', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 17),
    );
    const at = '2026-01-01T00:00:00Z';
    db.prepare(
      `INSERT INTO guests (id, surname, given_names, citizenship, created_at, updated_at)
       VALUES (1, 'SMITH', 'JOHN', 'USA', ?, ?)`,
    ).run(at, at);

    migrate(db, null, MIGRATIONS);

    expect(db.prepare('SELECT count(*) FROM eds_keys').pluck().get()).toBe(0);
    expect(db.prepare('SELECT surname FROM guests').pluck().get()).toBe('SMITH');
    // Only the two purposes; never a column for a private key or a password.
    const insert = (purpose: string) =>
      db
        .prepare(
          `INSERT INTO eds_keys (holder, purpose, expires_on, created_at, updated_at)
           VALUES ('A', ?, '2027-01-01', ?, ?)`,
        )
        .run(purpose, at, at);
    expect(() => insert('sign')).not.toThrow();
    expect(() => insert('gost')).toThrow(/CHECK/);
    const columns = (db.pragma('table_info(eds_keys)') as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns.filter((c) => /private|password|secret|pin/i.test(c))).toEqual([]);
  });
});
