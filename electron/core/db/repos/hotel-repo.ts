import type { Hotel, HotelInput } from '../../../../shared/contract';
import type { Db } from '../connection';

interface HotelRow {
  name: string;
  bin: string;
  address: string;
  region: string;
  business_size: Hotel['businessSize'];
  updated_at: string;
}

export function createHotelRepo(db: Db) {
  // The hotel's address is its first place's (migration 0018); the row's own columns are what
  // it was before places, kept for a database whose hotel has no place yet.
  const get = db.prepare(
    `SELECT h.name, h.bin,
       COALESCE((SELECT p.address FROM places p ORDER BY p.id LIMIT 1), h.address) AS address,
       COALESCE((SELECT p.region FROM places p ORDER BY p.id LIMIT 1), h.region) AS region,
       h.business_size, h.updated_at
     FROM hotel h WHERE h.id = 1`,
  );
  const upsert = db.prepare(
    `INSERT INTO hotel (id, name, bin, address, region, business_size, updated_at)
     VALUES (1, @name, @bin, @address, @region, @businessSize, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, bin = excluded.bin,
       address = excluded.address, region = excluded.region,
       business_size = excluded.business_size, updated_at = excluded.updated_at`,
  );
  return {
    get: (): Hotel | null => {
      const r = get.get() as HotelRow | undefined;
      return r
        ? {
            name: r.name,
            bin: r.bin,
            address: r.address,
            region: r.region,
            businessSize: r.business_size,
            updatedAt: r.updated_at,
          }
        : null;
    },
    save: (input: HotelInput, updatedAt: string): void => {
      upsert.run({ ...input, updatedAt });
    },
  };
}
export type HotelRepo = ReturnType<typeof createHotelRepo>;
