import crypto from 'node:crypto';
import { AppFailure } from '../../../shared/contract';
import type { AuditFn } from '../context';
import type { Repos } from '../db/repos';
import { ANY_CLIENT } from '../db/repos/throttle-repo';

/** Five wrong secrets in a row lock a client out of an account (kept in the file). */
export const MAX_FAILED_ATTEMPTS = 5;
/** The first lock; each repeat before a good sign-in doubles it, up to a day (issue 19). */
export const LOCKOUT_MINUTES = 5;
const MAX_LOCK_MINUTES = 24 * 60;

export const lockMinutes = (locks: number): number =>
  Math.min(MAX_LOCK_MINUTES, LOCKOUT_MINUTES * 2 ** Math.max(0, locks - 1));

const minutesLeft = (until: string, now: Date) =>
  Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));

const lockedFor = (minutes: number) => new AppFailure('auth.locked', { params: { minutes } });
const lockedNow = (until: string | null, now: Date): boolean =>
  until !== null && Date.parse(until) > now.getTime();

const digest = (key: string) => crypto.createHash('sha256').update(key).digest('base64url');

/**
 * The row a paired desk's clients without a key of their own share (issue 22): one desk's
 * guesses lock that desk's row, never the host's or another desk's.
 */
export const deskClient = (deskId: number): string => `desk:${deskId}`;

/**
 * Which row counts this client's attempts: its own, when it holds a key a good sign-in as this
 * person handed it (the desk that signed in before), else the row every other client of the
 * same desk shares (the host's own clients: `ANY_CLIENT`). A script that holds the web URL
 * locks only the shared row, never the owner's own desk.
 */
export function clientOf(
  repos: Repos,
  staffId: number,
  key: string | undefined,
  deskId: number | null = null,
): string {
  const shared = deskId === null ? ANY_CLIENT : deskClient(deskId);
  if (!key) return shared;
  const own = digest(key);
  return repos.throttle.get(staffId, own)?.trusted ? own : shared;
}

/** Whether a row is one that many clients share (the host's, or one desk's). */
export const isSharedClient = (client: string): boolean =>
  client === ANY_CLIENT || client.startsWith('desk:');

/** A new key for a client that signed in on the shared row: kept by its tab or window. */
export function trustClient(
  repos: Repos,
  staffId: number,
  at: string,
): { key: string; client: string } {
  const key = crypto.randomBytes(32).toString('base64url');
  const client = digest(key);
  repos.throttle.trust(staffId, client, at);
  return { key, client };
}

/**
 * Inside a write, before any hashing: refuses a locked client, else counts the attempt as failed
 * until it is proven right. Check and count under one write lock, so a burst of concurrent
 * guesses gets five tries and no more (issue 19). Returns the attempt's number, or the refusal
 * to throw once the write has committed (the lock it may have just set must not roll back).
 */
export function beginAttempt(
  repos: Repos,
  staffId: number,
  client: string,
  now: Date,
  audit: AuditFn,
): number | AppFailure {
  const row = repos.throttle.get(staffId, client) ?? { failed: 0, locks: 0, lockedUntil: null };
  if (row.lockedUntil !== null && lockedNow(row.lockedUntil, now)) {
    return lockedFor(minutesLeft(row.lockedUntil, now));
  }
  if (row.failed >= MAX_FAILED_ATTEMPTS) {
    // The tries are used up by attempts still being checked: the lock starts now.
    return lock(repos, staffId, client, row, now, audit, row.failed);
  }
  repos.throttle.put(staffId, client, { ...row, failed: row.failed + 1 });
  return row.failed + 1;
}

/** Inside a write, after a wrong secret: audited, and the lock set by the fifth. */
export function failAttempt(
  repos: Repos,
  staffId: number,
  client: string,
  attempt: number,
  now: Date,
  audit: AuditFn,
): AppFailure {
  const row = repos.throttle.get(staffId, client) ?? { failed: 0, locks: 0, lockedUntil: null };
  const shared = isSharedClient(client);
  if (lockedNow(row.lockedUntil, now)) {
    audit('auth.failed', 'staff', staffId, { attempt, shared });
    return lockedFor(minutesLeft(row.lockedUntil!, now));
  }
  if (attempt >= MAX_FAILED_ATTEMPTS) return lock(repos, staffId, client, row, now, audit, attempt);
  audit('auth.failed', 'staff', staffId, { attempt, shared });
  const left = Math.max(1, MAX_FAILED_ATTEMPTS - row.failed);
  return new AppFailure('auth.wrong_secret', { params: { left } });
}

/** Inside a write, after the right secret: this client starts again from nothing. */
export function succeedAttempt(repos: Repos, staffId: number, client: string): void {
  repos.throttle.put(staffId, client, { failed: 0, locks: 0, lockedUntil: null });
}

function lock(
  repos: Repos,
  staffId: number,
  client: string,
  row: { locks: number },
  now: Date,
  audit: AuditFn,
  attempts: number,
): AppFailure {
  const locks = row.locks + 1;
  const minutes = lockMinutes(locks);
  const until = new Date(now.getTime() + minutes * 60_000).toISOString();
  repos.throttle.put(staffId, client, { failed: 0, locks, lockedUntil: until });
  audit('auth.locked', 'staff', staffId, {
    attempts,
    until,
    minutes,
    shared: isSharedClient(client),
  });
  return lockedFor(minutes);
}
