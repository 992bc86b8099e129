import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import { BY_NAME_AND_BIRTH, createGuestRepo } from '../../../electron/core/db/repos/guest-repo';

const person = (surname: string, birthDate: string) => ({
  surname,
  givenNames: 'ANNA',
  patronymic: '',
  citizenship: 'DEU',
  birthDate,
  sex: 'F' as const,
  phone: '',
  email: '',
});

describe('migration 0008: a returning guest found by surname and birth date together', () => {
  it('reads only the matches, not every guest born that day, and keeps the guests found before', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 8),
    );
    const before = createGuestRepo(db);
    for (let i = 0; i < 50; i += 1)
      before.insert(person(`GUEST${i}`, '1985-04-12'), '2026-01-01T00:00:00Z');
    const ivanova = before.insert(person('Ivanova', '1985-04-12'), '2026-01-02T00:00:00Z').id;

    migrate(db, null, MIGRATIONS);

    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${BY_NAME_AND_BIRTH}`).all('IVANOVA', '1985-04-12') as Array<{
        detail: string;
      }>
    )
      .map((p) => p.detail)
      .join('\n');
    expect(plan).toContain('guests_by_birth_name (birth_date=? AND surname=?)');
    const guests = createGuestRepo(db);
    // The surname is compared without case, as the desk types it.
    expect(guests.byNameAndBirth('IVANOVA', '1985-04-12').map((g) => g.id)).toEqual([ivanova]);
    expect(guests.byNameAndBirth('Ivanova', '1985-04-13')).toEqual([]);
  });
});
