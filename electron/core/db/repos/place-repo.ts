import type { Place } from '../../../../shared/contract';
import type { Db } from '../connection';

interface PlaceRow {
  id: number;
  name: string;
  address: string;
  region: string;
  stays: number;
}

const toPlace = (r: PlaceRow): Place => ({
  id: r.id,
  name: r.name,
  address: r.address,
  region: r.region,
  stays: r.stays,
});

/** The host's places of stay (migration 0018): the first one is the hotel's address. */
export function createPlaceRepo(db: Db) {
  const all = db.prepare(
    `SELECT p.id, p.name, p.address, p.region,
       (SELECT COUNT(*) FROM stays s WHERE s.place_id = p.id) AS stays
     FROM places p ORDER BY p.id`,
  );
  const one = db.prepare(
    `SELECT p.id, p.name, p.address, p.region,
       (SELECT COUNT(*) FROM stays s WHERE s.place_id = p.id) AS stays
     FROM places p WHERE p.id = ?`,
  );
  const first = db.prepare('SELECT id FROM places ORDER BY id LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO places (name, address, region, created_at, updated_at)
     VALUES (@name, @address, @region, @at, @at) RETURNING id`,
  );
  const update = db.prepare(
    `UPDATE places SET name = @name, address = @address, region = @region, updated_at = @at
     WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM places WHERE id = ?');
  // Stays recorded before any place existed (a new database whose hotel was saved later).
  const adopt = db.prepare('UPDATE stays SET place_id = ? WHERE place_id IS NULL');
  return {
    list: (): Place[] => (all.all() as PlaceRow[]).map(toPlace),
    get: (id: number): Place | null => {
      const r = one.get(id) as PlaceRow | undefined;
      return r ? toPlace(r) : null;
    },
    firstId: (): number | null => (first.get() as { id: number } | undefined)?.id ?? null,
    insert: (p: { name: string; address: string; region: string }, at: string): number =>
      (insert.get({ ...p, at }) as { id: number }).id,
    update: (
      id: number,
      p: { name: string; address: string; region: string },
      at: string,
    ): void => {
      update.run({ ...p, id, at });
    },
    remove: (id: number): void => {
      remove.run(id);
    },
    adoptUnplaced: (id: number): number => adopt.run(id).changes,
  };
}
export type PlaceRepo = ReturnType<typeof createPlaceRepo>;
