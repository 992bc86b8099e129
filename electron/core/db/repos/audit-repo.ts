import type { AuditEntry } from '../../../../shared/contract';
import type { Db } from '../connection';

interface AuditRow {
  id: number;
  at: string;
  staff_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: string;
}

export function createAuditRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, staff_id, action, entity, entity_id, details)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const latest = db.prepare(
    `SELECT a.id, a.at, s.name AS staff_name, a.action, a.entity, a.entity_id, a.details
     FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
     ORDER BY a.id DESC LIMIT ?`,
  );
  const forEntity = db.prepare(
    `SELECT a.id, a.at, s.name AS staff_name, a.action, a.entity, a.entity_id, a.details
     FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
     WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id`,
  );
  const toEntry = (r: AuditRow): AuditEntry => ({
    id: r.id,
    at: r.at,
    staffName: r.staff_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
  });
  return {
    record(
      at: string,
      staffId: number | null,
      action: string,
      entity: string,
      entityId: string | number | null,
      details: Record<string, unknown>,
    ): void {
      insert.run(
        at,
        staffId,
        action,
        entity,
        entityId === null ? null : String(entityId),
        JSON.stringify(details),
      );
    },
    latest: (limit: number): AuditEntry[] => (latest.all(limit) as AuditRow[]).map(toEntry),
    forEntity: (entity: string, id: string | number): AuditEntry[] =>
      (forEntity.all(entity, String(id)) as AuditRow[]).map(toEntry),
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
