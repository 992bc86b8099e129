import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import { createThrottleRepo } from '../../../electron/core/db/repos/throttle-repo';

describe('migration 0010: the sign-in lockout per client', () => {
  it('moves a staff member’s count and lock into the row every client shares', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 10),
    );
    const add = db.prepare(
      "INSERT INTO staff (name, role, created_at, failed_attempts, locked_until) VALUES (?, 'owner', '2026-01-01', ?, ?) RETURNING id",
    );
    const locked = (add.get('A', 0, '2026-03-23T06:05:00.000Z') as { id: number }).id;
    const counting = (add.get('B', 3, null) as { id: number }).id;
    const clean = (add.get('C', 0, null) as { id: number }).id;

    migrate(db, null, MIGRATIONS);

    const throttle = createThrottleRepo(db);
    expect(throttle.get(locked, '*')).toEqual({
      failed: 0,
      locks: 1,
      lockedUntil: '2026-03-23T06:05:00.000Z',
      trusted: false,
    });
    expect(throttle.get(counting, '*')).toMatchObject({ failed: 3, locks: 0, lockedUntil: null });
    expect(throttle.get(clean, '*')).toBeNull();
    expect(
      db
        .prepare(
          'SELECT count(*) AS n FROM staff WHERE failed_attempts > 0 OR locked_until IS NOT NULL',
        )
        .get(),
    ).toEqual({ n: 0 });
  });
});
