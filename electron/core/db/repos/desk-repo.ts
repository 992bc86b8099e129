import type { Db } from '../connection';
import type { OpenCode } from '../../desks/pairing-code';

export interface DeskRow {
  id: number;
  name: string;
  address: string;
  pairedAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

const DESK_COLUMNS = `id, name, address, paired_at AS pairedAt, last_seen_at AS lastSeenAt,
  revoked_at AS revokedAt`;

/** The desks paired with this host and their one-time codes (migration 0019). */
export function createDeskRepo(db: Db) {
  const list = db.prepare(
    `SELECT ${DESK_COLUMNS} FROM desks ORDER BY revoked_at IS NOT NULL, name, id`,
  );
  const get = db.prepare(`SELECT ${DESK_COLUMNS} FROM desks WHERE id = ?`);
  const byToken = db.prepare(`SELECT ${DESK_COLUMNS} FROM desks WHERE token_hash = ?`);
  const insert = db.prepare(
    'INSERT INTO desks (name, address, token_hash, paired_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
  );
  const seen = db.prepare('UPDATE desks SET last_seen_at = ?, address = ? WHERE id = ?');
  const revoke = db.prepare(
    'UPDATE desks SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
  );
  const insertCode = db.prepare(
    `INSERT INTO desk_pairing_codes (desk_name, code_hash, expires_at, created_at, created_by)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const openCodes = db.prepare(
    `SELECT id, desk_name AS deskName, code_hash AS codeHash, expires_at AS expiresAt,
       used_at AS usedAt, failed FROM desk_pairing_codes
     WHERE used_at IS NULL AND expires_at > ?`,
  );
  const useCode = db.prepare(
    'UPDATE desk_pairing_codes SET used_at = ?, desk_id = ? WHERE id = ? AND used_at IS NULL',
  );
  const failOpen = db.prepare(
    'UPDATE desk_pairing_codes SET failed = failed + 1 WHERE used_at IS NULL AND expires_at > ?',
  );
  return {
    list: (): DeskRow[] => list.all() as DeskRow[],
    get: (id: number): DeskRow | null => (get.get(id) as DeskRow | undefined) ?? null,
    /** The desk a token's digest names, revoked or not (the caller tells them apart). */
    byTokenHash: (hash: string): DeskRow | null =>
      (byToken.get(hash) as DeskRow | undefined) ?? null,
    insert: (name: string, address: string, tokenHash: string, at: string): number =>
      Number(insert.run(name, address, tokenHash, at, at).lastInsertRowid),
    seen: (id: number, at: string, address: string): void => void seen.run(at, address, id),
    /** True when this call revoked it (false: unknown, or revoked before). */
    revoke: (id: number, at: string, by: number): boolean => revoke.run(at, by, id).changes === 1,
    insertCode: (deskName: string, codeHash: string, expiresAt: string, at: string, by: number) =>
      Number(insertCode.run(deskName, codeHash, expiresAt, at, by).lastInsertRowid),
    openCodes: (now: string): Array<OpenCode & { deskName: string }> =>
      openCodes.all(now) as Array<OpenCode & { deskName: string }>,
    /** True when this call used it: a code redeemed twice at once is used once. */
    useCode: (id: number, at: string, deskId: number): boolean =>
      useCode.run(at, deskId, id).changes === 1,
    /** A wrong code counts against every code still open (pairing-code.ts). */
    failOpenCodes: (now: string): void => void failOpen.run(now),
  };
}
export type DeskRepo = ReturnType<typeof createDeskRepo>;
