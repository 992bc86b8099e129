import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../electron/core/db/migrations';

describe('migration 0016 (paper as a channel, failed portal attempts)', () => {
  it('keeps every filing, proof and checklist while widening the channels to paper', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 16),
    );
    db.exec(`
      INSERT INTO guests (id, surname, citizenship, created_at, updated_at) VALUES (1, 'A', 'DEU', 'x', 'x');
      INSERT INTO stays (id, guest_id, group_id, room, check_in_at, check_in_date, status, created_at, updated_at)
        VALUES (1, 1, 'g', '1', 'x', '2026-03-20', 'in_house', 'x', 'x');
      INSERT INTO stay_events (id, stay_id, kind, at, event_date) VALUES (1, 1, 'check_in', 'x', '2026-03-20');
      INSERT INTO notifications (id, stay_id, event_id, kind, event_date, due_date, rule, state, created_at, updated_at)
        VALUES (1, 1, 1, 'host_notice', '2026-03-20', '2026-03-27', 'r', 'filed', 'x', 'x'),
               (2, 1, 1, 'host_notice', '2026-03-20', '2026-03-27', 'r', 'pending', 'x', 'x');
      INSERT INTO filings (id, notification_id, portal, filed_at, filed_by, reference, created_at, outcome, late_working_days)
        VALUES (7, 1, 'vmp', '2026-03-21T05:00:00.000Z', 1, 'VMP-1', 'x', 'filed', 0);
      INSERT INTO proofs (id, filing_id, name, sha256, size, bytes, matched, attached_at, attached_by)
        VALUES (3, 7, 'notice-1.pdf', 'ab', 4, x'25504446', 1, 'x', 1);
      INSERT INTO filing_progress (notification_id, portal, done, updated_at, updated_by)
        VALUES (2, 'eqonaq', '["sign_in"]', 'x', 1);
    `);
    const before = {
      filings: db.prepare('SELECT * FROM filings').all(),
      progress: db.prepare('SELECT * FROM filing_progress').all(),
    };

    migrate(db, null);

    expect(db.prepare('SELECT * FROM filings').all()).toEqual(before.filings);
    expect(db.prepare('SELECT * FROM filing_progress').all()).toEqual(before.progress);
    expect(
      db.prepare('SELECT id, filing_id, name, hex(bytes) AS bytes, type FROM proofs').all(),
    ).toEqual([
      { id: 3, filing_id: 7, name: 'notice-1.pdf', bytes: '25504446', type: 'application/pdf' },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Paper now passes the channel's check; anything else still does not.
    db.exec(`INSERT INTO filings (notification_id, portal, filed_at, created_at)
      VALUES (2, 'paper', '2026-03-22T05:00:00.000Z', 'x')`);
    db.exec(`INSERT INTO filing_progress (notification_id, portal, updated_at)
      VALUES (2, 'paper', 'x')`);
    expect(() =>
      db.exec(`INSERT INTO filings (notification_id, portal, filed_at, created_at)
        VALUES (2, 'fax', 'x', 'x')`),
    ).toThrow(/CHECK/);
    // The proofs still point at the filings: one for a filing that does not exist is refused.
    expect(() =>
      db.exec(`INSERT INTO proofs (filing_id, name, sha256, size, bytes, matched, attached_at)
        VALUES (999, 'n', 's', 1, x'00', 0, 'x')`),
    ).toThrow(/FOREIGN KEY/);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM filings WHERE notification_id = 1')
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('filings_by_notification');
    db.close();
  });
});
