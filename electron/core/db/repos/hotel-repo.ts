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
  const get = db.prepare(
    'SELECT name, bin, address, region, business_size, updated_at FROM hotel WHERE id = 1',
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
