import type { Statement } from 'better-sqlite3';
import type { HistoryQuery, HistoryRow, NoticeFilter } from '../../../../shared/contract';
import type { Db } from '../connection';

// A notice is late when filed on a later Kazakh day than its deadline (the deadline ends at
// 23:59:59 UTC+5, domain.md §2), or still unfiled after it. A voided filing does not count.
// Proven: the portal's PDF is attached to the filing (domain.md §5; migration 0003).
const HAS_PROOF = `(n.filing_state = 'proven')`;

// A rare state selects stay ids through an index of its own (0003, 0004), so it is found among
// a million stays without reading them all.
const NOTICE_SQL: Record<Exclude<NoticeFilter, 'any'>, string> = {
  owed: `s.id IN (SELECT n.stay_id FROM notifications n
    WHERE n.state = 'pending' AND n.kind = 'host_notice')`,
  // Filed late reads the partial index of late filings (migration 0003), not every filing; CROSS
  // JOIN keeps the filings outermost whatever the statistics say.
  late: `s.id IN (SELECT n.stay_id FROM filings f CROSS JOIN notifications n
      ON n.id = f.notification_id
      WHERE f.late_working_days > 0 AND f.voided_at IS NULL AND n.kind = 'host_notice'
    UNION SELECT n.stay_id FROM notifications n
      WHERE n.state = 'pending' AND n.due_date < @today AND n.kind = 'host_notice')`,
  // Most stays have a filed notice: walk the stays newest first and stop at a page's worth.
  filed: `EXISTS (SELECT 1 FROM notifications n
    WHERE n.stay_id = s.id AND n.state = 'filed' AND n.kind = 'host_notice')`,
  proven: `s.id IN (SELECT n.stay_id FROM notifications n
    WHERE n.filing_state = 'proven' AND n.kind = 'host_notice')`,
};

interface Row {
  stay_id: number;
  room: string;
  surname: string;
  given_names: string;
  citizenship: string;
  sex: HistoryRow['sex'];
  document_number: string | null;
  check_in_date: string;
  check_out_date: string | null;
  status: HistoryRow['status'];
  checked_in_by: string | null;
}

export interface NoticeFact {
  stayId: number;
  state: 'pending' | 'filed';
  dueDate: string | null;
  filedDate: string | null;
  proof: boolean;
}

/** The search terms, split into what an index can find and what narrows it further. */
export interface HistoryParams extends HistoryQuery {
  today: string;
}

// With a word, these states' lists of stays (a late filing in every twelfth stay of ten years,
// most stays proven) only test the stays the word finds. The stays still owed a notice are the
// last few days' (domain.md §2: three working days): they are where such a search starts.
const TESTED_AGAINST_WORD = new Set<NoticeFilter>(['late', 'proven']);

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

// What the first word of a search finds, through the name and document indexes (migration 0004)
// or the exact room, each as a condition on one joined row.
const SURNAME = `g.surname LIKE @prefix ESCAPE '\\'`;
const GIVEN = `g.given_names LIKE @prefix ESCAPE '\\'`;
const PATRONYMIC = `g.patronymic LIKE @prefix ESCAPE '\\'`;
const NAME_MATCH = `(${SURNAME} OR ${GIVEN} OR ${PATRONYMIC})`;
const DOCUMENT_MATCH = `COALESCE(d.number >= @upper AND d.number < @upperEnd, 0)`;
const ROOM_MATCH = `s.room = @room COLLATE NOCASE`;

/** The newest stays a search first looks through before it asks the indexes. */
export const HISTORY_WINDOW = 5000;
/** The most stays a search walks newest first before it sorts what the indexes find instead. */
const WIDEST_WINDOW = 100_000;

function plan(q: HistoryParams) {
  const tokens = q.query.split(/\s+/).filter(Boolean).slice(0, 4);
  const filters: string[] = [];
  const params: Record<string, unknown> = {
    today: q.today,
    from: q.from,
    to: q.to,
    citizenship: q.citizenship,
    staffId: q.staffId,
  };
  // A stay is in a date range when it overlaps it: arrived by its end, not left before its start.
  if (q.to) filters.push('s.check_in_date <= @to');
  if (q.from) filters.push("COALESCE(date(s.checked_out_at, '+5 hours'), '9999-12-31') >= @from");
  // The unary + keeps SQLite from starting a search at every guest of a citizenship or every stay
  // a clerk took (a name search with a citizenship took a minute at a million stays): the words
  // find the stays, these narrow them.
  if (q.citizenship) filters.push(`${tokens.length ? '+' : ''}g.citizenship = @citizenship`);
  if (q.staffId !== null) filters.push(`${tokens.length ? '+' : ''}s.consent_by = @staffId`);
  // The unary + makes a late or proven list a test of each stay the word found: as the search
  // of an index SQLite would seek every listed stay for every guest found (minutes at a million).
  if (q.notice !== 'any') {
    filters.push(
      `${tokens.length && TESTED_AGAINST_WORD.has(q.notice) ? '+' : ''}${NOTICE_SQL[q.notice]}`,
    );
  }
  let found: string | null = null;
  if (tokens.length > 0) {
    const first = tokens[0]!;
    params.prefix = `${escapeLike(first)}%`;
    params.upper = first.toUpperCase();
    params.upperEnd = `${first.toUpperCase()}\uffff`;
    params.room = first;
    // One UNION of index searches: an OR across them would make SQLite scan every stay.
    found = `SELECT id FROM stays WHERE guest_id IN (SELECT id FROM guests WHERE
        surname LIKE @prefix ESCAPE '\\' OR given_names LIKE @prefix ESCAPE '\\'
        OR patronymic LIKE @prefix ESCAPE '\\')
      UNION SELECT id FROM stays WHERE document_id IN
        (SELECT id FROM documents WHERE number >= @upper AND number < @upperEnd)
      UNION SELECT id FROM stays WHERE room = @room COLLATE NOCASE`;
    tokens.slice(1).forEach((t, i) => {
      params[`t${i}`] = `% ${escapeLike(t)}%`;
      filters.push(`(' ' || g.surname || ' ' || g.given_names || ' ' || g.patronymic || ' ' ||
        IFNULL(d.number, '') || ' ' || s.room) LIKE @t${i} ESCAPE '\\'`);
    });
  }
  const key = [
    q.to ? 't' : '',
    q.from ? 'f' : '',
    q.citizenship ? 'c' : '',
    q.staffId !== null ? 's' : '',
    q.notice,
    tokens.length,
  ].join('|');
  const where = (...more: string[]) => {
    const all = [...filters, ...more];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  };
  // Only the citizenship and the later words read the guest's row, only the later words the
  // document's (even an unused LEFT JOIN makes SQLite read the stay's row, not its index).
  const readsGuest = Boolean(q.citizenship) || tokens.length > 1;
  const readsDocument = tokens.length > 1;
  return {
    key,
    where,
    found,
    readsGuest,
    readsDocument,
    windowed: found !== null && q.notice === 'any',
    unfiltered: filters.length === 0,
    // One word narrowed by a citizenship alone: read from the citizenship-and-name indexes (0014).
    narrowed: tokens.length === 1 && Boolean(q.citizenship) && filters.length === 1,
    params,
  };
}

const PAGE_COLUMNS = `s.id AS stay_id, s.room, g.surname, g.given_names, g.citizenship, g.sex,
  d.number AS document_number, s.check_in_date,
  COALESCE(date(s.checked_out_at, '+5 hours'), s.planned_check_out) AS check_out_date,
  s.status, st.name AS checked_in_by`;

// A word that names no guest and no document: the room's stays, counted from its index alone and
// read newest first along it (migration 0013), stopping at the page.
export const ROOM_COUNT = `SELECT count(*) AS c FROM (SELECT 1 FROM stays s WHERE ${ROOM_MATCH}
  LIMIT @cap)`;
export const ROOM_PAGE = `SELECT ${PAGE_COLUMNS}
  FROM stays s CROSS JOIN guests g ON g.id = s.guest_id LEFT JOIN documents d ON d.id = s.document_id
    LEFT JOIN staff st ON st.id = s.consent_by
  WHERE ${ROOM_MATCH} ORDER BY s.check_in_date DESC, s.id DESC LIMIT @limit OFFSET @offset`;

const not = (match: string) => `NOT COALESCE(${match}, 0)`;

// The guests and documents the first word names, as sets an exclusion tests a stay's ids against
// (read from the name and document indexes alone, once per statement; SQLite builds each only
// when a row reaches it).
const NAMED = `SELECT id FROM guests WHERE surname LIKE @prefix ESCAPE '\\'
  UNION SELECT id FROM guests WHERE given_names LIKE @prefix ESCAPE '\\'
  UNION SELECT id FROM guests WHERE patronymic LIKE @prefix ESCAPE '\\'`;
const DOCUMENTED = `SELECT id FROM documents WHERE number >= @upper AND number < @upperEnd`;
// Without the unary + of plan(): here the citizenship and the word find the guests together.
const CITIZEN = 'g.citizenship = @citizenship';

/**
 * The page and count statements for a search, and the values they bind.
 *
 * A search for a common word (a surname shared by thousands of guests over ten years) would sort
 * every match to show the newest page: `window` first looks through the stays that arrived
 * since the newest few thousand (`since`, counted back from the range's end), and when they
 * hold the whole page it is the page (every older stay sorts after them); else `page` starts
 * from the stays the indexes find (CROSS JOIN keeps them outermost). A word with no filter and
 * no more matches than the window (a room, a rare name) is sorted by `sorted` from the indexes
 * alone (migration 0013), and only the page's stays are read.
 *
 * `counts` are the parts of the count, added up in order until they pass the cap: the stays
 * found by surname, by given name only, by patronymic only, by document only and by room only,
 * each capped, so the count stops at the cap instead of gathering every match first. Without a
 * filter on the guest, each part reads indexes only: a stay already counted by name or document
 * is told by its guest's or document's id in the set of those the word names (`NAMED`,
 * `DOCUMENTED`), not by reading its guest's and document's rows.
 */
export function historySql(q: HistoryParams) {
  const p = plan(q);
  const order = 'ORDER BY s.check_in_date DESC, s.id DESC LIMIT @limit OFFSET @offset';
  const capped = (sql: string) => `SELECT count(*) AS c FROM (SELECT 1 ${sql} LIMIT @cap)`;
  const byName = `FROM guests g CROSS JOIN stays s ON s.guest_id = g.id
    ${p.readsDocument ? 'LEFT JOIN documents d ON d.id = s.document_id' : ''}`;
  const byNotice = p.found !== null && q.notice === 'owed';
  const anyMatch = `(${NAME_MATCH} OR ${ROOM_MATCH} OR ${DOCUMENT_MATCH})`;
  // Later words and a citizenship read the guest's row anyway: test the names on it.
  const notNamed = (...names: string[]) =>
    p.readsGuest
      ? names.map((n) => not(n))
      : names.length === 0
        ? [`s.guest_id NOT IN (${NAMED})`]
        : [
            `g.id NOT IN (${names
              .map((n) => `SELECT id FROM guests g WHERE ${n}`)
              .join(' UNION ')})`,
          ];
  const guestOfStay = p.readsGuest ? 'CROSS JOIN guests g ON g.id = s.guest_id' : '';
  const counts = byNotice
    ? [
        `SELECT count(*) AS c FROM (SELECT 1 FROM stays s JOIN guests g ON g.id = s.guest_id
        LEFT JOIN documents d ON d.id = s.document_id ${p.where(anyMatch)} LIMIT @cap)`,
      ]
    : p.found
      ? [
          capped(`${byName} ${p.where(SURNAME)}`),
          capped(`${byName} ${p.where(GIVEN, ...notNamed(SURNAME))}`),
          capped(`${byName} ${p.where(PATRONYMIC, ...notNamed(SURNAME, GIVEN))}`),
          capped(`FROM documents d CROSS JOIN stays s ON s.document_id = d.id ${guestOfStay}
          ${p.where('d.number >= @upper AND d.number < @upperEnd', ...(p.readsGuest ? [not(NAME_MATCH)] : notNamed()))}`),
          p.readsDocument
            ? capped(`FROM stays s CROSS JOIN guests g ON g.id = s.guest_id
          LEFT JOIN documents d ON d.id = s.document_id
          ${p.where(ROOM_MATCH, not(NAME_MATCH), `NOT ${DOCUMENT_MATCH}`)}`)
            : capped(`FROM stays s ${guestOfStay}
          ${p.where(
            ROOM_MATCH,
            ...(p.readsGuest ? [not(NAME_MATCH)] : notNamed()),
            `NOT COALESCE(s.document_id IN (${DOCUMENTED}), 0)`,
          )}`),
        ]
      : [
          `SELECT count(*) AS c FROM (SELECT 1 FROM stays s
        ${p.readsGuest ? 'JOIN guests g ON g.id = s.guest_id' : ''} ${p.where()} LIMIT @cap)`,
        ];
  const joined = `LEFT JOIN documents d ON d.id = s.document_id
    LEFT JOIN staff st ON st.id = s.consent_by`;
  const arrivals = (from: string, match: string) =>
    `SELECT s.id, s.check_in_date ${from} WHERE ${match}`;
  const byGuest = 'FROM guests g CROSS JOIN stays s ON s.guest_id = g.id';
  return {
    key: p.key,
    params: p.params,
    // Every guest has a stay (a guest is written only by a check-in, with the stay, and no stay
    // is ever deleted), so a word typed alone that names more guests than the cap names more
    // stays too: counted from the name indexes alone, not one seek per guest into the stays.
    // `documented`: whether any document number starts with the word. A word that names no guest
    // and no document can only be a room (or nothing): ROOM_COUNT and ROOM_PAGE then read the
    // room's index alone, newest first, as a statement written for a room would.
    guests:
      p.found && p.unfiltered
        ? `SELECT (${capped(`FROM guests g ${p.where(SURNAME)}`)})
          + (${capped(`FROM guests g ${p.where(GIVEN, not(SURNAME))}`)})
          + (${capped(`FROM guests g ${p.where(PATRONYMIC, not(SURNAME), not(GIVEN))}`)}) AS c,
          EXISTS (${DOCUMENTED}) AS documented`
        : null,
    // A word and a citizenship: every match's id and arrival, each way of matching once (the
    // count's parts, disjoint, so UNION ALL stops at the cap), read from the citizenship-and-name
    // indexes (0014) and the stays' covering indexes; counted and sorted in the same pass, then
    // only the page's stays are read. `total` is the matches found, up to `@cap`.
    narrowed: p.narrowed
      ? `SELECT f.total, ${PAGE_COLUMNS}
        FROM (SELECT id, check_in_date, count(*) OVER () AS total FROM (${[
          `${byGuest} WHERE ${SURNAME} AND ${CITIZEN}`,
          `${byGuest} WHERE ${GIVEN} AND ${CITIZEN} AND ${not(SURNAME)}`,
          `${byGuest} WHERE ${PATRONYMIC} AND ${CITIZEN} AND ${not(SURNAME)} AND ${not(GIVEN)}`,
          `FROM documents d CROSS JOIN stays s ON s.document_id = d.id
            CROSS JOIN guests g ON g.id = s.guest_id
            WHERE d.number >= @upper AND d.number < @upperEnd AND ${CITIZEN} AND ${not(NAME_MATCH)}`,
          `FROM stays s CROSS JOIN guests g ON g.id = s.guest_id
            WHERE ${ROOM_MATCH} AND ${CITIZEN} AND ${not(NAME_MATCH)}
              AND NOT COALESCE(s.document_id IN (${DOCUMENTED}), 0)`,
        ]
          .map((from) => `SELECT s.id, s.check_in_date ${from}`)
          .join(' UNION ALL ')} LIMIT @cap)
          ORDER BY check_in_date DESC, id DESC LIMIT @limit OFFSET @offset) f
        CROSS JOIN stays s ON s.id = f.id CROSS JOIN guests g ON g.id = s.guest_id ${joined}
        ORDER BY s.check_in_date DESC, s.id DESC`
      : null,
    page: byNotice
      ? `SELECT ${PAGE_COLUMNS}
        FROM stays s JOIN guests g ON g.id = s.guest_id ${joined} ${p.where(anyMatch)} ${order}`
      : p.found
        ? `SELECT ${PAGE_COLUMNS}
        FROM (${p.found}) f CROSS JOIN stays s ON s.id = f.id
        CROSS JOIN guests g ON g.id = s.guest_id ${joined}
        ${p.where()} ${order}`
        : `SELECT ${PAGE_COLUMNS}
        FROM stays s JOIN guests g ON g.id = s.guest_id ${joined} ${p.where()} ${order}`,
    // Each match's id and arrival from the indexes, sorted; then the page's stays alone are read.
    // `found[i]`: whether the count's part i found a stay; only those parts' indexes are asked
    // (a room alone is read newest first from its index and not sorted at all).
    sorted:
      p.found && p.unfiltered
        ? (found: boolean[]) =>
            `SELECT ${PAGE_COLUMNS}
        FROM (${[
          arrivals(byGuest, SURNAME),
          arrivals(byGuest, GIVEN),
          arrivals(byGuest, PATRONYMIC),
          arrivals(
            'FROM documents d CROSS JOIN stays s ON s.document_id = d.id',
            'd.number >= @upper AND d.number < @upperEnd',
          ),
          arrivals('FROM stays s', ROOM_MATCH),
        ]
          .filter((_, i) => found[i] !== false)
          .join(' UNION ')}
          ORDER BY 2 DESC, 1 DESC LIMIT @limit OFFSET @offset) f
        CROSS JOIN stays s ON s.id = f.id CROSS JOIN guests g ON g.id = s.guest_id ${joined}
        ORDER BY s.check_in_date DESC, s.id DESC`
        : null,
    // The newest stays are those that arrived on or after `@since`, the day of the newest
    // `window`-th stay (SQLite walks the check-in index from the newest and stops at the page).
    window: p.windowed
      ? `SELECT ${PAGE_COLUMNS}
        FROM stays s JOIN guests g ON g.id = s.guest_id ${joined}
        ${p.where('s.check_in_date >= @since', anyMatch)}
        ${order}`
      : null,
    since: `SELECT check_in_date AS since FROM stays ${q.to ? 'WHERE check_in_date <= @to' : ''}
      ORDER BY check_in_date DESC LIMIT 1 OFFSET @window`,
    counts,
  };
}

/**
 * Every stay ever recorded, searchable; SQL is assembled from fixed fragments and cached.
 * `window`: how many of the newest stays a search looks through first (tests make it small).
 */
export function createHistoryRepo(db: Db, window = HISTORY_WINDOW) {
  const pages = new Map<string, Statement>();
  const windows = new Map<string, Statement>();
  const sinces = new Map<string, Statement>();
  const guestCounts = new Map<string, Statement>();
  const counts = new Map<string, Statement>();
  const sorteds = new Map<string, Statement>();
  const narroweds = new Map<string, Statement>();
  const roomCount = db.prepare(ROOM_COUNT);
  const roomPage = db.prepare(ROOM_PAGE);
  const prepared = (cache: Map<string, Statement>, key: string, sql: () => string) => {
    let st = cache.get(key);
    if (!st) {
      st = db.prepare(sql());
      cache.set(key, st);
    }
    return st;
  };
  const lastStay = db.prepare('SELECT coalesce(max(id), 0) AS n FROM stays');
  const facts = db.prepare(
    `SELECT n.stay_id, n.state, n.due_date,
       (SELECT date(f.filed_at, '+5 hours') FROM filings f WHERE f.notification_id = n.id
        AND f.voided_at IS NULL ORDER BY f.id DESC LIMIT 1) AS filed_date,
       ${HAS_PROOF} AS proof
     FROM notifications n
     WHERE n.kind = 'host_notice' AND n.state != 'cancelled'
       AND n.stay_id IN (SELECT value FROM json_each(?))`,
  );
  const staff = db.prepare('SELECT id, name FROM staff ORDER BY name COLLATE NOCASE, id');
  const citizenships = db.prepare('SELECT DISTINCT citizenship FROM guests ORDER BY citizenship');
  return {
    page: (q: HistoryParams, cap: number) => {
      const sql = historySql(q);
      const bind = { ...sql.params, limit: q.limit, offset: q.offset };
      const inWindow = (size: number) => {
        const since = prepared(sinces, sql.key, () => sql.since).get({
          to: q.to,
          window: size - 1,
        }) as { since: string } | undefined;
        return prepared(windows, sql.key, () => sql.window!).all({
          ...bind,
          since: since?.since ?? '',
        }) as Row[];
      };
      // Counting a million matches exactly costs more than the list: count up to a cap, part
      // by part, and stop once the parts pass it (what a later part adds no longer shows).
      // `found[i]`: part i found a stay, or was not asked.
      const found: boolean[] = [];
      const count = () => {
        let sum = 0;
        sql.counts.forEach((part, i) => {
          if (sum > cap) return;
          const st = prepared(counts, `${sql.key}|${i}`, () => part);
          const c = (st.get({ ...sql.params, cap: cap + 1 }) as { c: number }).c;
          found[i] = c > 0;
          sum += c;
        });
        return sum;
      };
      let total: number | null = null;
      let rows: Row[] = [];
      // The page is read too (a room alone, a word with a citizenship).
      let paged = false;
      if (sql.guests) {
        const guests = prepared(guestCounts, sql.key, () => sql.guests!).get({
          ...sql.params,
          cap: cap + 1,
        }) as { c: number; documented: number };
        if (guests.c > cap) total = guests.c;
        else if (guests.c === 0 && !guests.documented) {
          // No guest and no document: a room, or no match at all.
          total = (roomCount.get({ room: sql.params.room, cap: cap + 1 }) as { c: number }).c;
          if (total > 0) rows = roomPage.all(bind) as Row[];
          paged = true;
        }
      }
      if (total === null && sql.narrowed) {
        const found = prepared(narroweds, sql.key, () => sql.narrowed!).all({
          ...bind,
          cap: cap + 1,
        }) as Array<Row & { total: number }>;
        // No row at the first page: nothing matches; past the last page, the count is asked
        // below. Past the cap, the rows are only some of the matches: the page is looked for
        // below, the newest stays first, and the count is the cap's.
        const n = found[0]?.total ?? (q.offset === 0 && q.limit > 0 ? 0 : null);
        if (n !== null) total = n;
        if (n !== null && n <= cap) {
          rows = found;
          paged = true;
        }
      }
      total ??= count();
      if (!paged && total > 0 && sql.sorted && total <= window) {
        const parts = sql.counts.map((_, i) => found[i] !== false);
        rows = prepared(sorteds, `${sql.key}|${parts.join()}`, () => sql.sorted!(parts)).all(
          bind,
        ) as Row[];
      } else if (!paged && total > 0) {
        rows = sql.window ? inWindow(window) : [];
        if (rows.length < q.limit) {
          // A common word narrowed by a filter (a surname and a clerk) is rare among the
          // newest stays yet too common to gather and sort: look as far back as its share of
          // all stays says a page is, twice over, when that walk costs less than sorting the
          // matches (at least `total` of them, each read about five times as slowly as a
          // walked stay).
          const stays = (lastStay.get() as { n: number }).n;
          const wide = Math.ceil(((q.offset + q.limit) * stays * 2) / Math.max(total, 1));
          if (sql.window && wide > window && wide <= Math.min(WIDEST_WINDOW, 5 * total)) {
            rows = inWindow(wide);
          }
          if (rows.length < q.limit)
            rows = prepared(pages, sql.key, () => sql.page).all(bind) as Row[];
        }
      }
      return {
        rows: rows.map((r) => ({
          stayId: r.stay_id,
          room: r.room,
          surname: r.surname,
          givenNames: r.given_names,
          citizenship: r.citizenship,
          sex: r.sex,
          documentNumber: r.document_number,
          checkInDate: r.check_in_date,
          checkOutDate: r.check_out_date,
          status: r.status,
          checkedInBy: r.checked_in_by,
        })),
        total: Math.min(total, cap),
        capped: total > cap,
      };
    },
    /** The host's notices of the given stays, with their filing day and proof. */
    noticeFacts: (stayIds: number[]): NoticeFact[] =>
      (
        facts.all(JSON.stringify(stayIds)) as Array<{
          stay_id: number;
          state: 'pending' | 'filed';
          due_date: string | null;
          filed_date: string | null;
          proof: number;
        }>
      ).map((r) => ({
        stayId: r.stay_id,
        state: r.state,
        dueDate: r.due_date,
        filedDate: r.filed_date,
        proof: r.proof === 1,
      })),
    staff: () => staff.all() as Array<{ id: number; name: string }>,
    citizenships: () =>
      (citizenships.all() as Array<{ citizenship: string }>).map((r) => r.citizenship),
  };
}
export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
