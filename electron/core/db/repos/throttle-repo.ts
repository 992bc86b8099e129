import type { Db } from '../connection';

/** The shared row: every client that holds no key of this staff member. */
export const ANY_CLIENT = '*';

export interface ThrottleRow {
  failed: number;
  locks: number;
  lockedUntil: string | null;
  trusted: boolean;
}

/** Sign-in attempts per staff member and client (migration 0010); see auth/throttle.ts. */
export function createThrottleRepo(db: Db) {
  const get = db.prepare(
    'SELECT failed, locks, locked_until, trusted_at FROM sign_in_throttle WHERE staff_id = ? AND client = ?',
  );
  const put = db.prepare(
    `INSERT INTO sign_in_throttle (staff_id, client, failed, locks, locked_until)
       VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (staff_id, client) DO UPDATE SET
       failed = excluded.failed, locks = excluded.locks, locked_until = excluded.locked_until`,
  );
  const trust = db.prepare(
    'INSERT INTO sign_in_throttle (staff_id, client, trusted_at) VALUES (?, ?, ?)',
  );
  const forget = db.prepare('DELETE FROM sign_in_throttle WHERE staff_id = ?');
  const unlock = db.prepare(
    'UPDATE sign_in_throttle SET failed = 0, locks = 0, locked_until = NULL WHERE staff_id = ?',
  );
  const sharedLocks = db.prepare(
    `SELECT staff_id AS staffId, locked_until AS lockedUntil FROM sign_in_throttle
     WHERE client = '*' AND locked_until IS NOT NULL`,
  );
  return {
    get: (staffId: number, client: string): ThrottleRow | null => {
      const r = get.get(staffId, client) as
        | { failed: number; locks: number; locked_until: string | null; trusted_at: string | null }
        | undefined;
      return r
        ? {
            failed: r.failed,
            locks: r.locks,
            lockedUntil: r.locked_until,
            trusted: r.trusted_at !== null,
          }
        : null;
    },
    put: (staffId: number, client: string, row: Omit<ThrottleRow, 'trusted'>): void => {
      put.run(staffId, client, row.failed, row.locks, row.lockedUntil);
    },
    /** A key handed to one tab or window at a good sign-in (stored as its digest). */
    trust: (staffId: number, client: string, at: string): void => {
      trust.run(staffId, client, at);
    },
    /** A new secret: counts, locks and every key handed out before are gone. */
    forget: (staffId: number): void => {
      forget.run(staffId);
    },
    /** The command line's `unlock`: counts and locks gone, keys kept. */
    unlock: (staffId: number): void => {
      unlock.run(staffId);
    },
    /** The shared row's lock of each staff member (Settings › Staff shows it). */
    sharedLocks: (): Map<number, string> =>
      new Map(
        (sharedLocks.all() as Array<{ staffId: number; lockedUntil: string }>).map((r) => [
          r.staffId,
          r.lockedUntil,
        ]),
      ),
  };
}
export type ThrottleRepo = ReturnType<typeof createThrottleRepo>;
