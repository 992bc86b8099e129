import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, Language } from '../../../../shared/contract';
import { isIsoDate, type ReasonKey } from '../../../../shared/rules';
import { useErrorText, type DynamicT } from '../../../components/use-error-text';
import { dateLocale, formatDate } from '../../../i18n/format';

/** A day's reason in words: its `rules:reason.*` text with its dates and holiday translated. */
export function useCalendarText() {
  const { t, i18n } = useTranslation();
  const { issueText } = useErrorText();
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const date = (iso: string) => formatDate(iso, lang);
  // "Fri" in English as everywhere else ("Fr" is date-fns' narrowest form).
  const weekday = (iso: string) => formatDate(iso, lang, lang === 'en' ? 'EEE' : 'EEEEEE');
  /** The month's standalone name, capitalised as a heading: "Январь", "Қаңтар". */
  const monthName = (year: number, index: number) => {
    const name = format(new Date(year, index, 1), 'LLLL', { locale: dateLocale(lang) });
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  };
  const reason = (day: { reason: ReasonKey; params?: Record<string, string> }) => {
    const p: Record<string, string> = { ...day.params };
    if (p['date']) p['date'] = date(p['date']);
    if (p['holiday']) p['holiday'] = td(`rules:reason.${p['holiday']}`);
    return td(`rules:reason.${day.reason}`, p);
  };
  /** Issue codes of this screen live in the `calendar` namespace; the rest are the app's. */
  const issue = (i: FieldIssue, working?: boolean) => {
    if (i.code === 'calendar.override_no_change') {
      return td(working ? 'calendar:error.already_working' : 'calendar:error.already_off');
    }
    if (i.code === 'calendar.year_not_provisional')
      return td('calendar:error.year_not_provisional');
    if (i.code === 'calendar.day_not_past_provisional')
      return td('calendar:error.day_not_past_provisional', {
        date: date(String(i.params?.['date'] ?? '')),
      });
    return issueText(i);
  };
  return { td, lang, date, weekday, monthName, reason, issue };
}

/** "16.07.2026" → "2026-07-16"; null while it is not a whole, real date. */
export function parseDayText(text: string): string | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? iso : null;
}

/** Digits only, the dots put in as one types: "16072026" → "16.07.2026". */
export function maskDayText(raw: string): string {
  const digits = raw.replace(/\D/g, '').slice(0, 8);
  if (digits.length <= 2) return digits;
  if (digits.length <= 4) return `${digits.slice(0, 2)}.${digits.slice(2)}`;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
}

/**
 * The year's sources in the desk's language: the law and the Government's transfer orders by
 * their official names (with the adilet reference, which is the same in every language). The
 * cross-check against a software library is no source a hotel can look up and is left out; what
 * the owner typed when confirming a year is shown as typed.
 */
export function sourcesText(sources: readonly string[], td: DynamicT): string[] {
  const out = sources.flatMap((s): string[] => {
    if (/python-holidays/.test(s)) return [];
    if (/^Law No\. 267-II/.test(s)) return [td('calendar:source.law')];
    const adilet = /adilet (.+)$/.exec(s);
    if (adilet) return [td('calendar:source.transfer', { ref: adilet[1]! })];
    if (/^Ministry/.test(s)) return [td('calendar:source.ministry')];
    const press = /^([a-z.]+\.kz) \d{4} calendar$/.exec(s);
    if (press) return [td('calendar:source.press', { site: press[1]! })];
    return [s];
  });
  return [...new Set(out)];
}
