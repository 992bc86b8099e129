import type { Migration } from './index';

/**
 * Staff sign-in (issue 11): a PIN or password hash, the failed-attempt count and lockout (kept
 * in the file so a restart does not reset them), and the system actor the command line and other
 * in-process tools act as: it is an owner so it may do anything, but `system = 1` keeps it off
 * every list and it has no secret, so nobody can sign in as it.
 *
 * The role CHECK of 0001 still admits 'manager', which the product never had and no Tirkeu ever
 * wrote; any such row becomes an owner here, the nearest role (a manager ran the hotel), so the
 * role rules have exactly three roles to decide between.
 */
export const m0006StaffSignIn: Migration = {
  version: 6,
  name: '0006-staff-sign-in',
  up(db) {
    db.exec(`
      ALTER TABLE staff ADD COLUMN secret_hash TEXT;
      ALTER TABLE staff ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE staff ADD COLUMN locked_until TEXT;
      ALTER TABLE staff ADD COLUMN system INTEGER NOT NULL DEFAULT 0 CHECK (system IN (0, 1));
      UPDATE staff SET role = 'owner' WHERE role = 'manager';
      INSERT INTO staff (name, role, system, created_at)
        VALUES ('Tirkeu command line', 'owner', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      -- A system actor can never hold a secret, so it can never be signed in as.
      CREATE TRIGGER staff_system_no_secret BEFORE UPDATE OF secret_hash ON staff
        WHEN NEW.system = 1 AND NEW.secret_hash IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'system actor cannot sign in'); END;
    `);
  },
};
