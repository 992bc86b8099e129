import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  GENESIS,
  canonicalJson,
  personalCommitment,
  rowHash,
  toCanonical,
  type Canonical,
} from './canonical';
import { chainKeyOf, rowMac } from './anchor';
import { recordHead } from './head';
import { splitPersonal } from './personal';

export interface AuditInput {
  at: string;
  staffId: number | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  details: Record<string, unknown>;
}

/**
 * Appends rows to the chain. Each append reads the chain's head inside the write lock (never a
 * cached head: the CLI or a second window may have appended since), so two processes cannot
 * fork the chain. Used by the audit repository and by migration 0005.
 */
export function createAuditAppender(db: Database.Database) {
  const head = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  // Migration 0005 appends before 0012 adds the MAC column: those rows are made without one.
  const keyed = (db.pragma('table_info(audit_log)') as Array<{ name: string }>).some(
    (c) => c.name === 'mac',
  );
  const insert = db.prepare(
    `INSERT INTO audit_log
       (id, at, staff_id, action, entity, entity_id, guest_id, details, personal_sha256, hash
        ${keyed ? ', mac' : ''})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?${keyed ? ', ?' : ''})`,
  );
  const key = keyed ? chainKeyOf(db) : null;
  const beside = db.prepare(
    'INSERT INTO audit_personal (audit_id, guest_id, salt, data) VALUES (?, ?, ?, ?)',
  );
  const guestOfStay = db.prepare('SELECT guest_id FROM stays WHERE id = ?').pluck();
  const guestOfNotice = db
    .prepare(
      'SELECT s.guest_id FROM notifications n JOIN stays s ON s.id = n.stay_id WHERE n.id = ?',
    )
    .pluck();

  const guestFor = (e: AuditInput, details: Record<string, Canonical>): number | null => {
    const named = details.guestId;
    if (typeof named === 'number') return named;
    const id = e.entityId === null ? NaN : Number(e.entityId);
    if (!Number.isSafeInteger(id)) return null;
    if (e.entity === 'guest') return id;
    if (e.entity === 'stay') return (guestOfStay.get(id) as number | undefined) ?? null;
    if (e.entity === 'notification') return (guestOfNotice.get(id) as number | undefined) ?? null;
    return null;
  };

  const appendNow = (e: AuditInput): number => {
    const last = head.get() as { id: number; hash: string } | undefined;
    const id = (last?.id ?? 0) + 1;
    const canonical = toCanonical(e.details);
    const details =
      typeof canonical === 'object' && canonical !== null && !Array.isArray(canonical)
        ? (canonical as Record<string, Canonical>)
        : {};
    const { open, personal } = splitPersonal(details);
    const guestId = guestFor(e, details);
    const entityId = e.entityId === null ? null : String(e.entityId);
    let commitment: string | null = null;
    let salt: string | null = null;
    let data: string | null = null;
    if (personal) {
      salt = randomBytes(16).toString('hex');
      data = canonicalJson(personal);
      commitment = personalCommitment(salt, data);
    }
    const row = {
      id,
      at: e.at,
      staffId: e.staffId,
      action: e.action,
      entity: e.entity,
      entityId,
      guestId,
      details: canonicalJson(open),
      personal: commitment,
    };
    const hash = rowHash(last?.hash ?? GENESIS, row);
    const macs = keyed ? [key ? rowMac(key, hash) : null] : [];
    insert.run(
      id,
      row.at,
      row.staffId,
      row.action,
      row.entity,
      entityId,
      guestId,
      row.details,
      commitment,
      hash,
      ...macs,
    );
    if (personal) beside.run(id, guestId, salt, data);
    return id;
  };

  return (e: AuditInput): number => {
    if (db.inTransaction) return appendNow(e);
    const id = db.transaction(appendNow).immediate(e);
    recordHead(db);
    return id;
  };
}
