import { Stack, Title, VisuallyHidden } from '@mantine/core';
import { format } from 'date-fns';
import type { CalendarDayView, CalendarYearView } from '../../../../shared/contract';
import { addDays, weekday as weekdayOf } from '../../../../shared/rules';
import { dateLocale } from '../../../i18n/format';
import { useCalendarText } from './calendar-text';
import classes from './calendar.module.css';

interface DayMarks {
  off: CalendarDayView | undefined;
  working: CalendarDayView | undefined;
  override: boolean;
  provisional: boolean;
}

/**
 * Twelve months at a glance. Each kind of day differs by shape and weight as well as colour
 * (product.md: status never by colour alone); the list below says the same in words, so the grid
 * is hidden from screen readers.
 */
export function YearGrid({ view }: { view: CalendarYearView }) {
  const { td, lang, reason, date, weekday, monthName } = useCalendarText();
  const locale = dateLocale(lang);
  const off = new Map(view.daysOff.map((d) => [d.date, d]));
  const working = new Map(view.workingWeekends.map((d) => [d.date, d]));
  const overrides = new Set(view.overrides.map((o) => o.date));
  // In a provisional year every day is; mark single days only when the year itself is settled.
  const provisional = new Set(view.status === 'confirmed' ? view.provisionalDates : []);
  const marks = (iso: string): DayMarks => ({
    off: off.get(iso),
    working: working.get(iso),
    override: overrides.has(iso),
    provisional: provisional.has(iso),
  });
  // Monday-first weekday names in the interface language (5 Jan 2026 was a Monday).
  const dayNames = Array.from({ length: 7 }, (_, i) =>
    format(new Date(2026, 0, 5 + i), 'EEEEEE', { locale }),
  );

  const cell = (iso: string) => {
    const m = marks(iso);
    const special = m.off && !m.off.reason.startsWith('weekend.');
    const cls = [
      classes.day,
      special ? classes.off : m.off ? classes.weekend : '',
      m.working ? classes.workingWeekend : '',
      m.override ? classes.override : '',
    ].join(' ');
    const info = m.off ?? m.working;
    const title = [
      `${weekday(iso)} ${date(iso)}`,
      info ? reason(info) : td('rules:reason.working_day'),
      m.provisional ? td('calendar:grid.legend.provisional') : '',
    ]
      .filter(Boolean)
      .join(' — ');
    return (
      <td key={iso} className={cls} title={title}>
        {Number(iso.slice(8))}
        {m.provisional && <span className={classes.mark}>?</span>}
      </td>
    );
  };

  const month = (index: number) => {
    const first = `${view.year}-${String(index + 1).padStart(2, '0')}-01`;
    const lead = (weekdayOf(first) + 6) % 7;
    const rows: Array<Array<string | null>> = [];
    let row: Array<string | null> = Array.from({ length: lead }, () => null);
    for (let d = first; d.slice(5, 7) === first.slice(5, 7); d = addDays(d, 1)) {
      row.push(d);
      if (row.length === 7) {
        rows.push(row);
        row = [];
      }
    }
    if (row.length) rows.push([...row, ...Array.from({ length: 7 - row.length }, () => null)]);
    return (
      <table key={index} className={classes.month}>
        <caption>{monthName(view.year, index)}</caption>
        <thead>
          <tr>
            {dayNames.map((n) => (
              <th key={n}>{n}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{r.map((iso, j) => (iso ? cell(iso) : <td key={`e${j}`} />))}</tr>
          ))}
        </tbody>
      </table>
    );
  };

  return (
    <Stack gap={8}>
      <Title order={2} size="h5">
        {td('calendar:grid.heading')}
      </Title>
      <VisuallyHidden>{td('calendar:grid.sameInList')}</VisuallyHidden>
      <div className={classes.months} aria-hidden="true">
        {Array.from({ length: 12 }, (_, i) => month(i))}
      </div>
      <div className={classes.legend} aria-hidden="true">
        <Legend sample={`${classes.day} ${classes.off}`} text={td('calendar:grid.legend.off')} />
        <Legend
          sample={`${classes.day} ${classes.workingWeekend}`}
          text={td('calendar:grid.legend.workingWeekend')}
        />
        <Legend
          sample={`${classes.day} ${classes.override}`}
          text={td('calendar:grid.legend.override')}
        />
        {provisional.size > 0 && (
          <Legend sample={classes.day ?? ''} mark text={td('calendar:grid.legend.provisional')} />
        )}
      </div>
    </Stack>
  );
}

function Legend({ sample, text, mark = false }: { sample: string; text: string; mark?: boolean }) {
  return (
    <span>
      <span className={`${classes.sample} ${sample}`}>
        8{mark && <span className={classes.mark}>?</span>}
      </span>
      {text}
    </span>
  );
}
