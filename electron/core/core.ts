import { LATEST_VERSION } from './db/migrations';
import { openDatabase, type Db } from './db/connection';
import { createRepos, type Repos } from './db/repos';
import { createDispatcher, type Dispatch } from './dispatcher';
import type { Events, EventName, StaffMember, Result } from '../../shared/contract';
import type { CallContext } from './context';
import type { Handlers } from './handlers';
import { appHandlers } from './services/app-service';
import { calendarHandlers } from './services/calendar-service';
import { createCalendarCache } from './services/calendar-cache';
import { notificationsHandlers } from './services/notifications-service';
import { staysHandlers } from './services/stays-service';
import { documentsHandlers } from './services/documents-service';
import { createMrzOcr } from './mrz-image/ocr-engine';
import { applyRulesUpdate, deadlinesHandlers } from './services/rules-update';
import {
  DEFAULT_RULE_SETTINGS,
  RULES_DATA_VERSION,
  type RuleSettings,
  type YearSpec,
} from '../../shared/rules';
import type { ServiceDeps } from './services/deps';

export interface CoreOptions {
  dbFile: string;
  nativeBinding?: string;
  version?: string;
  /** The clock; tests and the demo pin it. */
  now?: () => Date;
  onInternalError?: (method: string, err: unknown) => void;
  /** Another edition of the calendar and rules data; tests ship an update with it. */
  rulesData?: { version: number; years: readonly YearSpec[] };
}

export type EventListener = <E extends EventName>(event: E, payload: Events[E]) => void;

export interface Core {
  db: Db;
  repos: Repos;
  /** Calls a contract method as the acting staff member. */
  call: (method: string, input?: unknown) => Promise<Result<unknown>>;
  dispatch: Dispatch;
  context: () => CallContext;
  subscribe: (listener: EventListener) => () => void;
  close: () => void;
}

/** The whole backend over one database file; the same in Electron, web mode, the CLI and tests. */
export function createCore(options: CoreOptions): Core {
  const db = openDatabase(options.dbFile, { nativeBinding: options.nativeBinding });
  const repos = createRepos(db);
  const now = options.now ?? (() => new Date());
  const owner = ensureOwner(db, repos, now);
  const deps: ServiceDeps = {
    db,
    repos,
    calendar: createCalendarCache(repos.calendar, repos.settings, options.rulesData?.years),
    ruleSettings: () => repos.settings.get<RuleSettings>('rules') ?? DEFAULT_RULE_SETTINGS,
    rulesVersion: options.rulesData?.version ?? RULES_DATA_VERSION,
    version: options.version ?? '0.0.0',
    schemaVersion: LATEST_VERSION,
    dbPath: options.dbFile,
  };
  applyRulesUpdate(deps, now().toISOString());
  // Started on the first photo and kept warm until the core closes.
  const mrzOcr = createMrzOcr();
  const handlers: Handlers = {
    ...appHandlers(deps),
    ...staysHandlers(deps),
    ...calendarHandlers(deps),
    ...notificationsHandlers(deps),
    ...deadlinesHandlers(deps),
    ...documentsHandlers(mrzOcr),
  };
  const listeners = new Set<EventListener>();
  const dispatch = createDispatcher({
    db,
    handlers,
    audit: repos.audit,
    onCommitted: (domain) => {
      for (const l of listeners) l('data.changed', { roots: [domain] });
    },
    onInternalError: options.onInternalError,
  });
  // A single owner account acts until staff sign-in arrives.
  const context = (): CallContext => ({ staff: owner, now });
  return {
    db,
    repos,
    dispatch,
    context,
    call: (method, input) => dispatch(method, input ?? {}, context()),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      void mrzOcr.close();
      db.close();
    },
  };
}

function ensureOwner(db: Db, repos: Repos, now: () => Date): StaffMember {
  const existing = repos.staff.firstOwner();
  if (existing) return existing;
  return db.transaction(() => {
    const at = now().toISOString();
    const id = repos.staff.insert('Owner', 'owner', at);
    repos.audit.record(at, id, 'staff.create', 'staff', id, {
      role: 'owner',
      reason: 'first start',
    });
    return repos.staff.get(id)!;
  })();
}
