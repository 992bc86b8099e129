import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import { m0001InitialSchema } from '../../../electron/core/db/migrations/0001-initial-schema';
import { createAuditRepo } from '../../../electron/core/db/repos/audit-repo';

describe('migration 0005: the audit log becomes a chain', () => {
  it('re-writes every existing row into a chain that verifies, personal data beside it', () => {
    const db = new Database(':memory:');
    migrate(db, null, [m0001InitialSchema]);
    db.prepare(
      "INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Owner', 'owner', '2026-01-01T00:00:00Z')",
    ).run();
    const before = [
      ['staff.create', 'staff', '1', { role: 'owner', reason: 'first start' }],
      ['stay.check_in', 'stay', '7', { guestId: 3, room: '204', rate: 1.5 }],
      [
        'stay.edit',
        'stay',
        '7',
        {
          guestId: 3,
          before: { person: { surname: 'IVANOV' } },
          after: { person: { surname: 'PETROV' } },
        },
      ],
      ['hotel.save', 'hotel', '1', { after: { name: 'Alatau' } }],
    ] as const;
    const insert = db.prepare(
      'INSERT INTO audit_log (at, staff_id, action, entity, entity_id, details) VALUES (?, 1, ?, ?, ?, ?)',
    );
    before.forEach(([action, entity, id, details], i) =>
      insert.run(`2026-03-0${i + 1}T10:00:00.000Z`, action, entity, id, JSON.stringify(details)),
    );

    migrate(db, null, MIGRATIONS);

    const repo = createAuditRepo(db);
    expect(repo.verify()).toMatchObject({ ok: true, rows: 4, firstBadRow: null });
    const after = repo.latest(10).reverse();
    expect(after.map((e) => [e.action, e.entity, e.entityId, e.staffId, e.at])).toEqual(
      before.map(([action, entity, id], i) => [
        action,
        entity,
        id,
        1,
        `2026-03-0${i + 1}T10:00:00.000Z`,
      ]),
    );
    // A float has no canonical form: it is kept as its decimal text.
    expect(after[1]!.details).toEqual({ guestId: 3, room: '204', rate: '1.5' });
    expect(after[2]!.details).toEqual(before[2][3]);
    expect(after[2]!.guestId).toBe(3);
    const chained = db
      .prepare('SELECT details FROM audit_log WHERE id = 3')
      .pluck()
      .get() as string;
    expect(chained).toBe('{"after":{},"before":{},"guestId":3}');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});
