import type { Migration } from './index';

/**
 * Issue 19: the sign-in lockout per client, escalating. One row per staff member and client:
 * `client = '*'` stands for every client that holds no key of that person (a new tab, a script
 * holding the web URL), any other value is the SHA-256 of a key handed to one tab or window at a
 * good sign-in. So a script that keeps locking the shared row cannot lock out the desk that
 * signed in before. `locks` counts the lockouts since the last good sign-in: each one lasts twice
 * as long as the one before. The staff table's own count and lock move into the shared row.
 */
export const m0010SignInThrottle: Migration = {
  version: 10,
  name: '0010-sign-in-throttle',
  up(db) {
    db.exec(`
      CREATE TABLE sign_in_throttle (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        client TEXT NOT NULL,
        failed INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
        locks INTEGER NOT NULL DEFAULT 0 CHECK (locks >= 0),
        locked_until TEXT,
        trusted_at TEXT,
        PRIMARY KEY (staff_id, client)
      );
      INSERT INTO sign_in_throttle (staff_id, client, failed, locks, locked_until)
        SELECT id, '*', failed_attempts, CASE WHEN locked_until IS NULL THEN 0 ELSE 1 END,
               locked_until
        FROM staff
        WHERE failed_attempts > 0 OR locked_until IS NOT NULL;
      UPDATE staff SET failed_attempts = 0, locked_until = NULL;
    `);
  },
};
