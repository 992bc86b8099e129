import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../electron/core/db/migrations';

describe('migration 0003 (filing states and proofs)', () => {
  it('marks notices already filed as filed without proof, the rest as owed', () => {
    const db = new Database(':memory:');
    const v1 = MIGRATIONS.filter((m) => m.version === 1);
    migrate(db, null, v1);
    db.exec(`
      INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Owner', 'owner', 'x');
      INSERT INTO guests (id, surname, citizenship, created_at, updated_at) VALUES (1, 'A', 'DEU', 'x', 'x');
      INSERT INTO stays (id, guest_id, group_id, room, check_in_at, check_in_date, status, created_at, updated_at)
        VALUES (1, 1, 'g', '1', 'x', '2026-03-20', 'in_house', 'x', 'x');
      INSERT INTO stay_events (id, stay_id, kind, at, event_date) VALUES (1, 1, 'check_in', 'x', '2026-03-20');
      INSERT INTO notifications (stay_id, event_id, kind, event_date, due_date, rule, state, created_at, updated_at)
        VALUES (1, 1, 'host_notice', '2026-03-20', '2026-03-27', 'r', 'filed', 'x', 'x'),
               (1, 1, 'host_notice', '2026-03-20', '2026-03-27', 'r', 'pending', 'x', 'x');
    `);
    migrate(db, null);
    const states = db.prepare('SELECT state, filing_state FROM notifications ORDER BY id').all();
    expect(states).toEqual([
      { state: 'filed', filing_state: 'filed_no_proof' },
      { state: 'pending', filing_state: 'owed' },
    ]);
    // The board reads the partial index of unproven notices.
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM notifications
         WHERE state != 'cancelled' AND filing_state != 'proven' ORDER BY due_date, id`,
      )
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('notifications_unproven');
    db.close();
  });
});
