// A calendar change with every notice of history pending (the worst case: nothing marked filed).
import Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import { createHistoryRepo } from '../lib/history-repo';
import { paired, record } from '../lib/measure';
import { addDays } from '../../shared/rules';

export async function calendarFigures(core: Core, dbFile: string, today: string, runs: number) {
  const raw = new Database(dbFile);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  const history = createHistoryRepo(raw);
  const pending = history.allPending();
  record('notices pending for the calendar figures', pending, 'notices');
  // The raw limit: the notices a change of that day can move (due on or after, counted from
  // on or before it), read by index.
  const movable = raw.prepare(
    `SELECT id, event_date, due_date FROM notifications
     WHERE state = 'pending' AND due_date >= ? AND event_date <= ?`,
  );
  const day = (i: number) => addDays(today, -1 - (Math.abs(i) % 5));
  await paired(
    'calendar change preview (a day off, all pending)',
    runs,
    (i) =>
      core.call('calendar.previewOverride', {
        date: day(i),
        working: false,
        source: 'Bench',
        note: '',
      }),
    (i) => movable.all(day(i), day(i)),
  );
  const save = raw.prepare(
    `INSERT INTO calendar_overrides (date, working, source, note, created_at) VALUES (?, 0, 'raw', '', ?)`,
  );
  const remove = raw.prepare(`DELETE FROM calendar_overrides WHERE date = ?`);
  const rawSave = raw.transaction((d: string) => {
    save.run(d, new Date().toISOString());
    movable.all(d, d);
    remove.run(d);
  });
  await paired(
    'calendar change save, then its undo (a day off, all pending)',
    Math.max(3, Math.floor(runs / 3)),
    async (i) => {
      const d = day(i);
      const r = await core.call('calendar.saveOverride', {
        date: d,
        working: false,
        source: 'Bench',
        note: '',
      });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      await core.call('calendar.removeOverride', { date: d });
    },
    (i) => rawSave(day(i)),
  );
  // Back as the history had them: a kept database (`--db`) is measured again as it was built.
  history.restoreStates();
  raw.close();
}
