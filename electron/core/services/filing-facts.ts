import type {
  BoardGroup,
  FilingState,
  LatenessView,
  NotificationSettings,
  Portal,
  PortalFieldKey,
  StaffMember,
} from '../../../shared/contract';
import { missingFields, type FilingFacts } from '../../../shared/filing/portal-fields';
import {
  addDays,
  art518PartFor,
  article48Warning,
  article48Window,
  fineFor,
  kzDateOf,
  startOfKzDay,
  type WorkingCalendar,
} from '../../../shared/rules';
import type { NoticeFacts } from '../db/repos/board-repo';
import type { ServiceDeps } from './deps';

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  usualPortal: 'eqonaq',
  reminderMinutes: 60,
  desktopNotifications: true,
};

export const notificationSettings = (deps: ServiceDeps): NotificationSettings => ({
  ...DEFAULT_NOTIFICATION_SETTINGS,
  ...(deps.repos.settings.get<Partial<NotificationSettings>>('notifications') ?? {}),
});

/**
 * The values a notice is filed with. The address is the stay's place's, falling back to the
 * hotel's only for a stay recorded before the host had any place: domain.md §10, "Per place" —
 * the address on a notice must be the place where the guest actually stays.
 */
export function filingFacts(f: NoticeFacts, hotelAddress: string): FilingFacts {
  return {
    person: {
      surname: f.surname,
      givenNames: f.givenNames,
      patronymic: f.patronymic,
      citizenship: f.citizenship,
      birthDate: f.birthDate,
      sex: f.sex,
      phone: f.phone,
      email: f.email,
    },
    document: f.document,
    stay: {
      checkInDate: f.checkInDate,
      checkInAt: f.checkInAt,
      plannedCheckOut: f.plannedCheckOut,
      purposeCode: f.purposeCode,
      visaNumber: f.visaNumber,
      entryDate: f.entryDate,
    },
    hotelAddress: f.place ? f.place.address : hotelAddress,
  };
}

/** Portal fields apply to the host's notice only; order-923 tasks are not filed on a form. */
export const missingFor = (f: NoticeFacts, portal: Portal, address: string): PortalFieldKey[] =>
  f.kind === 'host_notice' ? missingFields(portal, filingFacts(f, address)) : [];

/**
 * The board's group of a notice on `today` (Kazakhstan's date). Overdue and due-today rows stay
 * in their groups even when data is missing (their `missing` names it): the night auditor must
 * see them first. "Needs data" gathers the rest that cannot be filed yet.
 */
export function groupOf(
  f: { filingState: FilingState; dueDate: string | null },
  missing: readonly string[],
  today: string,
  calendar: WorkingCalendar,
): BoardGroup {
  if (f.filingState === 'filed_no_proof') return 'filed_no_proof';
  if (f.dueDate !== null && f.dueDate < today) return 'overdue';
  if (f.dueDate === today) return 'due_today';
  if (missing.length > 0) return 'needs_data';
  if (f.dueDate === null) return 'later';
  return f.dueDate <= calendar.nthWorkingDay(addDays(today, 1), 1) ? 'due_next' : 'later';
}

/**
 * Working days a filing came after its deadline; 0 on time, null without a deadline. A filing
 * on the weekend right after a Friday deadline is late all the same: it counts as one.
 */
export function lateWorkingDays(
  calendar: WorkingCalendar,
  dueDate: string | null,
  filedAt: string,
): number | null {
  if (!dueDate) return null;
  const filedDay = kzDateOf(new Date(filedAt));
  if (filedDay <= dueDate) return 0;
  return Math.max(1, calendar.countWorkingDays(addDays(dueDate, 1), filedDay));
}

/**
 * The Art. 518 exposure of a late filing or an overdue notice (domain.md §6), for the owner and
 * managers. Tirkeu's reading: every late filing within the last 12 months is a penalty the
 * migration police could impose, so a second one is exposed to part 3 (repeated within a year),
 * and two of them raise the Art. 48 warning. Penalties actually imposed are not recorded yet.
 */
export function latenessFor(
  deps: ServiceDeps,
  staff: StaffMember,
  now: Date,
  notice: { dueDate: string | null; state: string },
  liveLateDays: number | null,
  filedAt: string | null,
): LatenessView | null {
  if (staff.role !== 'owner') return null;
  const calendar = deps.calendar.get();
  const today = kzDateOf(now);
  let days: number | null = liveLateDays;
  if (filedAt === null && notice.state === 'pending' && notice.dueDate && notice.dueDate < today) {
    days = lateWorkingDays(calendar, notice.dueDate, now.toISOString());
  }
  if (!days) return null;
  const { from } = article48Window(today);
  const dates = deps.repos.filings
    .lateFiledBetween(startOfKzDay(from).toISOString(), now.toISOString())
    .map((at) => kzDateOf(new Date(at)));
  if (filedAt === null) dates.push(today);
  const size = deps.repos.hotel.get()?.businessSize ?? 'small';
  const lateOn = filedAt ? kzDateOf(new Date(filedAt)) : today;
  // This notice is among `dates` (filed late in the window, or today): the others decide part 3.
  const others = [...dates];
  const own = others.indexOf(lateOn);
  if (own >= 0) others.splice(own, 1);
  return {
    workingDays: days,
    fine: fineFor({ part: art518PartFor(lateOn, others), size, year: Number(lateOn.slice(0, 4)) }),
    businessSize: size,
    lateInYear: dates.length,
    article48: article48Warning(dates, today),
  };
}
