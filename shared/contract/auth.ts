import { z } from 'zod';
import { emptyInput, text, type Language } from './common';
import { job, read, write, OWNERS, STAFF, STAFF_ROLES } from './define';
import type { StaffMember } from './app';
import { isSystemActorName } from './system-actor';

/**
 * A PIN (4–8 digits) or a password (8 characters or more). A desk PC is shared: a PIN is what
 * people will actually type at shift change, and the lockout (5 failures, 5 minutes) is what
 * makes a short one hold.
 */
export const secretSchema = z
  .string()
  .max(200, { message: 'too_long' })
  .refine((s) => /^\d{4,8}$/.test(s) || (!/^\d+$/.test(s) && s.length >= 8), {
    message: 'secret.weak',
  });

const staffId = z.number().int().positive();

/** Who is signed in on this tab or window, and when it locks itself. */
export interface SessionInfo {
  staff: StaffMember;
  /** Minutes without activity before the screen locks; 0 never. */
  autoLockMinutes: number;
}

export interface SignedIn extends SessionInfo {
  /** Opaque; sent with every call of this tab or window. */
  token: string;
  /** The interface language this staff member last chose, null when none yet. */
  language: Language | null;
  /**
   * A new key for this tab or window to keep and send with this person's next sign-ins: its
   * wrong PINs then count apart from everyone else's (issue 19). Null when it sent a good one.
   */
  device: string | null;
}

/** A name on the sign-in screen's list (names only: no role, no state). */
export interface SignInName {
  id: number;
  name: string;
}

export interface StaffListEntry extends StaffMember {
  active: boolean;
  hasSecret: boolean;
  /** Set while the account is locked after failed attempts (ISO instant); null once run out. */
  lockedUntil: string | null;
}

export interface LockSettings {
  autoLockMinutes: number;
}

export const AUTO_LOCK_DEFAULT_MINUTES = 10;

const staffRole = z.enum(STAFF_ROLES);
const staffName = text(100)
  .min(1, { message: 'required' })
  .refine((n) => !isSystemActorName(n), { message: 'staff.name_reserved' });

export const authMethods = {
  /** Sign in by name and PIN or password; a job, so a failed attempt still counts and is audited. */
  'auth.signIn': job<SignedIn>()(
    z
      .object({
        staffId,
        secret: z.string().min(1, { message: 'required' }).max(200),
        /** The key an earlier good sign-in as this person gave this tab or window. */
        device: z.string().max(100).optional(),
      })
      .strict(),
    'public',
  ),
  /** End this tab's or window's session. */
  'auth.signOut': write<{ signedOut: true }>()(emptyInput, STAFF),
  /** Who is signed in with this session, or null. */
  'auth.session': read<SessionInfo | null>()(emptyInput, 'public'),
  /** The names on the sign-in screen: active staff who have a PIN or password. */
  'auth.staffList': read<SignInName[]>()(emptyInput, 'public'),
  /**
   * Change one's own PIN or password, proving the current one. A job, like sign-in: a wrong
   * current one is counted and audited (and locks) outside any rolled-back write.
   */
  'auth.changeSecret': job<{ changed: true }>()(
    z.object({ current: z.string().max(200), secret: secretSchema }).strict(),
    STAFF,
  ),
  /** Minutes of inactivity before a screen locks itself (and the session ends on the server). */
  'auth.lockSettings': read<LockSettings>()(emptyInput, STAFF),
  /** Change the auto-lock minutes (0 = never). */
  'auth.saveLockSettings': write<LockSettings>()(
    z.object({ autoLockMinutes: z.number().int().min(0).max(240) }).strict(),
    OWNERS,
  ),
  /** Every staff member, with role, state and whether they can sign in. */
  'staff.list': read<StaffListEntry[]>()(emptyInput, OWNERS),
  /** Add a staff member with a role and an initial PIN or password. */
  'staff.create': write<StaffListEntry>()(
    z.object({ name: staffName, role: staffRole, secret: secretSchema }).strict(),
    OWNERS,
  ),
  /** Rename a staff member or change their role. */
  'staff.update': write<StaffListEntry>()(
    z.object({ staffId, name: staffName, role: staffRole }).strict(),
    OWNERS,
  ),
  /** Deactivate a staff member: they can no longer sign in; their history stays theirs. */
  'staff.deactivate': write<StaffListEntry>()(z.object({ staffId }).strict(), OWNERS),
  /** Set a new PIN or password for someone who forgot theirs (also lifts a lockout). */
  'staff.resetSecret': write<StaffListEntry>()(
    z.object({ staffId, secret: secretSchema }).strict(),
    OWNERS,
  ),
};
