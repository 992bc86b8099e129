import { LATEST_VERSION } from './db/migrations';
import { openDatabase, writeTransaction, type Db } from './db/connection';
import { createRepos, type Repos } from './db/repos';
import { createDispatcher, type Dispatch } from './dispatcher';
import type { ChainStatus, Events, EventName, StaffMember, Result } from '../../shared/contract';
import type { CallContext } from './context';
import type { Handlers } from './handlers';
import { appHandlers } from './services/app-service';
import { calendarHandlers } from './services/calendar-service';
import { createCalendarCache } from './services/calendar-cache';
import { notificationsHandlers } from './services/notifications-service';
import { staysHandlers } from './services/stays-service';
import { trustHandlers } from './services/trust-service';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../shared/rules';
import type { ServiceDeps } from './services/deps';

export interface CoreOptions {
  dbFile: string;
  nativeBinding?: string;
  version?: string;
  /** The clock; tests and the demo pin it. */
  now?: () => Date;
  onInternalError?: (method: string, err: unknown) => void;
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
  // Issue 11: the chain is checked once at every start; the shell tells the owner if it broke.
  const chain: ChainStatus = { ...repos.audit.verify(), checkedAt: now().toISOString() };
  const deps: ServiceDeps = {
    db,
    repos,
    calendar: createCalendarCache(repos.calendar, repos.settings),
    ruleSettings: () => repos.settings.get<RuleSettings>('rules') ?? DEFAULT_RULE_SETTINGS,
    version: options.version ?? '0.0.0',
    schemaVersion: LATEST_VERSION,
    dbPath: options.dbFile,
  };
  const handlers: Handlers = {
    ...appHandlers(deps),
    ...staysHandlers(deps),
    ...calendarHandlers(deps),
    ...notificationsHandlers(deps),
    ...trustHandlers(deps, () => chain),
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
    close: () => db.close(),
  };
}

function ensureOwner(db: Db, repos: Repos, now: () => Date): StaffMember {
  const existing = repos.staff.firstOwner();
  if (existing) return existing;
  return writeTransaction(db, () => {
    // Another process may have made the owner while this one waited for the write lock.
    const first = repos.staff.firstOwner();
    if (first) return first;
    const at = now().toISOString();
    const id = repos.staff.insert('Owner', 'owner', at);
    repos.audit.record(at, id, 'staff.create', 'staff', id, {
      role: 'owner',
      reason: 'first start',
    });
    return repos.staff.get(id)!;
  });
}
