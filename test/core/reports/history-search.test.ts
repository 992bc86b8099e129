import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { createHistoryRepo, historySql } from '../../../electron/core/db/repos/history-repo';
import type { tempDir } from '../../helpers/core';
import { demoCore } from './demo-fixture';

interface Search {
  query: string;
  citizenship?: string;
  from?: string;
  to?: string;
  staffId?: number;
}

const TODAY = '2026-03-26';

describe('guest history search by name, document or room', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  let childRoom: string;
  beforeAll(async () => {
    ({ core, tmp } = await demoCore());
    // A document whose number starts with the room of a child on a parent's document (a stay
    // with no document of its own), so a room search must not lose that child's stay.
    const child = core.db
      .prepare('SELECT room, guest_id AS guestId FROM stays WHERE document_id IS NULL LIMIT 1')
      .get() as { room: string; guestId: number };
    core.db
      .prepare(
        `INSERT INTO documents (guest_id, type_code, number, issuing_state, created_at)
         VALUES (?, 'P', ?, 'UTO', '2026-03-01T00:00:00Z')`,
      )
      .run(child.guestId, `${child.room}77`);
    childRoom = child.room;
  }, 120_000);
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  // Every matching stay, newest first, by the plainest statement: each stay's own guest,
  // document and room tested against the words, no index in mind.
  const expected = (s: Search) => {
    const [first = '', ...rest] = s.query.split(/\s+/).filter(Boolean);
    const later = rest
      .map(
        (_, i) => `AND (' ' || g.surname || ' ' || g.given_names || ' ' || g.patronymic || ' ' ||
          IFNULL(d.number, '') || ' ' || s.room) LIKE @t${i}`,
      )
      .join(' ');
    const rows = core.db
      .prepare(
        `SELECT s.id FROM stays s JOIN guests g ON g.id = s.guest_id
         LEFT JOIN documents d ON d.id = s.document_id
         WHERE (g.surname LIKE @p OR g.given_names LIKE @p OR g.patronymic LIKE @p
           OR substr(d.number, 1, length(@upper)) = @upper OR s.room = @word COLLATE NOCASE)
           ${later}
           AND (@cit = '' OR g.citizenship = @cit) AND (@to IS NULL OR s.check_in_date <= @to)
           AND (@from IS NULL OR COALESCE(date(s.checked_out_at, '+5 hours'), '9999-12-31') >= @from)
           AND (@staff IS NULL OR s.consent_by = @staff)
         ORDER BY s.check_in_date DESC, s.id DESC`,
      )
      .all({
        p: `${first}%`,
        upper: first.toUpperCase(),
        word: first,
        cit: s.citizenship ?? '',
        to: s.to ?? null,
        from: s.from ?? null,
        staff: s.staffId ?? null,
        ...Object.fromEntries(rest.map((t, i) => [`t${i}`, `% ${t}%`])),
      }) as Array<{ id: number }>;
    return rows.map((r) => r.id);
  };

  const searches = (): Search[] => {
    const rare = core.db
      .prepare(
        `SELECT g.surname, g.given_names AS given, d.number, s.room, s.consent_by AS staff
         FROM stays s JOIN guests g ON g.id = s.guest_id JOIN documents d ON d.id = s.document_id
         ORDER BY s.id LIMIT 1`,
      )
      .get() as { surname: string; given: string; number: string; room: string; staff: number };
    return [
      { query: 'N' }, // documents and given names both
      { query: 'k' }, // documents and surnames, typed in lower case
      { query: rare.number.slice(0, 4) },
      { query: rare.number.slice(0, 4).toLowerCase(), to: '2026-03-01' },
      { query: rare.number },
      { query: rare.room },
      { query: rare.room, from: '2026-02-10', to: '2026-03-10' },
      { query: rare.room, staffId: rare.staff },
      { query: rare.surname },
      { query: `${rare.surname} ${rare.given.slice(0, 2)}` },
      { query: 'a' },
      { query: 'a', citizenship: 'KAZ' },
      { query: 'N', citizenship: 'RUS' },
      { query: 'S r' },
      { query: 'zzqx' },
      { query: '103' },
      { query: childRoom },
      { query: '1' },
    ];
  };

  it('finds the same stays, in the same order and count, whatever the cap and window', () => {
    let checked = 0;
    for (const window of [2, 30, 5000]) {
      const repo = createHistoryRepo(core.db, window);
      for (const s of searches()) {
        const all = expected(s);
        for (const cap of [3, 40, 10_000]) {
          for (const [offset, limit] of [
            [0, 5],
            [0, 100],
            [7, 10],
          ] as const) {
            const page = repo.page(
              {
                query: s.query,
                from: s.from ?? null,
                to: s.to ?? null,
                citizenship: s.citizenship ?? '',
                notice: 'any',
                staffId: s.staffId ?? null,
                offset,
                limit,
                today: TODAY,
              },
              cap,
            );
            const label = JSON.stringify({ ...s, window, cap, offset, limit });
            expect(
              page.rows.map((r) => r.stayId),
              label,
            ).toEqual(all.slice(offset, offset + limit));
            expect({ total: page.total, capped: page.capped }, label).toEqual({
              total: Math.min(all.length, cap),
              capped: all.length > cap,
            });
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('finds some stays by each way of matching, so the comparison above means something', () => {
    const n = (query: string) => expected({ query }).length;
    expect(n('N')).toBeGreaterThan(40);
    expect(n('103')).toBeGreaterThan(10);
    expect(n('zzqx')).toBe(0);
    const children = core.db
      .prepare('SELECT count(*) AS n FROM stays WHERE room = ? AND document_id IS NULL')
      .get(childRoom) as { n: number };
    expect(children.n).toBeGreaterThan(0);
  });

  it('counts a document prefix, a room and a rare name from indexes, never a stay’s row', () => {
    const planOf = (query: string) => {
      const sql = historySql({
        query,
        from: null,
        to: null,
        citizenship: '',
        notice: 'any',
        staffId: null,
        offset: 0,
        limit: 100,
        today: TODAY,
      });
      return sql.counts
        .concat(sql.sorted ? [sql.sorted([true, true, true, true, true])] : [])
        .map((c) =>
          (
            core.db.prepare(`EXPLAIN QUERY PLAN ${c}`).all({
              ...sql.params,
              cap: 10,
              limit: 100,
              offset: 0,
            }) as Array<{ detail: string }>
          )
            .map((p) => p.detail)
            .join('\n'),
        );
    };
    const [surname, given, patronymic, documents, rooms, sorted] = planOf('N');
    for (const part of [surname, given, patronymic, documents, rooms]) {
      expect(part).not.toMatch(/^(SEARCH|SCAN) (s|g|d) USING (INDEX|INTEGER PRIMARY KEY)/m);
      expect(part).not.toMatch(/^SCAN (s|g|d|stays|guests)\b/m);
    }
    expect(documents).toContain('COVERING INDEX stays_by_document_guest');
    expect(rooms).toContain('COVERING INDEX stays_by_room_arrival');
    // The page reads the stays it shows: the sort itself reads indexes only.
    expect(sorted).not.toMatch(/^SEARCH s USING INDEX/m);
  });
});
