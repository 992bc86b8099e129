import { createAuditAppender } from '../audit/append';
import type { Migration } from './index';

interface OldRow {
  at: string;
  staff_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: string;
}

/**
 * The audit log becomes a hash chain (issue 11): every existing row, in id order, is re-written
 * into the chained table with its personal data moved beside it. The table keeps its name and
 * its old columns, so readers of `at`, `action`, `entity`, `details` keep working; `details` now
 * holds the non-personal part only.
 */
export const m0005AuditChain: Migration = {
  version: 5,
  name: '0005-audit-chain',
  up(db) {
    db.exec(`
      DROP INDEX audit_by_entity;
      ALTER TABLE audit_log RENAME TO audit_log_v1;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff (id),
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        -- not a foreign key: a guest's record may be erased, the trail stays
        guest_id INTEGER,
        details TEXT NOT NULL DEFAULT '{}',
        personal_sha256 TEXT,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);
      CREATE INDEX audit_by_guest ON audit_log (guest_id) WHERE guest_id IS NOT NULL;
      CREATE INDEX audit_by_staff ON audit_log (staff_id, at);
      CREATE INDEX audit_by_at ON audit_log (at);

      CREATE TABLE audit_personal (
        audit_id INTEGER PRIMARY KEY REFERENCES audit_log (id),
        guest_id INTEGER,
        salt TEXT,
        data TEXT,
        erased_at TEXT
      );
      CREATE INDEX audit_personal_by_guest ON audit_personal (guest_id);
    `);
    const append = createAuditAppender(db);
    const old = db
      .prepare(
        'SELECT at, staff_id, action, entity, entity_id, details FROM audit_log_v1 ORDER BY id',
      )
      .all() as OldRow[];
    for (const r of old) {
      let details: Record<string, unknown>;
      try {
        const parsed = JSON.parse(r.details) as unknown;
        details =
          typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? (parsed as Record<string, unknown>)
            : { value: parsed };
      } catch {
        details = { text: r.details };
      }
      append({
        at: r.at,
        staffId: r.staff_id,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        details,
      });
    }
    db.exec(`
      DROP TABLE audit_log_v1;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_personal_erase_only BEFORE UPDATE ON audit_personal
      WHEN NEW.audit_id IS NOT OLD.audit_id OR NEW.guest_id IS NOT OLD.guest_id
        OR NEW.data IS NOT NULL OR NEW.salt IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'audit_personal: personal data may only be erased'); END;
      CREATE TRIGGER audit_personal_no_delete BEFORE DELETE ON audit_personal
      BEGIN SELECT RAISE(ABORT, 'audit_personal: rows stay, erased'); END;
    `);
  },
};
