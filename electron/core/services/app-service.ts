import { AppFailure, type Portal, type SetupState } from '../../../shared/contract';
import { refuseDemoSecret } from '../auth/demo-secrets';
import { hashSecret } from '../auth/secret';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';
import { saveFirstPlace } from './places-service';

const SETUP_KEY = 'setup';

export function appHandlers(
  deps: ServiceDeps,
): HandlersFor<
  | 'app.info'
  | 'settings.get'
  | 'settings.setLanguage'
  | 'hotel.get'
  | 'hotel.save'
  | 'staff.current'
  | 'setup.get'
  | 'setup.finish'
  | 'audit.list'
> {
  const { repos } = deps;
  const setupState = (): SetupState => {
    const done = repos.settings.get<{ portal: Portal | null }>(SETUP_KEY);
    return {
      // A database already in use (hotel details or stays) is no new one.
      needed: done === null && repos.hotel.get() === null && !repos.stays.any(),
      secretNeeded: !repos.staff.ownerHasSecret(),
      ownerId: repos.staff.firstOwner()?.id ?? null,
      ownerName: repos.staff.firstOwner()?.name ?? '',
      portal: done?.portal ?? null,
    };
  };
  return {
    // Public for the sign-in screen, which needs no more than the version: the file's path (and
    // with it the user's name and folders) is for someone signed in.
    'app.info': (_input, ctx) =>
      ctx.staff
        ? { version: deps.version, schemaVersion: deps.schemaVersion, dbPath: deps.dbPath }
        : { version: deps.version },
    'settings.get': (_input, ctx) => ({
      language: ctx.staff ? repos.staff.language(ctx.staff.id) : null,
    }),
    'settings.setLanguage': ({ language }, ctx) => {
      repos.staff.setLanguage(ctx.staff.id, language);
      ctx.audit('settings.language', 'staff', ctx.staff.id, { language });
      return { language };
    },
    'hotel.get': () => repos.hotel.get(),
    'hotel.save': (input, ctx) => {
      const before = repos.hotel.get();
      repos.hotel.save(input, ctx.now().toISOString());
      saveFirstPlace(deps, input, ctx.now().toISOString());
      ctx.audit('hotel.save', 'hotel', 1, { before, after: input });
      return repos.hotel.get()!;
    },
    'staff.current': (_input, ctx) => repos.staff.get(ctx.staff.id) ?? ctx.staff,
    'setup.get': () => setupState(),
    // Public while no owner has a secret (the first start, or the first start after the upgrade
    // that brought sign-in). Once an owner has one and the first start is recorded, it is over
    // for good, and it never sets a PIN over one that exists (issue 19): otherwise any owner
    // could set the first owner's PIN without knowing it, and the trail would call it the first
    // start. An owner whose PIN came another way (the command line) may still record the rest.
    'setup.finish': ({ hotel, ownerName, portal, secret }, ctx) => {
      const at = ctx.now().toISOString();
      const open = !repos.staff.ownerHasSecret();
      const recorded = repos.settings.get(SETUP_KEY) !== null;
      if (!open && (recorded || secret !== undefined)) throw new AppFailure('setup.done');
      if (!open && ctx.staff?.role !== 'owner') {
        throw new AppFailure(ctx.staff ? 'auth.forbidden' : 'auth.required');
      }
      if (secret !== undefined) refuseDemoSecret(repos, secret);
      if (!ctx.staff && secret === undefined) {
        throw new AppFailure('invalid', { issues: [{ field: 'secret', code: 'required' }] });
      }
      const owner = repos.staff.firstOwner();
      if (!owner) throw new AppFailure('not_found');
      if (hotel) {
        const before = repos.hotel.get();
        repos.hotel.save(hotel, at);
        saveFirstPlace(deps, hotel, at);
        ctx.audit('hotel.save', 'hotel', 1, { before, after: hotel });
      }
      const name = ownerName.trim();
      if (name && name !== owner.name) {
        repos.staff.rename(owner.id, name);
        ctx.audit('staff.rename', 'staff', owner.id, { before: owner.name, after: name });
      }
      if (secret !== undefined) {
        repos.staff.setSecret(owner.id, hashSecret(secret));
        ctx.audit('auth.setSecret', 'staff', owner.id, { reason: 'first start' });
      }
      repos.settings.put(SETUP_KEY, { at, portal });
      ctx.audit('setup.finish', 'settings', SETUP_KEY, { portal, skipped: hotel === null });
      return setupState();
    },
    'audit.list': ({ limit }) => repos.audit.latest(limit),
  };
}
