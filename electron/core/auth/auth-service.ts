import {
  AppFailure,
  AUTO_LOCK_DEFAULT_MINUTES,
  type LockSettings,
  type StaffListEntry,
} from '../../../shared/contract';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from '../services/deps';
import { refuseDemoSecret } from './demo-secrets';
import {
  hashSecret,
  hashSecretAsync,
  outdated,
  verifyAgainstNothing,
  verifySecret,
} from './secret';
import { ANY_CLIENT } from '../db/repos/throttle-repo';
import type { Sessions } from './sessions';
import {
  beginAttempt,
  clientOf,
  failAttempt,
  isSharedClient,
  succeedAttempt,
  trustClient,
} from './throttle';

const LOCK_KEY = 'auth.lock';

export const lockSettings = (deps: ServiceDeps): LockSettings =>
  deps.repos.settings.get<LockSettings>(LOCK_KEY) ?? { autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES };

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
  const entry = (id: number, now: Date): StaffListEntry => {
    const e = repos.staff.entry(id);
    if (!e) throw new AppFailure('not_found');
    return withLock(e, now, repos.throttle.sharedLocks());
  };
  // Settings › Staff shows the lock everyone but the person's own desks is under.
  const withLock = (e: StaffListEntry, now: Date, locks: Map<number, string>): StaffListEntry => {
    const until = locks.get(e.id) ?? null;
    return { ...e, lockedUntil: until && Date.parse(until) > now.getTime() ? until : null };
  };
  // A new secret: counts, locks and the keys handed to desks are gone (issue 19).
  const setSecret = (staffId: number, hash: string) => {
    repos.staff.setSecret(staffId, hash);
    repos.throttle.forget(staffId);
  };
  // The hotel must always keep someone who can change its settings and add staff.
  const keepAnOwner = (id: number, role: string | null) => {
    const before = entry(id, new Date());
    const losesOwner = before.role === 'owner' && before.active && role !== 'owner';
    if (losesOwner && repos.staff.activeOwnerCount() <= 1) throw new AppFailure('staff.last_owner');
    return before;
  };

  return {
    // A job, not a write: a failed attempt must still commit its count (and its audit entry),
    // which a write's rolled-back transaction would not; scrypt runs off the core's thread.
    'auth.signIn': async ({ staffId, secret, device }, ctx) => {
      const rec = repos.staff.signInRecord(staffId);
      if (!rec || !rec.active || rec.system || rec.secretHash === null) {
        await verifyAgainstNothing(secret);
        throw new AppFailure('auth.cannot_sign_in');
      }
      const now = ctx.now();
      const deskId = ctx.desk?.id ?? null;
      const client = clientOf(repos, staffId, device, deskId);
      const attempt = ctx.transaction((audit) => beginAttempt(repos, staffId, client, now, audit));
      if (attempt instanceof AppFailure) throw attempt;
      if (!(await verifySecret(secret, rec.secretHash))) {
        throw ctx.transaction((audit) => failAttempt(repos, staffId, client, attempt, now, audit));
      }
      // A hash from before today's cost is made again while the secret is at hand.
      const rehashed = outdated(rec.secretHash) ? await hashSecretAsync(secret) : null;
      const issued = ctx.transaction(() => {
        succeedAttempt(repos, staffId, client);
        // Only over the hash it was checked against: a PIN reset meanwhile stays.
        const still = repos.staff.signInRecord(staffId)?.secretHash === rec.secretHash;
        if (rehashed && still) repos.staff.setSecret(staffId, rehashed);
        // The one signing in is the actor of their own sign-in.
        repos.audit.record(
          ctx.now().toISOString(),
          staffId,
          'auth.signIn',
          'staff',
          staffId,
          ctx.desk ? { desk: ctx.desk } : {},
        );
        // A client new to this person gets its own key: its attempts count apart from now on.
        return isSharedClient(client) ? trustClient(repos, staffId, ctx.now().toISOString()) : null;
      });
      const token = sessions.create(staffId, issued?.client ?? client, deskId);
      return {
        token,
        staff: rec.member,
        language: repos.staff.language(staffId),
        device: issued?.key ?? null,
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
    // A job like sign-in (issue 19): a wrong current secret is counted against the client this
    // session signed in through, audited and locks like a sign-in, in writes of their own that
    // no failure rolls back; scrypt runs off the core's thread, never inside the write lock.
    'auth.changeSecret': async ({ current, secret }, ctx) => {
      const staffId = ctx.staff.id;
      const rec = repos.staff.signInRecord(staffId);
      if (!rec?.secretHash || !ctx.session) throw new AppFailure('auth.cannot_sign_in');
      refuseDemoSecret(repos, secret);
      const now = ctx.now();
      const client = sessions.clientOf(ctx.session) ?? ANY_CLIENT;
      const attempt = ctx.transaction((audit) => beginAttempt(repos, staffId, client, now, audit));
      if (attempt instanceof AppFailure) throw attempt;
      if (!(await verifySecret(current, rec.secretHash))) {
        const refusal = ctx.transaction((a) =>
          failAttempt(repos, staffId, client, attempt, now, a),
        );
        if (refusal.error.code === 'auth.locked') {
          // Whoever guessed at an unattended desk is signed out with the lock.
          sessions.end(ctx.session);
          throw refusal;
        }
        throw new AppFailure('invalid', {
          issues: [{ field: 'current', code: 'secret.wrong', params: refusal.error.params ?? {} }],
        });
      }
      const hash = await hashSecretAsync(secret);
      ctx.transaction((audit) => {
        setSecret(staffId, hash);
        audit('auth.changeSecret', 'staff', staffId);
      });
      // Whoever knew the old secret is signed out on every other screen.
      sessions.endFor(staffId, ctx.session);
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
    'staff.list': (_input, ctx) => {
      const locks = repos.throttle.sharedLocks();
      return repos.staff.list().map((e) => withLock(e, ctx.now(), locks));
    },
    'staff.create': ({ name, role, secret }, ctx) => {
      refuseDemoSecret(repos, secret);
      const id = repos.staff.insert(name, role, ctx.now().toISOString(), hashSecret(secret));
      ctx.audit('staff.create', 'staff', id, { name, role });
      return entry(id, ctx.now());
    },
    'staff.update': ({ staffId, name, role }, ctx) => {
      const before = keepAnOwner(staffId, role);
      repos.staff.update(staffId, name, role);
      ctx.audit('staff.update', 'staff', staffId, {
        before: { name: before.name, role: before.role },
        after: { name, role },
      });
      return entry(staffId, ctx.now());
    },
    'staff.deactivate': ({ staffId }, ctx) => {
      keepAnOwner(staffId, null);
      repos.staff.deactivate(staffId);
      sessions.endFor(staffId);
      ctx.audit('staff.deactivate', 'staff', staffId);
      return entry(staffId, ctx.now());
    },
    'staff.resetSecret': ({ staffId, secret }, ctx) => {
      entry(staffId, ctx.now());
      refuseDemoSecret(repos, secret);
      setSecret(staffId, hashSecret(secret));
      // Whoever knew the old secret is signed out on every screen but the one resetting it.
      sessions.endFor(staffId, ctx.session);
      ctx.audit('staff.resetSecret', 'staff', staffId);
      return entry(staffId, ctx.now());
    },
  };
}
