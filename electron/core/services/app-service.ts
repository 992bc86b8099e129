import type { Portal, SetupState } from '../../../shared/contract';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

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
  const setupState = (staffId: number): SetupState => {
    const done = repos.settings.get<{ portal: Portal | null }>(SETUP_KEY);
    return {
      // A database already in use (hotel details or stays) is no new one.
      needed: done === null && repos.hotel.get() === null && !repos.stays.any(),
      ownerName: repos.staff.get(staffId)?.name ?? '',
      portal: done?.portal ?? null,
    };
  };
  return {
    'app.info': () => ({
      version: deps.version,
      schemaVersion: deps.schemaVersion,
      dbPath: deps.dbPath,
    }),
    'settings.get': (_input, ctx) => ({ language: repos.staff.language(ctx.staff.id) }),
    'settings.setLanguage': ({ language }, ctx) => {
      repos.staff.setLanguage(ctx.staff.id, language);
      ctx.audit('settings.language', 'staff', ctx.staff.id, { language });
      return { language };
    },
    'hotel.get': () => repos.hotel.get(),
    'hotel.save': (input, ctx) => {
      const before = repos.hotel.get();
      repos.hotel.save(input, ctx.now().toISOString());
      ctx.audit('hotel.save', 'hotel', 1, { before, after: input });
      return repos.hotel.get()!;
    },
    'staff.current': (_input, ctx) => repos.staff.get(ctx.staff.id) ?? ctx.staff,
    'setup.get': (_input, ctx) => setupState(ctx.staff.id),
    'setup.finish': ({ hotel, ownerName, portal }, ctx) => {
      const at = ctx.now().toISOString();
      if (hotel) {
        const before = repos.hotel.get();
        repos.hotel.save(hotel, at);
        ctx.audit('hotel.save', 'hotel', 1, { before, after: hotel });
      }
      const name = ownerName.trim();
      const before = repos.staff.get(ctx.staff.id)?.name ?? '';
      if (name && name !== before) {
        repos.staff.rename(ctx.staff.id, name);
        ctx.audit('staff.rename', 'staff', ctx.staff.id, { before, after: name });
      }
      repos.settings.put(SETUP_KEY, { at, portal });
      ctx.audit('setup.finish', 'settings', SETUP_KEY, { portal, skipped: hotel === null });
      return setupState(ctx.staff.id);
    },
    'audit.list': ({ limit }) => repos.audit.latest(limit),
  };
}
