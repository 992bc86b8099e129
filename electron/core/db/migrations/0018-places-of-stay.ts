import type { Migration } from './index';

/**
 * Issue 23, "several places of stay". domain.md §10, "Per place": e-Qonaq links a host to several
 * addresses and asks for the place on each notice; the address on a notice must be the place
 * where the guest actually stays (Art. 518 part 2 covers a guest whose actual address differs from
 * the registered one). So the addresses move from the single hotel row to a list of places, and
 * each stay names its place.
 *
 * An existing database keeps working: the hotel's address and region become place 1 (named as
 * the hotel), and every stay recorded so far is at place 1. The hotel row keeps its columns (a
 * shipped migration is never edited and older readers of the row still find it); from here on
 * the first place is the hotel's address. A new database has no place until the hotel is saved.
 */
export const m0018PlacesOfStay: Migration = {
  version: 18,
  name: '0018-places-of-stay',
  up(db) {
    db.exec(`
      CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      ALTER TABLE stays ADD COLUMN place_id INTEGER REFERENCES places (id);
      CREATE INDEX stays_by_place ON stays (place_id);
      INSERT INTO places (id, name, address, region, created_at, updated_at)
        SELECT 1, name, address, region, updated_at, updated_at FROM hotel WHERE id = 1;
      UPDATE stays SET place_id = 1 WHERE EXISTS (SELECT 1 FROM places WHERE id = 1);
    `);
  },
};
