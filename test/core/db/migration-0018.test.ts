import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import { createRepos } from '../../../electron/core/db/repos';

const AT = '2026-01-01T00:00:00Z';

function before18(): Database.Database {
  const db = new Database(':memory:');
  migrate(
    db,
    null,
    MIGRATIONS.filter((m) => m.version < 18),
  );
  return db;
}

function addStay(db: Database.Database, id: number): void {
  db.prepare(
    `INSERT INTO guests (id, surname, given_names, citizenship, created_at, updated_at)
     VALUES (?, 'SMITH', 'JOHN', 'USA', ?, ?)`,
  ).run(id, AT, AT);
  db.prepare(
    `INSERT INTO stays (id, guest_id, group_id, room, check_in_at, check_in_date, status,
       created_at, updated_at)
     VALUES (?, ?, 'g', '101', ?, '2026-01-01', 'in_house', ?, ?)`,
  ).run(id, id, AT, AT, AT);
}

describe('migration 0018: several places of stay', () => {
  it('makes the hotel’s address place 1 and puts every earlier stay there', () => {
    const db = before18();
    db.prepare(
      `INSERT INTO hotel (id, name, bin, address, region, business_size, updated_at)
       VALUES (1, 'Hostel Nomad', '', 'Astana, Kenesary 40', 'KZ-71', 'small', ?)`,
    ).run(AT);
    addStay(db, 1);
    addStay(db, 2);

    migrate(db, null, MIGRATIONS);

    expect(db.prepare('SELECT id, name, address, region FROM places').all()).toEqual([
      { id: 1, name: 'Hostel Nomad', address: 'Astana, Kenesary 40', region: 'KZ-71' },
    ]);
    expect(db.prepare('SELECT id, place_id FROM stays ORDER BY id').all()).toEqual([
      { id: 1, place_id: 1 },
      { id: 2, place_id: 1 },
    ]);
    // The hotel's details read as before: its address is its first place's.
    expect(createRepos(db).hotel.get()).toMatchObject({
      name: 'Hostel Nomad',
      address: 'Astana, Kenesary 40',
      region: 'KZ-71',
    });
  });

  it('leaves a database without hotel details with no place and its stays unplaced', () => {
    const db = before18();
    addStay(db, 1);

    migrate(db, null, MIGRATIONS);

    expect(db.prepare('SELECT count(*) FROM places').pluck().get()).toBe(0);
    expect(db.prepare('SELECT place_id FROM stays').pluck().get()).toBeNull();
    expect(createRepos(db).hotel.get()).toBeNull();
  });
});
