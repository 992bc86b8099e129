import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';

describe('migration 0015: the visa’s end date on a stay', () => {
  it('adds the column empty for the stays saved before, which keep their visa number', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 15),
    );
    const at = '2026-01-01T00:00:00Z';
    db.prepare(
      `INSERT INTO guests (id, surname, given_names, citizenship, created_at, updated_at)
       VALUES (1, 'SMITH', 'JOHN', 'USA', ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO stays (id, guest_id, group_id, room, check_in_at, check_in_date, status,
         visa_number, created_at, updated_at)
       VALUES (1, 1, 'g', '101', ?, '2026-01-01', 'in_house', 'V77', ?, ?)`,
    ).run(at, at, at);

    migrate(db, null, MIGRATIONS);

    expect(db.prepare('SELECT visa_number, visa_valid_until FROM stays').get()).toEqual({
      visa_number: 'V77',
      visa_valid_until: null,
    });
  });
});
