// Deadlines per second, beside a plain day-by-day loop with date-fns (no calendar, no trace).
import { addDays as addDaysFns, format, isWeekend, parseISO } from 'date-fns';
import { addDays, buildCalendar, computeDeadline } from '../../shared/rules';
import { median, record } from '../lib/measure';

function perSecond(fn: (i: number) => unknown, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) fn(i);
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

export function rulesFigures(quick: boolean) {
  const calendar = buildCalendar();
  const n = quick ? 20_000 : 100_000;
  const plain = (i: number) => {
    let day = addDaysFns(parseISO('2024-01-01'), i % 3000);
    let counted = isWeekend(day) ? 0 : 1;
    while (counted < 3) {
      day = addDaysFns(day, 1);
      if (!isWeekend(day)) counted += 1;
    }
    return format(day, 'yyyy-MM-dd');
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < 5; r += 1) {
    ours.push(perSecond((i) => computeDeadline(calendar, addDays('2024-01-01', i % 3000)), n));
    theirs.push(perSecond(plain, n));
  }
  record('deadlines computed (with trace, holidays, rules)', median(ours), 'per s', median(theirs));
}
