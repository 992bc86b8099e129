import type { AuditAction, AuditEntry, AuditQuery } from '../../../../shared/contract';
import type { Db } from '../connection';
import { createAuditAppender } from '../audit/append';
import { mergePersonal } from '../audit/personal';
import type { ChainHead } from '../audit/anchor';
import { GENESIS } from '../audit/canonical';
import {
  anchorsOf,
  verifyAuditChain,
  verifyAuditChainInSteps,
  type ChainReport,
} from '../audit/verify';

interface AuditRow {
  id: number;
  at: string;
  staff_id: number | null;
  staff_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  guest_id: number | null;
  guest_name: string | null;
  details: string;
  personal: string | null;
  erased_at: string | null;
}

const SELECT = `SELECT a.id, a.at, a.staff_id, s.name AS staff_name, a.action, a.entity,
       a.entity_id, a.guest_id, trim(g.surname || ' ' || g.given_names) AS guest_name,
       a.details, p.data AS personal, p.erased_at
  FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
  LEFT JOIN guests g ON g.id = a.guest_id
  LEFT JOIN audit_personal p ON p.audit_id = a.id`;

type Obj = Parameters<typeof mergePersonal>[0];

/**
 * The audit trail: a hash chain (see db/audit/). Writes go through `record`, whose signature the
 * dispatcher and every branch's handlers rely on; personal data is kept beside the chain.
 */
export function createAuditRepo(db: Db) {
  const append = createAuditAppender(db);
  const latest = db.prepare(`${SELECT} ORDER BY a.id DESC LIMIT ?`);
  const forEntity = db.prepare(`${SELECT} WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id`);
  // One statement for every filter: a null parameter switches its condition off.
  const browse = db.prepare(
    `${SELECT}
     WHERE (:guestId IS NULL OR a.guest_id = :guestId)
       AND (:staffId IS NULL OR a.staff_id = :staffId)
       AND (:from IS NULL OR a.at >= :from)
       AND (:to IS NULL OR a.at < :to)
       AND (:beforeId IS NULL OR a.id < :beforeId)
     ORDER BY a.id DESC LIMIT :limit`,
  );
  const erase = db.prepare(
    `UPDATE audit_personal SET data = NULL, salt = NULL, erased_at = ?
     WHERE guest_id = ? AND data IS NOT NULL`,
  );
  const count = db.prepare('SELECT count(*) FROM audit_log').pluck();
  const head = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  // The key and head file beside the database (none for an in-memory one).
  const anchors = () => (db.memory ? {} : anchorsOf(db.name));
  const staffNames = db.prepare(
    'SELECT DISTINCT s.id, s.name FROM staff s JOIN audit_log a ON a.staff_id = s.id ORDER BY s.name',
  );

  const toEntry = (r: AuditRow): AuditEntry => ({
    id: r.id,
    at: r.at,
    staffId: r.staff_id,
    staffName: r.staff_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    guestId: r.guest_id,
    guestName: r.guest_name,
    details: mergePersonal(
      JSON.parse(r.details) as Obj,
      r.personal === null ? null : (JSON.parse(r.personal) as Obj),
    ),
    personalErased: r.erased_at !== null,
  });
  return {
    record(
      at: string,
      staffId: number | null,
      action: AuditAction,
      entity: string,
      entityId: string | number | null,
      details: Record<string, unknown>,
    ): void {
      append({ at, staffId, action, entity, entityId, details });
    },
    latest: (limit: number): AuditEntry[] => (latest.all(limit) as AuditRow[]).map(toEntry),
    forEntity: (entity: string, id: string | number): AuditEntry[] =>
      (forEntity.all(entity, String(id)) as AuditRow[]).map(toEntry),
    /** Newest first, keyset-paged by id (`beforeId`), filtered by guest, staff and time range. */
    browse: (q: AuditQuery): AuditEntry[] =>
      (
        browse.all({
          guestId: q.guestId ?? null,
          staffId: q.staffId ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
          beforeId: q.beforeId ?? null,
          limit: q.limit,
        }) as AuditRow[]
      ).map(toEntry),
    /** The staff members who appear in the trail, for the screen's filter. */
    staff: () => staffNames.all() as Array<{ id: number; name: string }>,
    /**
     * Erases the personal data kept beside the chain for one guest (a lawful erasure request,
     * Law No. 94-V; domain.md §7). The chained rows keep their salted commitments, which reveal
     * nothing once the salt is gone, so the chain still verifies. Returns the rows erased.
     */
    erasePersonal: (guestId: number, at: string): number => erase.run(at, guestId).changes,
    count: (): number => count.get() as number,
    /** The chain's last row as it stands (id 0: empty), for the shift report to print. */
    head: (): ChainHead => (head.get() as ChainHead | undefined) ?? { id: 0, hash: GENESIS },
    /** The whole check: hashes, MACs, the head file, and the trail replayed against the tables. */
    verify: (): ChainReport => verifyAuditChain(db, { ...anchors(), replay: true }),
    /** The same check, each step waiting for `turn` (see verifyAuditChainInSteps). */
    verifyInSteps: (turn?: () => Promise<void>): Promise<ChainReport> =>
      verifyAuditChainInSteps(db, { turn, ...anchors(), replay: true }),
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
