import { z } from 'zod';
import { emptyInput, text } from './common';
import { read, write, STAFF, OWNERS } from './define';
import { KZ_REGIONS } from '../regions';

/**
 * A place of stay: an address the host registered on e-Qonaq (domain.md §10, "Per place"). The
 * first is the hotel's own address; a hostel with two buildings or a set of apartments has more.
 */
export interface Place {
  id: number;
  name: string;
  address: string;
  /** An ISO 3166-2 code from shared/regions.ts, or empty until the owner picks one. */
  region: string;
  /** How many stays name it: a place in use cannot be removed. */
  stays: number;
}

export const placeInput = z
  .object({
    /** Null adds a place. */
    id: z.number().int().positive().nullable(),
    name: text(200).min(1, { message: 'required' }),
    address: text(300).min(1, { message: 'required' }),
    region: text(10).refine((r) => r === '' || (KZ_REGIONS as readonly string[]).includes(r), {
      message: 'place.region_unknown',
    }),
  })
  .strict();
export type PlaceInput = z.infer<typeof placeInput>;

export const placesMethods = {
  /** The host's places of stay, the hotel's own address first. */
  'places.list': read<Place[]>()(emptyInput, STAFF),
  /** Add a place, or change one's name, address or region. */
  'places.save': write<Place[]>()(placeInput, OWNERS),
  /** Remove a place no stay names; one in use, or the only one, is refused. */
  'places.remove': write<Place[]>()(
    z.object({ placeId: z.number().int().positive() }).strict(),
    OWNERS,
  ),
};
