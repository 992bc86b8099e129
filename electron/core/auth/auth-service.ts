import {
  AppFailure,
  AUTO_LOCK_DEFAULT_MINUTES,
  type LockSettings,
  type StaffListEntry,
} from '../../../shared/contract';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from '../services/deps';
import { hashSecret, verifyAgainstNothing, verifySecret, verifySecretSync } from './secret';
import type { Sessions } from './sessions';

/** Five wrong secrets in a row lock the account for five minutes (kept in the file). */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;
const LOCK_KEY = 'auth.lock';

export const lockSettings = (deps: ServiceDeps): LockSettings =>
  deps.repos.settings.get<LockSettings>(LOCK_KEY) ?? { autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES };

const minutesLeft = (until: string, now: Date) =>
  Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));

export function authHandlers(
  deps: ServiceDeps,
  sessions: Sessions,
): HandlersFor<
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.session'
  | 'auth.staffList'
  | 'auth.changeSecret'
  | 'auth.lockSettings'
  | 'auth.saveLockSettings'
  | 'staff.list'
  | 'staff.create'
  | 'staff.update'
  | 'staff.deactivate'
  | 'staff.resetSecret'
> {
  const { repos } = deps;
  const entry = (id: number): StaffListEntry => {
    const e = repos.staff.entry(id);
    if (!e) throw new AppFailure('not_found');
    return e;
  };
  // The hotel must always keep someone who can change its settings and add staff.
  const keepAnOwner = (id: number, role: string | null) => {
    const before = entry(id);
    const losesOwner = before.role === 'owner' && before.active && role !== 'owner';
    if (losesOwner && repos.staff.activeOwnerCount() <= 1) throw new AppFailure('staff.last_owner');
    return before;
  };

  return {
    // A job, not a write: a failed attempt must still commit its count (and its audit entry),
    // which a write's rolled-back transaction would not; scrypt runs off the core's thread.
    'auth.signIn': async ({ staffId, secret }, ctx) => {
      const rec = repos.staff.signInRecord(staffId);
      if (!rec || !rec.active || rec.system || rec.secretHash === null) {
        await verifyAgainstNothing(secret);
        throw new AppFailure('auth.cannot_sign_in');
      }
      const now = ctx.now();
      if (rec.lockedUntil !== null && Date.parse(rec.lockedUntil) > now.getTime()) {
        throw new AppFailure('auth.locked', {
          params: { minutes: minutesLeft(rec.lockedUntil, now) },
        });
      }
      if (!(await verifySecret(secret, rec.secretHash))) {
        const locked = ctx.transaction((audit) => {
          // Read again inside the write: another attempt may have counted while scrypt ran.
          const failed = (repos.staff.signInRecord(staffId)?.failedAttempts ?? 0) + 1;
          if (failed >= MAX_FAILED_ATTEMPTS) {
            const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
            repos.staff.setAttempts(staffId, 0, until);
            audit('auth.locked', 'staff', staffId, { attempts: failed, until });
            return true;
          }
          repos.staff.setAttempts(staffId, failed, null);
          audit('auth.failed', 'staff', staffId, { attempt: failed });
          return false;
        });
        if (locked) throw new AppFailure('auth.locked', { params: { minutes: LOCKOUT_MINUTES } });
        throw new AppFailure('auth.wrong_secret');
      }
      ctx.transaction(() => {
        repos.staff.setAttempts(staffId, 0, null);
        // The one signing in is the actor of their own sign-in.
        repos.audit.record(ctx.now().toISOString(), staffId, 'auth.signIn', 'staff', staffId, {});
      });
      const token = sessions.create(staffId);
      return {
        token,
        staff: rec.member,
        language: repos.staff.language(staffId),
        ...lockSettings(deps),
      };
    },
    'auth.signOut': (_input, ctx) => {
      if (ctx.session) sessions.end(ctx.session);
      ctx.audit('auth.signOut', 'staff', ctx.staff.id);
      return { signedOut: true };
    },
    'auth.session': (_input, ctx) =>
      ctx.staff && ctx.session ? { staff: ctx.staff, ...lockSettings(deps) } : null,
    'auth.staffList': () => repos.staff.signInNames(),
    'auth.changeSecret': ({ current, secret }, ctx) => {
      const rec = repos.staff.signInRecord(ctx.staff.id);
      if (!rec?.secretHash || !verifySecretSync(current, rec.secretHash)) {
        throw new AppFailure('invalid', { issues: [{ field: 'current', code: 'secret.wrong' }] });
      }
      repos.staff.setSecret(ctx.staff.id, hashSecret(secret));
      ctx.audit('auth.changeSecret', 'staff', ctx.staff.id);
      return { changed: true };
    },
    'auth.lockSettings': () => lockSettings(deps),
    'auth.saveLockSettings': (input, ctx) => {
      const before = lockSettings(deps);
      repos.settings.put(LOCK_KEY, input);
      ctx.audit('auth.lockSettings', 'settings', LOCK_KEY, { before, after: input });
      return input;
    },
    // A lockout that has run out is no longer one.
    'staff.list': (_input, ctx) =>
      repos.staff.list().map((e) => ({
        ...e,
        lockedUntil:
          e.lockedUntil && Date.parse(e.lockedUntil) > ctx.now().getTime() ? e.lockedUntil : null,
      })),
    'staff.create': ({ name, role, secret }, ctx) => {
      const id = repos.staff.insert(name, role, ctx.now().toISOString(), hashSecret(secret));
      ctx.audit('staff.create', 'staff', id, { name, role });
      return entry(id);
    },
    'staff.update': ({ staffId, name, role }, ctx) => {
      const before = keepAnOwner(staffId, role);
      repos.staff.update(staffId, name, role);
      ctx.audit('staff.update', 'staff', staffId, {
        before: { name: before.name, role: before.role },
        after: { name, role },
      });
      return entry(staffId);
    },
    'staff.deactivate': ({ staffId }, ctx) => {
      keepAnOwner(staffId, null);
      repos.staff.deactivate(staffId);
      sessions.endFor(staffId);
      ctx.audit('staff.deactivate', 'staff', staffId);
      return entry(staffId);
    },
    'staff.resetSecret': ({ staffId, secret }, ctx) => {
      entry(staffId);
      repos.staff.setSecret(staffId, hashSecret(secret));
      // Whoever knew the old secret is signed out on every screen.
      if (staffId !== ctx.staff.id) sessions.endFor(staffId);
      ctx.audit('staff.resetSecret', 'staff', staffId);
      return entry(staffId);
    },
  };
}
