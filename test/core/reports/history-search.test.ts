import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import {
  ROOM_COUNT,
  ROOM_PAGE,
  createHistoryRepo,
  historySql,
} from '../../../electron/core/db/repos/history-repo';
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
  let namedRoom: string;
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
    // A room that is also the start of a guest's patronymic: a room search must find that
    // guest's stays too, whatever room they stayed in.
    const other = core.db
      .prepare('SELECT room FROM stays WHERE room != ? ORDER BY id DESC LIMIT 1')
      .get(childRoom) as { room: string };
    namedRoom = other.room;
    core.db
      .prepare(`UPDATE guests SET patronymic = ? WHERE id = (SELECT min(guest_id) FROM stays)`)
      .run(`${namedRoom}A`);
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
        `SELECT g.surname, g.given_names AS given, g.citizenship, d.number, s.room,
           s.consent_by AS staff
         FROM stays s JOIN guests g ON g.id = s.guest_id JOIN documents d ON d.id = s.document_id
         ORDER BY s.id LIMIT 1`,
      )
      .get() as {
      surname: string;
      given: string;
      citizenship: string;
      number: string;
      room: string;
      staff: number;
    };
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
      { query: namedRoom },
      // A word and a citizenship: by name, by document, by room, none, and a citizenship no
      // guest of that name holds.
      { query: rare.surname, citizenship: rare.citizenship },
      { query: rare.given.slice(0, 2), citizenship: rare.citizenship },
      { query: rare.number.slice(0, 2), citizenship: rare.citizenship },
      { query: rare.room, citizenship: rare.citizenship },
      { query: namedRoom, citizenship: 'KAZ' },
      { query: 'zzqx', citizenship: 'KAZ' },
      { query: rare.surname, citizenship: rare.citizenship === 'KAZ' ? 'RUS' : 'KAZ' },
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
    // The room also names a guest, whose stays are in other rooms.
    const named = expected({ query: namedRoom });
    const inRoom = core.db
      .prepare('SELECT count(*) AS n FROM stays WHERE room = ? COLLATE NOCASE')
      .get(namedRoom) as { n: number };
    expect(inRoom.n).toBeGreaterThan(0);
    expect(named.length).toBeGreaterThan(inRoom.n);
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

describe('guest history search, a word with a citizenship and a room alone (issue 21)', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    ({ core, tmp } = await demoCore());
  }, 120_000);
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  const planOf = (sql: string, params: Record<string, unknown>) =>
    (
      core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({
        ...params,
        cap: 10,
        limit: 100,
        offset: 0,
      }) as Array<{ detail: string }>
    )
      .map((p) => p.detail)
      .join('\n');

  it('finds a name among the guests of one citizenship from the citizenship-and-name indexes', () => {
    const sql = historySql({
      query: 'N',
      from: null,
      to: null,
      citizenship: 'RUS',
      notice: 'any',
      staffId: null,
      offset: 0,
      limit: 100,
      today: TODAY,
    });
    expect(sql.narrowed).not.toBeNull();
    const plan = planOf(sql.narrowed!, sql.params);
    // Each name part starts at its name within the citizenship (migration 0014), never at
    // every guest of the citizenship or every guest of the name.
    expect(plan).toMatch(/SEARCH g USING COVERING INDEX guests_by_citizenship_surname \(citizenship=\? AND surname>\? AND surname<\?\)/);
    expect(plan).toMatch(/guests_by_citizenship_given_names \(citizenship=\? AND given_names>\?/);
    expect(plan).toMatch(/guests_by_citizenship_patronymic \(citizenship=\? AND patronymic>\?/);
    expect(plan).not.toMatch(/\bguests_by_(name|given_names|patronymic)\b/);
    // The matches are sorted from indexes; only the page's stays are read.
    expect(plan).not.toMatch(/^SEARCH s USING INDEX/m);
    expect(plan).not.toMatch(/^SCAN (s|g|d)\b/m);
    // With another filter, or a second word, the search goes its other ways.
    for (const other of [{ to: '2026-03-01' }, { query: 'N a' }, { staffId: 1 }]) {
      const q = {
        query: 'N',
        from: null,
        to: null,
        citizenship: 'RUS',
        notice: 'any' as const,
        staffId: null,
        offset: 0,
        limit: 100,
        today: TODAY,
        ...other,
      };
      expect(historySql(q).narrowed).toBeNull();
    }
  });

  it('counts a room from its index alone and reads it newest first, stopping at the page', () => {
    const count = planOf(ROOM_COUNT, { room: '103' });
    expect(count).toContain('SEARCH s USING COVERING INDEX stays_by_room_arrival (room=?)');
    expect(count).not.toMatch(/\bg\b|\bd\b|guests|documents/);
    const page = planOf(ROOM_PAGE, { room: '103' });
    expect(page).toContain('SEARCH s USING INDEX stays_by_room_arrival (room=?)');
    expect(page).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });
});
