import path from 'node:path';
import { LATEST_VERSION } from './db/migrations';
import { closeDatabase, openDatabase, writeTransaction, type Db } from './db/connection';
import type { FinishedRestore } from './db/backup/restore';
import type { ChainReport } from './db/audit/verify';
import {
  chainInThread,
  exportInThread,
  purgeInThread,
  quickCheckInThread,
} from './db/backup/backup-thread';
import type { PurgeOutcome, PurgeTask } from './privacy/purge-job';
import { quickCheckFile } from './db/quick-check';
import { createRepos, type Repos } from './db/repos';
import { createDispatcher, type Dispatch } from './dispatcher';
import {
  AppFailure,
  contract,
  type ChainStatus,
  type Events,
  type EventName,
  type StaffMember,
  type Result,
} from '../../shared/contract';
import type { CallContext, DeskRef, PublicContext } from './context';
import { authHandlers, lockSettings } from './auth/auth-service';
import { createSessions } from './auth/sessions';
import type { Handlers } from './handlers';
import { appHandlers } from './services/app-service';
import { placesHandlers } from './services/places-service';
import { outboxHostHandlers } from './services/outbox-host';
import { calendarHandlers } from './services/calendar-service';
import { createCalendarCache } from './services/calendar-cache';
import { historyHandlers } from './services/history-service';
import { notificationsHandlers } from './services/notifications-service';
import { reportsHandlers } from './services/reports-service';
import { staysHandlers } from './services/stays-service';
import { documentsHandlers } from './services/documents-service';
import { createMrzOcr } from './mrz-image/ocr-engine';
import { applyRulesUpdate, deadlinesHandlers } from './services/rules-update';
import { trustHandlers } from './services/trust-service';
import { privacyHandlers, retentionMonths } from './services/privacy-service';
import { checkInKeyCutoff } from './services/check-in-once';
import { keysHandlers } from './services/keys-service';
import { centralHandlers } from './services/central-service';
import { createBackupManager, type BackupManager } from './backup-manager';
import {
  DEFAULT_RULE_SETTINGS,
  RULES_DATA_VERSION,
  type RuleSettings,
  type YearSpec,
} from '../../shared/rules';
import type { ServiceDeps } from './services/deps';
import { createFileStore, type FileStore } from './files/file-store';
import { createPdfReader, type PdfLimits } from './files/pdf-reader';
import { createDeskActivity } from './desk-activity';
import { createDeskHost, desksHandlers, type DeskHost } from './desks/desk-service';

// After a restore every query is stale: each method's domain is told.
const ALL_ROOTS = [...new Set(Object.keys(contract).map((m) => m.split('.')[0]!))];

export interface CoreOptions {
  dbFile: string;
  version?: string;
  /** The clock; tests and the demo pin it. */
  now?: () => Date;
  onInternalError?: (method: string, err: unknown) => void;
  /** Another edition of the calendar and rules data; tests ship an update with it. */
  rulesData?: { version: number; years: readonly YearSpec[] };
  /** Cap on one file handed in or out (default FILE_MAX_BYTES); tests lower it. */
  fileMaxBytes?: number;
  /** Back up at start and daily into `backups/` beside the file (the app; not tests or CLI). */
  autoBackup?: boolean;
  /** Told when opening the file completed a restore a crash had interrupted (shells say so). */
  onRestoreFinished?: (finished: FinishedRestore) => void;
  /** Load the proof PDF reader in the background after start (the app; not tests or CLI). */
  warmPdfReader?: boolean;
  /** Limits on reading a proof PDF; tests lower them. */
  pdfLimits?: Partial<PdfLimits>;
  /**
   * Walk the audit chain at open (default), or only once `audit.status` asks: a command that
   * only reads (the CLI's export) needs no walk of a million rows before it starts (issue 21).
   */
  chainCheck?: 'at-open' | 'when-asked';
  /**
   * After a crash, run the open's `quick_check` (seconds at a million stays) in a worker thread
   * instead of before the first screen (the app and web mode; issue 21). Until it passes only the
   * sign-in screen's own calls are answered; every other call waits for it, and is refused as
   * `db.corrupt` if it fails.
   */
  deferStartCheck?: boolean;
  /** Runs that check (default: in the backup's worker thread); tests hold it open. */
  startCheck?: (file: string) => Promise<boolean>;
  /**
   * Walks a database file's audit chain (default: in the backup's worker thread, issue 21; a
   * database in memory is walked in steps on the desk's thread instead). Tests watch it.
   */
  chainWalk?: (file: string, signal: AbortSignal) => Promise<ChainReport>;
  /**
   * Runs a retention purge (default: in the backup's worker thread, issue 21; a database in
   * memory is purged in batches on the desk's thread instead). Tests watch it.
   */
  purge?: (
    task: PurgeTask,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ) => Promise<PurgeOutcome>;
  /**
   * This PC's LAN addresses Settings › Desks offers (default: os.networkInterfaces); tests and
   * the e2e suite, whose only network is the loopback, name theirs.
   */
  lanAddresses?: () => string[];
  /** Told when the deferred check found the file damaged (the shells offer a backup). */
  onStartCheckFailed?: (failure: AppFailure) => void;
}

/**
 * What the sign-in screen asks before anyone signs in: no guest data, so answered while the
 * start check runs.
 */
const BEFORE_THE_CHECK = new Set(['app.info', 'auth.staffList', 'auth.session', 'setup.get']);

export type EventListener = <E extends EventName>(event: E, payload: Events[E]) => void;

export interface Core {
  db: Db;
  repos: Repos;
  /** What the services are built from, for in-process tools that stream (the CLI's export). */
  deps: ServiceDeps;
  /** Calls a contract method as the system actor: the trusted in-process entry (tests, CLI). */
  call: (method: string, input?: unknown) => Promise<Result<unknown>>;
  dispatch: Dispatch;
  /** Bytes handed in and out (uploads, proofs, reports); see files/file-store.ts. */
  files: FileStore;
  /** The system actor's context ("Tirkeu command line"), for in-process callers. */
  context: () => CallContext;
  /**
   * The context of a call that came with this session token (a transport's caller), through a
   * paired desk when `desk` is given (the LAN listener): that desk's sessions only.
   */
  contextFor: (session: string | null | undefined, desk?: DeskRef | null) => PublicContext;
  /**
   * Whether a session is still live, without counting as activity: a transport streaming events
   * to it asks before each one, and stops once the session has ended (issue 19).
   */
  sessionAlive: (session: string | null | undefined, desk?: DeskRef | null) => boolean;
  /** Pairing and device tokens, for the LAN listener (issue 22). */
  desks: DeskHost;
  subscribe: (listener: EventListener) => () => void;
  /** A transport saw the desk at work (a request for any file or call): start-up work waits. */
  touch: () => void;
  /** Closes and reopens the database file (checks and migrations run again, as at start). */
  reopen: () => void;
  /** Backups of this database, and restoring one (which reopens the core on the restored file). */
  backups: BackupManager;
  close: () => void;
}

/** What one open database gives: rebuilt when a backup is restored. */
interface Open {
  db: Db;
  repos: Repos;
  deps: ServiceDeps;
  dispatch: Dispatch;
  owner: StaffMember;
  system: StaffMember;
}

/**
 * The whole backend over one database file; the same in Electron, web mode, the CLI and tests.
 * Every transport calls through the returned object, never a captured connection, so `reopen`
 * (after a restore) swaps the file under all of them at once.
 */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<EventListener>();
  const tell = (roots: string[]) => {
    for (const l of listeners) l('data.changed', { roots });
  };
  // Bytes in flight outlive a reopen: a proof being attached is not lost by a restore.
  const files = createFileStore({
    maxBytes: options.fileMaxBytes,
    incomingDir:
      options.dbFile === ':memory:' ? null : path.join(path.dirname(options.dbFile), 'incoming'),
  });
  // Started on the first photo and kept warm until the core closes (a restore does not stop it).
  const mrzOcr = createMrzOcr();
  // Likewise kept across a restore: a proof being read is not lost by one.
  const pdf = createPdfReader(options.pdfLimits);
  const desk = createDeskActivity();
  let chain: Promise<ChainStatus> | null = null;
  // The start check after a crash, when deferred: settled once the file has passed it.
  let checked: Promise<void> = Promise.resolve();
  const runStartCheck = (): Promise<void> => {
    const file = options.dbFile;
    const corrupt = () => new AppFailure('db.corrupt', { params: { file } });
    const run = (options.startCheck ?? quickCheckInThread)(file).catch((err: unknown) => {
      // The thread could not run it (out of memory, killed): checked here instead, the desk
      // waiting, rather than never vouched for.
      options.onInternalError?.('db.startCheck', err);
      return quickCheckFile(file);
    });
    const done = run.then((ok) => {
      if (!ok) throw corrupt();
    });
    done.catch((err: unknown) => {
      options.onStartCheckFailed?.(err instanceof AppFailure ? err : corrupt());
    });
    return done;
  };
  const gated = (
    method: string,
    answer: () => Promise<Result<unknown>>,
  ): Promise<Result<unknown>> =>
    BEFORE_THE_CHECK.has(method)
      ? answer()
      : checked.then(answer, (err: unknown) => ({
          ok: false as const,
          error: (err instanceof AppFailure
            ? err
            : new AppFailure('db.corrupt', { params: { file: options.dbFile } })
          ).error,
        }));
  // The walk under way in its thread, stopped before a swap or a close moves or closes the file.
  let walking: { stop: AbortController; done: Promise<unknown> } | null = null;
  const stopWalk = async (): Promise<void> => {
    const w = walking;
    walking = null;
    w?.stop.abort();
    await w?.done.catch(() => undefined);
  };
  // Purges under way in their thread, stopped like the walk before a swap or a close (a thread
  // writing to the file as it is replaced would write into the restored one, or keep it open).
  const purging = new Set<{ stop: AbortController; done: Promise<unknown> }>();
  const stopPurges = async (): Promise<void> => {
    const running = [...purging];
    purging.clear();
    for (const p of running) p.stop.abort();
    await Promise.all(running.map((p) => p.done.catch(() => undefined)));
  };
  const purgeOffDesk = (
    task: PurgeTask,
    onProgress: (done: number, total: number) => void,
  ): Promise<PurgeOutcome> => {
    const stop = new AbortController();
    const done = (options.purge ?? purgeInThread)(task, onProgress, stop.signal);
    const entry = { stop, done };
    purging.add(entry);
    const clear = () => purging.delete(entry);
    done.then(clear, clear);
    return done;
  };
  const walkChain = (repos: Repos): Promise<ChainStatus> => {
    let report: Promise<ChainReport>;
    if (options.dbFile === ':memory:') {
      report = repos.audit.verifyInSteps(desk.turn);
    } else {
      // In its own thread, begun once the desk is quiet: the first screen comes first.
      const stop = new AbortController();
      const file = options.dbFile;
      report = desk
        .turn()
        .then(() => (options.chainWalk ?? chainInThread)(file, stop.signal))
        .catch((err: unknown) => {
          if (stop.signal.aborted) throw err;
          // The thread could not walk it (out of memory, killed): walked here in steps instead,
          // rather than never vouched for.
          options.onInternalError?.('audit.walk', err);
          return repos.audit.verifyInSteps(desk.turn);
        });
      const entry = { stop, done: report };
      walking = entry;
      const clear = () => {
        if (walking === entry) walking = null;
      };
      report.then(clear, clear);
    }
    const walk = report.then((r) => ({
      ok: r.ok,
      rows: r.rows,
      firstBadRow: r.firstBadRow,
      reason: r.reason,
      checkedAt: now().toISOString(),
    }));
    // A restore or close while the walk runs ends it: the reopened file is walked anew.
    walk.catch(() => undefined);
    return walk;
  };
  const sessions = createSessions({
    now,
    autoLockMinutes: () => lockSettings(current.deps).autoLockMinutes,
    staff: (id) => current.repos.staff.getActive(id),
  });

  function swap(replace: () => void, restoring = true): void {
    current.db.close();
    try {
      replace();
    } finally {
      // A restored file's staff id may name someone else (a receptionist's token would become
      // an owner's): everyone signs in again. Ended even when the swap failed half-way.
      if (restoring) sessions.endAll();
      // Reopened whatever happened: the restored file, or the old one if the swap failed.
      current = open();
      tell(ALL_ROOTS);
    }
  }

  // Its closures read `current`, which is set below before anything calls them.
  const backups: BackupManager = createBackupManager({
    dbFile: options.dbFile,
    now,
    db: () => current.db,
    audit: (action, entityId, details) => {
      const at = now().toISOString();
      writeTransaction(current.db, () =>
        current.repos.audit.record(at, current.system.id, action, 'backup', entityId, details),
      );
    },
    swap,
    beforeSwap: () => Promise.all([stopWalk(), stopPurges()]).then(() => undefined),
    onError: (err) => options.onInternalError?.('backup.auto', err),
    retentionMonths: () => retentionMonths(current.repos),
  });

  const open = (): Open => {
    const finished: FinishedRestore[] = [];
    let deferred = false;
    const db = openDatabase(options.dbFile, {
      onRestoreFinished: (f) => finished.push(f),
      deferQuickCheck: options.deferStartCheck,
      onIntegrityCheck: (check) => (deferred = check === 'deferred'),
    });
    checked = deferred ? runStartCheck() : Promise.resolve();
    const repos = createRepos(db);
    const owner = ensureOwner(db, repos, now);
    const system = repos.staff.systemActor();
    if (!system) throw new Error('the system actor is missing (migration 0006)');
    for (const f of finished) {
      recordFinishedRestore(db, repos, system.id, now, f);
      options.onRestoreFinished?.(f);
    }
    // Issue 11: the chain is checked at every start; the shell tells the owner if it broke. It is
    // walked in steps taken while the desk is quiet, so the first screen neither waits for a long
    // chain nor shares the PC with it; `audit.status` waits.
    chain = options.chainCheck === 'when-asked' ? null : walkChain(repos);
    const deps: ServiceDeps = {
      db,
      repos,
      calendar: createCalendarCache(repos.calendar, repos.settings, options.rulesData?.years),
      ruleSettings: () => repos.settings.get<RuleSettings>('rules') ?? DEFAULT_RULE_SETTINGS,
      rulesVersion: options.rulesData?.version ?? RULES_DATA_VERSION,
      version: options.version ?? '0.0.0',
      schemaVersion: LATEST_VERSION,
      dbPath: options.dbFile,
      files,
      pdf,
    };
    applyRulesUpdate(deps, now().toISOString());
    // Issue 22: a desk's idempotency keys are needed only while it may still resend them.
    repos.checkInKeys.prune(checkInKeyCutoff(now()));
    const handlers: Handlers = {
      ...appHandlers(deps),
      ...placesHandlers(deps),
      ...outboxHostHandlers(),
      ...staysHandlers(deps),
      ...calendarHandlers(deps),
      ...notificationsHandlers(deps),
      ...deadlinesHandlers(deps),
      ...historyHandlers(deps),
      ...reportsHandlers(
        deps,
        options.dbFile === ':memory:'
          ? undefined
          : ({ now: at, ...request }, onProgress) =>
              exportInThread(
                {
                  dbFile: options.dbFile,
                  ...request,
                  now: at.toISOString(),
                  years: options.rulesData?.years,
                },
                onProgress,
              ),
      ),
      ...trustHandlers(deps, {
        status: () => (chain ??= walkChain(current.repos)),
        backups: () => backups,
      }),
      ...documentsHandlers(mrzOcr),
      ...privacyHandlers(deps, options.dbFile === ':memory:' ? undefined : purgeOffDesk),
      ...keysHandlers(deps),
      ...authHandlers(deps, sessions),
      ...desksHandlers(deps, sessions, options.lanAddresses),
      ...centralHandlers(deps),
    };
    const dispatch = createDispatcher({
      db,
      handlers,
      audit: repos.audit,
      onCommitted: (domain) => tell([domain]),
      onInternalError: options.onInternalError,
      onJobProgress: (p) => {
        for (const l of listeners) l('job.progress', p);
      },
      current: () => ({ db: current.db, audit: current.repos.audit }),
    });
    return { db, repos, deps, dispatch, owner, system };
  };

  let current = open();
  // In-process callers act as the named system actor, so the trail says the command line did it.
  const context = (): CallContext => ({ staff: current.system, session: null, now });
  const contextFor = (
    session: string | null | undefined,
    desk: DeskRef | null = null,
  ): PublicContext => {
    let staff: StaffMember | null = null;
    try {
      staff = sessions.resolve(session, desk?.id ?? null);
    } catch (err) {
      // A session that cannot be looked up (the file closed under us) is no session: refused.
      options.onInternalError?.('auth.session', err);
    }
    return {
      staff,
      session: typeof session === 'string' && session ? session : null,
      now,
      ...(desk ? { desk } : {}),
    };
  };
  const sessionAlive = (
    session: string | null | undefined,
    desk: DeskRef | null = null,
  ): boolean => {
    try {
      return sessions.alive(session, desk?.id ?? null);
    } catch (err) {
      options.onInternalError?.('auth.session', err);
      return false;
    }
  };
  if (options.autoBackup) backups.startSchedule();
  // The first proof on a fresh server waited 9.3 s for pdf.js to load: it loads in its own thread
  // once the first screen is served, and the desk never waits for it.
  if (options.warmPdfReader) void desk.turn().then(pdf.warm);

  return {
    get db() {
      return current.db;
    },
    get repos() {
      return current.repos;
    },
    get deps() {
      return current.deps;
    },
    dispatch: (method, input, ctx) => {
      desk.touch();
      return gated(method, () => current.dispatch(method, input, ctx)).finally(desk.touch);
    },
    files,
    context,
    contextFor,
    desks: createDeskHost({
      deps: () => current.deps,
      sessions,
      systemId: () => current.system.id,
      now,
    }),
    sessionAlive,
    call: (method, input) => gated(method, () => current.dispatch(method, input ?? {}, context())),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    touch: desk.touch,
    backups,
    reopen: () => swap(() => undefined, false),
    close: () => {
      void stopWalk();
      void stopPurges();
      backups.stopSchedule();
      files.clear();
      void mrzOcr.close();
      void pdf.close();
      closeDatabase(current.db);
    },
  };
}

/** The trail, and the shell, say that this start completed an interrupted restore. */
function recordFinishedRestore(
  db: Db,
  repos: Repos,
  systemId: number,
  now: () => Date,
  finished: FinishedRestore,
): void {
  const keptAside = finished.keptAside && path.basename(finished.keptAside);
  writeTransaction(db, () =>
    repos.audit.record(now().toISOString(), systemId, 'backup.restore_finished', 'backup', null, {
      keptAside,
    }),
  );
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
