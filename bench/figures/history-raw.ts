// The raw limit of the guest history figures: the same reads as `history.search` (the newest page
// of matching stays, the count up to the cap, the page's notices) as plain better-sqlite3
// statements on a connection of their own, prepared once, with nothing of the app around them.
import Database, { type Statement } from 'better-sqlite3';
import { HISTORY_COUNT_CAP, HISTORY_PAGE } from '../../shared/contract';

const PAGE = `SELECT s.id, s.room, g.surname, g.given_names, g.citizenship, d.number,
    s.check_in_date, COALESCE(date(s.checked_out_at, '+5 hours'), s.planned_check_out) AS out,
    s.status, st.name
  FROM stays s JOIN guests g ON g.id = s.guest_id
  LEFT JOIN documents d ON d.id = s.document_id LEFT JOIN staff st ON st.id = s.consent_by`;

const FACTS = `SELECT n.stay_id, n.state, n.due_date,
    (SELECT date(f.filed_at, '+5 hours') FROM filings f WHERE f.notification_id = n.id
      AND f.voided_at IS NULL ORDER BY f.id DESC LIMIT 1) AS filed_date,
    n.filing_state = 'proven' AS proof
  FROM notifications n
  WHERE n.kind = 'host_notice' AND n.state != 'cancelled'
    AND n.stay_id IN (SELECT value FROM json_each(?))`;

export function rawHistory(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  const facts = db.prepare(FACTS);
  const name = `g.surname LIKE @p OR g.given_names LIKE @p OR g.patronymic LIKE @p`;
  // Newest first, stopping at the page: SQLite walks the check-in index and tests each stay.
  const search = db.prepare(
    `${PAGE} WHERE ${name} OR (d.number >= @upper AND d.number < @upperEnd)
      OR s.room = @word COLLATE NOCASE
    ORDER BY s.check_in_date DESC, s.id DESC LIMIT ${HISTORY_PAGE}`,
  );
  // Each way a stay can match counted once, up to the cap, from the indexes.
  const capped = (sql: string) =>
    `(SELECT count(*) FROM (SELECT 1 ${sql} LIMIT ${HISTORY_COUNT_CAP + 1}))`;
  const searchCount = db.prepare(
    `SELECT ${capped('FROM guests g CROSS JOIN stays s ON s.guest_id = g.id WHERE g.surname LIKE @p')}
      + ${capped(`FROM guests g CROSS JOIN stays s ON s.guest_id = g.id
          WHERE g.given_names LIKE @p AND NOT g.surname LIKE @p`)}
      + ${capped(`FROM guests g CROSS JOIN stays s ON s.guest_id = g.id
          WHERE g.patronymic LIKE @p AND NOT g.surname LIKE @p AND NOT g.given_names LIKE @p`)}
      + ${capped(`FROM documents d CROSS JOIN stays s ON s.document_id = d.id
          CROSS JOIN guests g ON g.id = s.guest_id
          WHERE d.number >= @upper AND d.number < @upperEnd AND NOT (${name})`)}
      + ${capped(`FROM stays s CROSS JOIN guests g ON g.id = s.guest_id
          LEFT JOIN documents d ON d.id = s.document_id
          WHERE s.room = @word COLLATE NOCASE AND NOT (${name})
            AND NOT COALESCE(d.number >= @upper AND d.number < @upperEnd, 0)`)} AS c`,
  );
  // More guests named than the cap are more stays than the cap (every guest has a stay).
  const guestCount = db.prepare(
    `SELECT ${capped('FROM guests g WHERE g.surname LIKE @p')}
      + ${capped('FROM guests g WHERE g.given_names LIKE @p AND NOT g.surname LIKE @p')}
      + ${capped(`FROM guests g
          WHERE g.patronymic LIKE @p AND NOT g.surname LIKE @p AND NOT g.given_names LIKE @p`)} AS c`,
  );
  const newest = db.prepare(
    `${PAGE} ORDER BY s.check_in_date DESC, s.id DESC LIMIT ${HISTORY_PAGE}`,
  );
  const newestCount = db.prepare(
    `SELECT count(*) AS c FROM (SELECT 1 FROM stays LIMIT ${HISTORY_COUNT_CAP + 1})`,
  );
  const withFacts = (rows: Array<{ id: number }>, count: { c: number }) => ({
    rows,
    total: Math.min(count.c, HISTORY_COUNT_CAP),
    facts: facts.all(JSON.stringify(rows.map((r) => r.id))),
  });
  const cap = HISTORY_COUNT_CAP + 1;
  const order = `ORDER BY s.check_in_date DESC, s.id DESC LIMIT ${HISTORY_PAGE}`;
  // Hand-written for each shape of search, knowing what the word is (the app does not): the
  // plainest statements an engineer would write with the file's indexes for that one shape.
  const byIds = `SELECT id FROM stays WHERE guest_id IN (SELECT id FROM guests
      WHERE surname LIKE @p OR given_names LIKE @p OR patronymic LIKE @p)
    UNION SELECT id FROM stays WHERE document_id IN
      (SELECT id FROM documents WHERE number >= @upper AND number < @upperEnd)
    UNION SELECT id FROM stays WHERE room = @word COLLATE NOCASE`;
  const rare = db.prepare(`${PAGE} WHERE s.id IN (${byIds}) ${order}`);
  const rareCount = db.prepare(`SELECT count(*) AS c FROM (${byIds} LIMIT ${cap})`);
  const documentCount = db.prepare(
    `SELECT count(*) AS c FROM (SELECT 1 FROM documents d CROSS JOIN stays s
      ON s.document_id = d.id WHERE d.number >= @upper AND d.number < @upperEnd LIMIT ${cap})`,
  );
  const room = db.prepare(`${PAGE} WHERE s.room = @word COLLATE NOCASE ${order}`);
  const roomCount = db.prepare(
    `SELECT count(*) AS c FROM (SELECT 1 FROM stays WHERE room = @word COLLATE NOCASE
      LIMIT ${cap})`,
  );
  // The page's stays picked from the indexes (migration 0014's citizenship and surname, the
  // stays' guest and arrival), then only those read: the full rows of every match, sorted, took
  // 22–50 ms at a million stays.
  const citizen = db.prepare(
    `${PAGE} WHERE s.id IN (SELECT s.id FROM guests g CROSS JOIN stays s ON s.guest_id = g.id
      WHERE g.surname LIKE @p AND g.citizenship = @citizenship ${order}) ${order}`,
  );
  const citizenCount = db.prepare(
    `SELECT count(*) AS c FROM (SELECT 1 FROM guests g CROSS JOIN stays s ON s.guest_id = g.id
      WHERE g.surname LIKE @p AND g.citizenship = @citizenship LIMIT ${cap})`,
  );
  const bindOf = (word: string) => ({
    p: `${word}%`,
    upper: word.toUpperCase(),
    upperEnd: `${word.toUpperCase()}\uffff`,
    word,
  });
  const pageAndCount = (page: Statement, count: Statement, bind: Record<string, unknown>) =>
    withFacts(page.all(bind) as Array<{ id: number }>, count.get(bind) as { c: number });
  const middle = db.prepare(
    `SELECT g.surname, d.number FROM stays s JOIN guests g ON g.id = s.guest_id
      JOIN documents d ON d.id = s.document_id
    WHERE s.id >= (SELECT max(id) / 2 FROM stays) ORDER BY s.id LIMIT 1`,
  );
  return {
    /** A guest's surname and document number from the middle of the history. */
    sample: () => middle.get() as { surname: string; number: string },
    /** A word that names a few stays, or none: each index searched, the matches sorted. */
    rare: (word: string) => pageAndCount(rare, rareCount, bindOf(word)),
    /** A document prefix no name starts with: newest first, counted from the documents. */
    document: (word: string) => {
      const bind = bindOf(word);
      return withFacts(
        search.all(bind) as Array<{ id: number }>,
        documentCount.get(bind) as { c: number },
      );
    },
    /** A room (no name or document starts with its number). */
    room: (word: string) => pageAndCount(room, roomCount, bindOf(word)),
    /** A surname among the guests of one citizenship. */
    citizen: (word: string, citizenship: string) =>
      pageAndCount(citizen, citizenCount, { ...bindOf(word), citizenship }),
    /** A search for one word, as typed (upper case, as the desk types names and documents). */
    search(word: string) {
      const bind = { p: `${word}%`, upper: word, upperEnd: `${word}\uffff`, word };
      const rows = search.all(bind) as Array<{ id: number }>;
      const guests = guestCount.get(bind) as { c: number };
      return withFacts(
        rows,
        guests.c > HISTORY_COUNT_CAP ? guests : (searchCount.get(bind) as { c: number }),
      );
    },
    newest: () =>
      withFacts(newest.all() as Array<{ id: number }>, newestCount.get() as { c: number }),
    close: () => db.close(),
  };
}
