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
  // Absolute times only (issue 21): a raw side doing the same work would recompute every
  // movable notice's deadline with its trace and write the audit, i.e. be the app again; the
  // earlier raw side only read the movable notices, so its ratio was no overhead figure.
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
    null,
  );
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
    null,
  );
  // Back as the history had them: a kept database (`--db`) is measured again as it was built.
  history.restoreStates();
  raw.close();
}
