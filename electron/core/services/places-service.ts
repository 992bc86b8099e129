import { AppFailure, type HotelInput } from '../../../shared/contract';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';
import type { WriteContext } from '../context';

const fields = (p: { name: string; address: string; region: string }) => ({
  name: p.name,
  address: p.address,
  region: p.region,
});

/**
 * The hotel's details carry its first place's address and region (migration 0018): saving them
 * saves that place, and makes it when there is none yet (a new database, or one whose hotel was
 * never saved), adopting the stays recorded before.
 */
export function saveFirstPlace(deps: ServiceDeps, hotel: HotelInput, at: string): number {
  const { places } = deps.repos;
  const id = places.firstId();
  if (id === null) {
    const made = places.insert(
      { name: hotel.name, address: hotel.address, region: hotel.region },
      at,
    );
    places.adoptUnplaced(made);
    return made;
  }
  const place = places.get(id)!;
  places.update(id, { name: place.name, address: hotel.address, region: hotel.region }, at);
  return id;
}

/**
 * The place a new stay names: the one the desk chose, else the first (domain.md §10, "Per
 * place": the notice names the place where the guest actually stays, so an unknown id is refused
 * rather than quietly replaced). Null only while the host has no place at all.
 */
export function placeForStay(deps: ServiceDeps, placeId: number | null | undefined): number | null {
  if (placeId === null || placeId === undefined) return deps.repos.places.firstId();
  if (!deps.repos.places.get(placeId)) {
    throw new AppFailure('api.invalid_input', {
      issues: [{ field: 'placeId', code: 'place.unknown' }],
    });
  }
  return placeId;
}

export function placesHandlers(
  deps: ServiceDeps,
): HandlersFor<'places.list' | 'places.save' | 'places.remove'> {
  const { repos } = deps;
  const audit = (
    ctx: WriteContext,
    action: 'place.save' | 'place.remove',
    id: number,
    details: Record<string, unknown>,
  ) => ctx.audit(action, 'place', id, details);
  return {
    'places.list': () => repos.places.list(),
    'places.save': (input, ctx) => {
      const at = ctx.now().toISOString();
      if (input.id === null) {
        const id = repos.places.insert(fields(input), at);
        // The first place of a database that had none takes the stays recorded before it.
        if (repos.places.firstId() === id) repos.places.adoptUnplaced(id);
        audit(ctx, 'place.save', id, { before: null, after: fields(input) });
        return repos.places.list();
      }
      const before = repos.places.get(input.id);
      if (!before) throw new AppFailure('not_found');
      repos.places.update(input.id, fields(input), at);
      audit(ctx, 'place.save', input.id, { before: fields(before), after: fields(input) });
      return repos.places.list();
    },
    'places.remove': ({ placeId }, ctx) => {
      const place = repos.places.get(placeId);
      if (!place) throw new AppFailure('not_found');
      // A stay's notice names its place (domain.md §10): removing one in use would leave those
      // notices without the address they were filed with.
      if (place.stays > 0) throw new AppFailure('place.in_use', { params: { count: place.stays } });
      if (repos.places.list().length === 1) throw new AppFailure('place.last');
      repos.places.remove(placeId);
      audit(ctx, 'place.remove', placeId, { before: fields(place) });
      return repos.places.list();
    },
  };
}
