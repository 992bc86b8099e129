import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrations';
import { createGuestRepo } from '../../../electron/core/db/repos/guest-repo';

const person = (givenNames: string) => ({
  surname: 'Akhmetova',
  givenNames,
  patronymic: '',
  citizenship: 'UZB',
  birthDate: '2001-05-05',
  sex: 'F' as const,
  phone: '',
  email: '',
});

describe('a returning guest by surname and birth date', () => {
  it('lists the most recently seen first, at most twenty, whatever the order of the records', () => {
    const db = new Database(':memory:');
    migrate(db, null);
    const guests = createGuestRepo(db);
    const ids: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      ids.push(
        guests.insert(person(`TWIN${i}`), `2026-01-${String(25 - i).padStart(2, '0')}T09:00:00Z`)
          .id,
      );
    }
    // The oldest record was seen last: it comes first.
    guests.update(ids[0]!, person('TWIN0'), '2026-02-01T09:00:00Z');
    const found = guests.byNameAndBirth('AKHMETOVA', '2001-05-05').map((g) => g.person.givenNames);
    expect(found).toEqual(['TWIN0', ...Array.from({ length: 19 }, (_, i) => `TWIN${i + 1}`)]);
    expect(guests.byNameAndBirth('AKHMETOVA', '2001-05-06')).toEqual([]);
  });
});
