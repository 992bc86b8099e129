import { createHash } from 'node:crypto';
import fs from 'node:fs';
// The daily screens at full history: check-in save, In house and its search, returning-guest
// lookups, the notifications board and counts; each beside the raw statement on the same file.
import Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import type { CheckInResult, Result } from '../../shared/contract';
import { BOARD_SQL, createBoardRepo } from '../../electron/core/db/repos/board-repo';
import { checkInInput, guestEntry } from '../../test/helpers/check-in';
import { paired } from '../lib/measure';

// The same six matching conditions as the app's In house search (stay-repo.ts), whole names in
// either order among them (issue 21: the raw side had dropped two).
const IN_HOUSE = `SELECT s.id AS stay_id, s.group_id, s.room, s.guest_id, g.surname, g.given_names,
  g.citizenship, g.birth_date, d.number AS document_number, s.check_in_at, s.check_in_date,
  s.planned_check_out, s.status
  FROM stays s JOIN guests g ON g.id = s.guest_id LEFT JOIN documents d ON d.id = s.document_id
  WHERE s.status IN ('in_house', 'absent')
    AND (@q = '' OR s.room LIKE @like ESCAPE '\\' OR g.surname LIKE @like ESCAPE '\\'
      OR g.given_names LIKE @like ESCAPE '\\' OR d.number LIKE @like ESCAPE '\\'
      OR (g.surname || ' ' || g.given_names) LIKE @like ESCAPE '\\'
      OR (g.given_names || ' ' || g.surname) LIKE @like ESCAPE '\\')
  ORDER BY s.room COLLATE NOCASE, g.surname, g.given_names`;

async function ok<T = unknown>(p: Promise<Result<unknown>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

export async function deskFigures(core: Core, dbFile: string, today: string, runs: number) {
  const raw = new Database(dbFile);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');

  // Past the check-ins of an earlier run on a kept database (`--db`): a guest in house twice is
  // refused, a document number is unique.
  const earlier = raw
    .prepare(`SELECT count(*) FROM guests WHERE surname LIKE 'BENCH%' OR surname LIKE 'RAW%'`)
    .pluck()
    .get() as number;
  let n = earlier;
  // Both sides write the same rows: a guest, a document, a stay in house, its check-in event, a
  // pending notice due on the third working day (so in the same partial indexes) and an audit row
  // naming the guest.
  const appStays: number[] = [];
  // The raw side writes to a copy of the file, as large and as indexed: its rows, and its audit
  // rows without the app's MAC, must not land in the hotel's trail, which the next open walks
  // and replays (a raw row there fails the start's chain check).
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const rawFile = `${dbFile}.raw-side`;
  fs.copyFileSync(dbFile, rawFile);
  const rawSide = new Database(rawFile);
  rawSide.pragma('journal_mode = WAL');
  rawSide.pragma('synchronous = FULL');
  await paired(
    'check-in save (one foreign guest, durable)',
    // A single check-in is close to the disk's and timer's noise: five times the runs.
    runs * 5,
    async () => {
      n += 1;
      const base = guestEntry({ surname: `BENCH${n}`, citizenship: 'DEU' });
      const entry = { ...base, document: { ...base.document!, number: `X${9_000_000 + n}` } };
      const r = await ok<CheckInResult>(
        core.call('stays.checkIn', checkInInput([entry], { room: `B${n}` })),
      );
      appStays.push(r.stays[0]!.stayId);
    },
    (() => {
      const at = new Date().toISOString();
      const guest = rawSide.prepare(
        `INSERT INTO guests (surname, given_names, citizenship, birth_date, sex, created_at, updated_at)
         VALUES (?, 'PETR', 'DEU', '1985-04-12', 'M', ?, ?) RETURNING id`,
      );
      const doc = rawSide.prepare(
        `INSERT INTO documents (guest_id, type_code, number, issuing_state, created_at)
         VALUES (?, '1', ?, 'DEU', ?) RETURNING id`,
      );
      const stay = rawSide.prepare(
        `INSERT INTO stays (guest_id, document_id, group_id, room, check_in_at, check_in_date,
           planned_check_out, status, purpose_code, consent_at, consent_by, created_at, updated_at)
         VALUES (?, ?, ?, 'R', ?, ?, '2026-03-28', 'in_house', '11', ?, 1, ?, ?) RETURNING id`,
      );
      const event = rawSide.prepare(
        `INSERT INTO stay_events (stay_id, kind, at, event_date, details, staff_id)
         VALUES (?, 'check_in', ?, ?, '{}', 1) RETURNING id`,
      );
      const notice = rawSide.prepare(
        `INSERT INTO notifications (stay_id, event_id, kind, event_date, due_date, due_at,
           calendar_status, rule, state, created_at, updated_at, rules_version)
         VALUES (?, ?, 'host_notice', ?, ?, ?, 'confirmed', 'entry-rules-148-p9', 'pending', ?, ?, 1)`,
      );
      // The audit row is chained as the app chains it: SHA-256 over the previous hash and the row.
      const lastHash = rawSide
        .prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')
        .pluck();
      const audit = rawSide.prepare(
        `INSERT INTO audit_log (at, staff_id, action, entity, entity_id, guest_id, details, hash)
         VALUES (?, 1, 'stays.checkIn', 'stay', ?, ?, ?, ?)`,
      );
      const due = '2026-03-27';
      const write = rawSide.transaction((i: number) => {
        const k = earlier + i + 2;
        const g = (guest.get(`RAW${k}`, at, at) as { id: number }).id;
        const d = (doc.get(g, `R${8_000_000 + k}`, at) as { id: number }).id;
        const s = (stay.get(g, d, `raw-${k}`, at, today, at, at, at) as { id: number }).id;
        const e = (event.get(s, at, today) as { id: number }).id;
        const nId = Number(
          notice.run(s, e, today, due, `${due}T23:59:59+05:00`, at, at).lastInsertRowid,
        );
        const details = JSON.stringify({ room: 'R', guestId: g, notices: [nId] });
        const row = JSON.stringify({ action: 'stays.checkIn', at, details, entity: 'stay', id: s });
        const hash = createHash('sha256')
          .update(String(lastHash.get() ?? ''))
          .update(row)
          .digest('hex');
        audit.run(at, String(s), g, details, hash);
        return s;
      });
      return (i: number) => {
        write(i);
      };
    })(),
  );
  rawSide.close();
  for (const f of [rawFile, `${rawFile}-wal`, `${rawFile}-shm`]) fs.rmSync(f, { force: true });
  // The app's guests leave as the desk would undo them, audited, outside the timing: the figures
  // after this one see the history's 300 rooms, not the bench's guests.
  for (const stayId of appStays) {
    await ok(core.call('stays.cancel', { stayId, reason: 'bench: undo the timed check-in' }));
  }

  // The same reads as the app: the stays in house, then their notices (for the statuses).
  const inHouse = raw.prepare(IN_HOUSE);
  const activeNotices = raw.prepare(
    `SELECT n.*, e.kind AS event_kind FROM notifications n JOIN stay_events e ON e.id = n.event_id
     JOIN stays s ON s.id = n.stay_id
     WHERE s.status IN ('in_house', 'absent') AND n.state != 'cancelled'
     ORDER BY n.stay_id, n.event_date, n.id`,
  );
  const rawInHouse = (q: string) => {
    inHouse.all({ q, like: `%${q}%` });
    return activeNotices.all();
  };
  await paired(
    'In house (300 rooms, statuses computed)',
    runs,
    () => ok(core.call('stays.inHouse', { query: '' })),
    () => rawInHouse(''),
  );
  await paired(
    'In house search as you type ("GUEST12")',
    runs,
    () => ok(core.call('stays.inHouse', { query: 'GUEST12' })),
    () => rawInHouse('GUEST12'),
  );

  // The same reads as guests.match: the matches, then each one's person, documents and last stay
  // (what the check-in form fills in from a returning guest).
  const byDoc = raw.prepare(
    'SELECT guest_id FROM documents WHERE number = ? ORDER BY id DESC LIMIT 20',
  );
  // As the app reads them: every match in index order, the most recently seen first.
  const byName = raw.prepare(
    `SELECT id, updated_at FROM guests WHERE surname = ? COLLATE NOCASE AND birth_date = ?
     LIMIT 500`,
  );
  const recentFirst = (rows: { id: number; updated_at: string }[]) =>
    rows
      .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0))
      .slice(0, 20);
  const guestRow = raw.prepare('SELECT * FROM guests WHERE id = ?');
  const docsOf = raw.prepare('SELECT * FROM documents WHERE guest_id = ? ORDER BY id DESC');
  const lastStay = raw.prepare(
    `SELECT room, check_in_date FROM stays WHERE guest_id = ? AND status != 'cancelled'
     ORDER BY check_in_at DESC LIMIT 1`,
  );
  const matched = (ids: number[]) =>
    [...new Set(ids)].map((id) => [guestRow.get(id), docsOf.all(id), lastStay.get(id)]);
  await paired(
    'returning guest by document number',
    runs,
    (i) =>
      ok(
        core.call('guests.match', { documentNumber: `B${1_000_000 + 3 + (Math.abs(i) % 90) * 5}` }),
      ),
    (i) =>
      matched(
        (byDoc.all(`B${1_000_000 + 3 + (Math.abs(i) % 90) * 5}`) as { guest_id: number }[]).map(
          (r) => r.guest_id,
        ),
      ),
  );
  await paired(
    'returning guest by surname and birth date',
    runs,
    () => ok(core.call('guests.match', { surname: 'GUEST15', birthDate: '1975-07-15' })),
    () =>
      matched(
        recentFirst(
          byName.all('GUEST15', '1975-07-15') as { id: number; updated_at: string }[],
        ).map((r) => r.id),
      ),
  );

  // The raw side is the board's statement alone, its rows as SQLite returns them: not the app's
  // repository (the row mapping, the deadline buckets and portal facts the app adds are its cost).
  const boardRows = raw.prepare(BOARD_SQL);
  await paired(
    'notifications.board (every notice not yet proven)',
    runs,
    () => ok(core.call('notifications.board', {})),
    () => boardRows.all({ room: null, staffId: null }),
  );
  const board = createBoardRepo(raw);
  await paired(
    'notifications.counts (navigation and dock badge)',
    runs,
    () => ok(core.call('notifications.counts', {})),
    // The same two reads as the app: the counts by deadline, and the facts of the notices not
    // yet due (whether one needs data or is due next working day depends on them).
    () => [board.buckets(today), board.upcoming(today)],
  );
  raw.close();
}
