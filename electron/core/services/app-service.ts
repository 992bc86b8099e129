import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

export function appHandlers(
  deps: ServiceDeps,
): HandlersFor<
  | 'app.info'
  | 'settings.get'
  | 'settings.setLanguage'
  | 'hotel.get'
  | 'hotel.save'
  | 'staff.current'
  | 'audit.list'
> {
  const { repos } = deps;
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
    'staff.current': (_input, ctx) => ctx.staff,
    'audit.list': ({ limit }) => repos.audit.latest(limit),
  };
}
