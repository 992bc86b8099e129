import type { RegisterRow, RegisterTotals } from '../../../shared/contract';
import { endOfKzDay, kzDateOf, type WorkingCalendar } from '../../../shared/rules';
import { lateWorkingDays } from './filing-facts';
import type { RegisterRecord } from '../db/repos/report-repo';

/**
 * On time or late, and by how many working days. The deadline ends at 23:59:59 Kazakh time
 * (domain.md §2), so a filing is late when its Kazakh date is after the deadline's date; the
 * days late are counted as the filing board counts them (filing-facts.ts: at least one).
 */
export function registerRow(
  r: RegisterRecord,
  calendar: WorkingCalendar,
  today: string,
): RegisterRow {
  let timeliness: RegisterRow['timeliness'] = 'open';
  let workingDaysLate = 0;
  const filedDate = r.filedAt ? kzDateOf(new Date(r.filedAt)) : null;
  if (r.dueDate && filedDate) {
    timeliness = filedDate > r.dueDate ? 'late' : 'on_time';
    if (timeliness === 'late') {
      // The count recorded at filing wins: a later change of the calendar does not rewrite it.
      workingDaysLate = r.lateWorkingDays ?? lateWorkingDays(calendar, r.dueDate, r.filedAt!) ?? 0;
    }
  } else if (filedDate) {
    timeliness = 'on_time';
  } else if (r.dueDate && r.dueDate < today) {
    timeliness = 'overdue';
    workingDaysLate = lateWorkingDays(calendar, r.dueDate, endOfKzDay(today)) ?? 0;
  }
  return {
    notificationId: r.notificationId,
    stayId: r.stayId,
    surname: r.surname,
    givenNames: r.givenNames,
    patronymic: r.patronymic,
    citizenship: r.citizenship,
    documentType: r.documentType,
    documentNumber: r.documentNumber,
    birthDate: r.birthDate,
    room: r.room,
    checkInDate: r.checkInDate,
    checkOutDate: r.checkOutDate,
    entryDate: r.entryDate,
    purposeCode: r.purposeCode,
    eventDate: r.eventDate,
    dueDate: r.dueDate,
    filedAt: r.filedAt,
    portal: r.portal,
    reference: r.reference,
    proof: r.proof,
    timeliness,
    workingDaysLate,
    checkedInBy: r.checkedInBy,
    filedBy: r.filedBy,
    attempts: r.attempts,
    lastAttempt: r.lastAttempt,
    place: r.place,
  };
}

/** The totals every format and the statistics screen print: one function, one set of numbers. */
export function registerTotals(rows: Iterable<RegisterRow>): RegisterTotals {
  const tally = totalsTally();
  for (const r of rows) tally.add(r);
  return tally.result();
}

/** The same totals counted row by row, as rows stream past (the command line's export). */
export function totalsTally(): { add: (r: RegisterRow) => void; result: () => RegisterTotals } {
  const t: RegisterTotals = {
    notices: 0,
    attempted: 0,
    attempts: 0,
    onTime: 0,
    late: 0,
    overdue: 0,
    open: 0,
    withProof: 0,
    guests: 0,
  };
  const stays = new Set<number>();
  return {
    add: (r) => {
      t.notices += 1;
      stays.add(r.stayId);
      if (r.timeliness === 'on_time') t.onTime += 1;
      else if (r.timeliness === 'late') t.late += 1;
      else if (r.timeliness === 'overdue') t.overdue += 1;
      else t.open += 1;
      if (r.proof !== 'none') t.withProof += 1;
      if (r.attempts > 0) t.attempted += 1;
      t.attempts += r.attempts;
    },
    result: () => ({ ...t, guests: stays.size }),
  };
}
