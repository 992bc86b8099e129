import type { CalendarOverride } from '../../../../shared/rules';
import type { Db } from '../connection';

interface OverrideRow {
  date: string;
  working: number;
  source: string;
  note: string;
  created_by_name: string | null;
  created_at: string;
}

export interface StoredOverride extends CalendarOverride {
  createdBy: string | null;
  createdAt: string;
}

/** The owner's edits to the working calendar, applied on top of the shipped tables. */
export function createCalendarRepo(db: Db) {
  const all = db.prepare(
    `SELECT o.date, o.working, o.source, o.note, s.name AS created_by_name, o.created_at
     FROM calendar_overrides o LEFT JOIN staff s ON s.id = o.created_by ORDER BY o.date`,
  );
  const upsert = db.prepare(
    `INSERT INTO calendar_overrides (date, working, source, note, created_by, created_at)
     VALUES (@date, @working, @source, @note, @createdBy, @createdAt)
     ON CONFLICT (date) DO UPDATE SET working = excluded.working, source = excluded.source,
       note = excluded.note, created_by = excluded.created_by, created_at = excluded.created_at`,
  );
  const remove = db.prepare('DELETE FROM calendar_overrides WHERE date = ?');
  const one = db.prepare(
    `SELECT o.date, o.working, o.source, o.note, s.name AS created_by_name, o.created_at
     FROM calendar_overrides o LEFT JOIN staff s ON s.id = o.created_by WHERE o.date = ?`,
  );
  const toStored = (r: OverrideRow): StoredOverride => ({
    date: r.date,
    working: r.working === 1,
    source: r.source,
    ...(r.note ? { note: r.note } : {}),
    createdBy: r.created_by_name,
    createdAt: r.created_at,
  });
  return {
    list: (): StoredOverride[] => (all.all() as OverrideRow[]).map(toStored),
    get: (date: string): StoredOverride | null => {
      const r = one.get(date) as OverrideRow | undefined;
      return r ? toStored(r) : null;
    },
    upsert: (o: CalendarOverride, createdBy: number, createdAt: string): void => {
      upsert.run({
        date: o.date,
        working: o.working ? 1 : 0,
        source: o.source,
        note: o.note ?? '',
        createdBy,
        createdAt,
      });
    },
    remove: (date: string): boolean => remove.run(date).changes > 0,
  };
}
export type CalendarRepo = ReturnType<typeof createCalendarRepo>;
