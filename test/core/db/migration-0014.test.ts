import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import { createGuestRepo } from '../../../electron/core/db/repos/guest-repo';

const person = (surname: string, citizenship: string) => ({
  surname,
  givenNames: 'ANNA',
  patronymic: '',
  citizenship,
  birthDate: '1985-04-12',
  sex: 'F' as const,
  phone: '',
  email: '',
});

const NAME_AND_CITIZENSHIP = `SELECT id FROM guests
  WHERE surname LIKE ? ESCAPE '\\' AND citizenship = ? ORDER BY id`;

describe('migration 0014: a name found among the guests of one citizenship', () => {
  it('reads the guests that match both, and keeps the guests and the list of citizenships', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      null,
      MIGRATIONS.filter((m) => m.version < 14),
    );
    const before = createGuestRepo(db);
    for (let i = 0; i < 30; i += 1)
      before.insert(person(`GUEST${i}`, i % 3 ? 'KAZ' : 'FRA'), '2026-01-01T00:00:00Z');
    const plan = () =>
      (
        db.prepare(`EXPLAIN QUERY PLAN ${NAME_AND_CITIZENSHIP}`).all('GUEST1%', 'FRA') as Array<{
          detail: string;
        }>
      )
        .map((p) => p.detail)
        .join('\n');
    // Before: every guest of the citizenship, or of the name, read and tested.
    expect(plan()).not.toContain('citizenship=? AND surname>?');

    migrate(db, null, MIGRATIONS);

    expect(plan()).toContain(
      'guests_by_citizenship_surname (citizenship=? AND surname>? AND surname<?)',
    );
    const indexes = (
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'guests'`)
        .all() as Array<{
        name: string;
      }>
    ).map((r) => r.name);
    expect(indexes).not.toContain('guests_by_citizenship');
    expect(indexes).toEqual(
      expect.arrayContaining([
        'guests_by_citizenship_surname',
        'guests_by_citizenship_given_names',
        'guests_by_citizenship_patronymic',
      ]),
    );
    // Compared without case, as the desk types names.
    const found = db.prepare(NAME_AND_CITIZENSHIP).pluck().all('guest1%', 'FRA');
    // GUEST12, GUEST15 and GUEST18 are French; GUEST1 and the other GUEST1… are not.
    expect(found).toHaveLength(3);
    expect(
      db.prepare('SELECT DISTINCT citizenship FROM guests ORDER BY citizenship').pluck().all(),
    ).toEqual(['FRA', 'KAZ']);
  });
});
