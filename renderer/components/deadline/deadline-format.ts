import type { Language, NoticeView } from '../../../shared/contract';
import { dueCountsFromEntry, kzNowParts, type TraceDay } from '../../../shared/rules';
import { formatDate } from '../../i18n/format';
import type { DynamicT } from '../use-error-text';

// Words for deadlines, shared by the badge, the trace and the one-line summary. Reasons are the
// rules engine's keys (`rules:reason.*`); their date and holiday parameters are translated here.

const DAY: Record<Language, string> = {
  en: 'EEE d MMM',
  ru: 'EEEEEE, d MMMM',
  kk: 'EEEE, d MMMM',
};
const DAY_YEAR: Record<Language, string> = {
  en: 'EEE d MMM yyyy',
  ru: 'EEEEEE, d MMMM yyyy',
  kk: 'EEEE, d MMMM yyyy',
};
const DAY_MONTH: Record<Language, string> = { en: 'd MMM', ru: 'd MMMM', kk: 'd MMMM' };
const DAY_MONTH_SHORT: Record<Language, string> = { en: 'd MMM', ru: 'd MMM', kk: 'd MMMM' };

/** "Wed 26 Mar" / "ср, 26 марта" / "ср, 26 наурыз": a deadline close at hand. */
export const deadlineDay = (iso: string, lang: Language) => formatDate(iso, lang, DAY[lang]);
export const deadlineDayYear = (iso: string, lang: Language) =>
  formatDate(iso, lang, DAY_YEAR[lang]);
const dayMonth = (iso: string, lang: Language) => formatDate(iso, lang, DAY_MONTH[lang]);

export type NoticeTone = 'overdue' | 'today' | 'soon' | 'later' | 'filed' | 'none';

export interface NoticeLabel {
  text: string;
  tone: NoticeTone;
  provisional: boolean;
}

/** What the badge says; the words carry the status, the colour only repeats it. */
export function noticeLabel(t: DynamicT, notice: NoticeView | null, lang: Language): NoticeLabel {
  const label = (text: string, tone: NoticeTone, provisional = false) => ({
    text,
    tone,
    provisional,
  });
  if (!notice) return label(t('stays:notice.notRequired'), 'none');
  if (notice.state === 'filed') return label(t('stays:notice.filed'), 'filed');
  if (notice.state === 'cancelled') return label(t('stays:notice.cancelled'), 'none');
  if (!notice.dueDate) {
    // The guest's own registration counts from the border: no entry date, no date yet. The desk
    // is asked for it (the stay's entry date), not told that there is no deadline.
    return dueCountsFromEntry(notice.rule, notice.kind)
      ? label(t('stays:notice.entryDateUnknown'), 'soon')
      : label(t('stays:notice.noDeadline'), 'later');
  }
  const provisional = notice.calendar === 'provisional';
  const s = notice.status;
  if (s?.kind === 'overdue') {
    const n = s.overdueWorkingDays ?? 0;
    return label(
      n > 0 ? t('stays:notice.overdueBy', { count: n }) : t('stays:notice.overdue'),
      'overdue',
      provisional,
    );
  }
  if (s?.kind === 'due_today') return label(t('stays:notice.dueToday'), 'today', provisional);
  const soon = s?.kind === 'not_due' && (s.workingDaysLeft ?? 99) <= 1;
  return label(
    t('stays:notice.dueOn', { date: deadlineDay(notice.dueDate, lang) }),
    soon ? 'soon' : 'later',
    provisional,
  );
}

/** The reason a trace day was counted or skipped, with its parameters in words. */
export function reasonText(t: DynamicT, day: TraceDay, lang: Language): string {
  const params: Record<string, string> = { ...day.params };
  if (params.date) params.date = formatDate(params.date, lang);
  if (params.holiday) params.holiday = t(`rules:reason.${params.holiday}`);
  return t(`rules:reason.${day.reason}`, params);
}

// The short form used in the one-line summary: runs of days off read "21–23 Mar (Nauryz)".
function shortReason(t: DynamicT, day: TraceDay): string {
  const r = day.reason;
  if (r.startsWith('holiday.')) return t(`rules:reason.${r}`);
  if (r.startsWith('weekend.')) return t('stays:trace.short.weekend');
  if (r === 'substitute' && day.params?.holiday) {
    return t('stays:trace.short.substitute', { holiday: t(`rules:reason.${day.params.holiday}`) });
  }
  if (r === 'transfer') return t('stays:trace.short.transfer');
  return t('stays:trace.short.dayOff');
}

function range(first: string, last: string, lang: Language): string {
  if (first === last) return dayMonth(first, lang);
  const sameMonth = first.slice(0, 7) === last.slice(0, 7);
  return sameMonth
    ? `${Number(first.slice(8, 10))}–${dayMonth(last, lang)}`
    : `${dayMonth(first, lang)} – ${dayMonth(last, lang)}`;
}

/** "Counted: 20 Mar, 26 Mar, 27 Mar. Skipped: 21–23 Mar (Nauryz), …" */
export function traceSummary(t: DynamicT, trace: TraceDay[], lang: Language): string {
  const counted = trace.filter((d) => d.counted).map((d) => dayMonth(d.date, lang));
  const runs: Array<{ first: string; last: string; why: string }> = [];
  for (const d of trace) {
    if (d.counted) continue;
    const why = shortReason(t, d);
    const prev = runs.at(-1);
    const adjacent = prev && trace.findIndex((x) => x.date === prev.last) + 1 === trace.indexOf(d);
    if (prev && adjacent && prev.why === why) prev.last = d.date;
    else runs.push({ first: d.date, last: d.date, why });
  }
  const parts = [t('stays:trace.summaryCounted', { days: counted.join(', ') })];
  if (runs.length) {
    const skipped = runs.map((r) => `${range(r.first, r.last, lang)} (${r.why})`).join('; ');
    parts.push(t('stays:trace.summarySkipped', { days: skipped }));
  }
  return parts.join(' ');
}

/**
 * An instant as a Kazakh date and time, "16 Mar 2026, 15:00" (`short`: without the year). Built
 * from the UTC+5 parts and date-fns's month names rather than Intl: Chromium builds with trimmed
 * ICU data have no Kazakh month names and print "2026 M03 16".
 */
export function kzMoment(instant: string, lang: Language, short = false): string {
  const p = kzNowParts(new Date(instant));
  const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return `${formatDate(p.date, lang, short ? DAY_MONTH_SHORT[lang] : undefined)}, ${time}`;
}
