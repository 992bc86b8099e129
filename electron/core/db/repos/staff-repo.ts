import type { Language, StaffListEntry, StaffMember, StaffRole } from '../../../../shared/contract';
import type { Db } from '../connection';

interface StaffRow {
  id: number;
  name: string;
  role: StaffRole;
  language: Language | null;
  active: number;
  secret_hash: string | null;
  failed_attempts: number;
  locked_until: string | null;
}

/** What sign-in needs of an account, the hash included: never leaves the core. */
export interface SignInRecord {
  member: StaffMember;
  active: boolean;
  system: boolean;
  secretHash: string | null;
  failedAttempts: number;
  lockedUntil: string | null;
}

const COLUMNS =
  'id, name, role, language, active, system, secret_hash, failed_attempts, locked_until';

export function createStaffRepo(db: Db) {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM staff WHERE id = ?`);
  const firstOwner = db.prepare(
    `SELECT ${COLUMNS} FROM staff WHERE role = 'owner' AND active = 1 AND system = 0 ORDER BY id LIMIT 1`,
  );
  const systemActor = db.prepare(
    `SELECT ${COLUMNS} FROM staff WHERE system = 1 ORDER BY id LIMIT 1`,
  );
  const ownersWithSecret = db.prepare(
    "SELECT count(*) AS n FROM staff WHERE role = 'owner' AND active = 1 AND system = 0 AND secret_hash IS NOT NULL",
  );
  const activeOwners = db.prepare(
    "SELECT count(*) AS n FROM staff WHERE role = 'owner' AND active = 1 AND system = 0",
  );
  const all = db.prepare(
    `SELECT ${COLUMNS} FROM staff WHERE system = 0 ORDER BY active DESC, name, id`,
  );
  const signInNames = db.prepare(
    'SELECT id, name FROM staff WHERE active = 1 AND system = 0 AND secret_hash IS NOT NULL ORDER BY name, id',
  );
  const byName = db.prepare(
    'SELECT id, name, role FROM staff WHERE system = 0 AND name = ? COLLATE NOCASE ORDER BY id',
  );
  const insert = db.prepare(
    'INSERT INTO staff (name, role, secret_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const setLanguage = db.prepare('UPDATE staff SET language = ? WHERE id = ?');
  const rename = db.prepare('UPDATE staff SET name = ? WHERE id = ? AND system = 0');
  const update = db.prepare('UPDATE staff SET name = ?, role = ? WHERE id = ? AND system = 0');
  const deactivate = db.prepare('UPDATE staff SET active = 0 WHERE id = ? AND system = 0');
  const setSecret = db.prepare(
    'UPDATE staff SET secret_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ? AND system = 0',
  );
  const setAttempts = db.prepare(
    'UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?',
  );
  const toMember = (r: StaffRow): StaffMember => ({ id: r.id, name: r.name, role: r.role });
  const toEntry = (r: StaffRow): StaffListEntry => ({
    ...toMember(r),
    active: r.active === 1,
    hasSecret: r.secret_hash !== null,
    lockedUntil: r.locked_until,
  });
  const row = (id: number) => byId.get(id) as (StaffRow & { system: number }) | undefined;
  return {
    get: (id: number): StaffMember | null => {
      const r = row(id);
      return r ? toMember(r) : null;
    },
    /** An active member as a session resolves it (a deactivated one loses access at once). */
    getActive: (id: number): StaffMember | null => {
      const r = row(id);
      return r && r.active === 1 ? toMember(r) : null;
    },
    entry: (id: number): StaffListEntry | null => {
      const r = row(id);
      return r && r.system === 0 ? toEntry(r) : null;
    },
    signInRecord: (id: number): SignInRecord | null => {
      const r = row(id);
      if (!r) return null;
      return {
        member: toMember(r),
        active: r.active === 1,
        system: r.system === 1,
        secretHash: r.secret_hash,
        failedAttempts: r.failed_attempts,
        lockedUntil: r.locked_until,
      };
    },
    language: (id: number): Language | null => row(id)?.language ?? null,
    firstOwner: (): StaffMember | null => {
      const r = firstOwner.get() as StaffRow | undefined;
      return r ? toMember(r) : null;
    },
    systemActor: (): StaffMember | null => {
      const r = systemActor.get() as StaffRow | undefined;
      return r ? toMember(r) : null;
    },
    ownerHasSecret: (): boolean => (ownersWithSecret.get() as { n: number }).n > 0,
    activeOwnerCount: (): number => (activeOwners.get() as { n: number }).n,
    list: (): StaffListEntry[] => (all.all() as StaffRow[]).map(toEntry),
    /** Staff (not the system actor) by name, case aside: the command line names people. */
    byName: (name: string): StaffMember[] => byName.all(name) as StaffMember[],
    signInNames: () => signInNames.all() as Array<{ id: number; name: string }>,
    insert: (name: string, role: StaffRole, at: string, secretHash: string | null = null): number =>
      (insert.get(name, role, secretHash, at) as { id: number }).id,
    setLanguage: (id: number, language: Language): void => {
      setLanguage.run(language, id);
    },
    rename: (id: number, name: string): void => {
      rename.run(name, id);
    },
    update: (id: number, name: string, role: StaffRole): void => {
      update.run(name, role, id);
    },
    deactivate: (id: number): void => {
      deactivate.run(id);
    },
    /** A new secret also clears the failed attempts and any lockout. */
    setSecret: (id: number, hash: string): void => {
      setSecret.run(hash, id);
    },
    setAttempts: (id: number, failed: number, lockedUntil: string | null): void => {
      setAttempts.run(failed, lockedUntil, id);
    },
  };
}
export type StaffRepo = ReturnType<typeof createStaffRepo>;
