import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import { createStaffRepo } from '../../../electron/core/db/repos/staff-repo';

describe('migration 0006: staff sign-in', () => {
  it('turns a legacy manager into an owner, adds a system actor nobody can sign in as, and keeps names', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 6),
    );
    db.exec(`
      INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Owner', 'owner', '2026-01-01T00:00:00Z');
      INSERT INTO staff (id, name, role, created_at) VALUES (2, 'Dana', 'manager', '2026-01-01T00:00:00Z');
    `);

    migrate(db, null, MIGRATIONS);

    const staff = createStaffRepo(db);
    expect(staff.get(2)).toEqual({ id: 2, name: 'Dana', role: 'owner' });
    const system = staff.systemActor()!;
    expect(system).toMatchObject({ name: 'Tirkeu command line', role: 'owner' });
    expect(staff.list().map((s) => s.name)).toEqual(['Dana', 'Owner']);
    // Nobody has a secret yet: the first start after the upgrade asks the owner for one.
    expect(staff.ownerHasSecret()).toBe(false);
    expect(() => staff.setSecret(system.id, 'scrypt$1$1$1$a$b')).not.toThrow();
    expect(staff.signInRecord(system.id)?.secretHash).toBeNull();
    expect(() =>
      db.prepare('UPDATE staff SET secret_hash = ? WHERE id = ?').run('x', system.id),
    ).toThrow(/system actor cannot sign in/);
    db.close();
  });
});
