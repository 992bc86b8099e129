import { format, parseISO } from 'date-fns';
import { enGB, kk, ru, type Locale } from 'date-fns/locale';
import type { Language } from '../../shared/contract';

const LOCALES: Record<Language, Locale> = { en: enGB, ru, kk };
const INTL: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

export const dateLocale = (lang: Language): Locale => LOCALES[lang];

/** `2026-03-26` → "26 Mar 2026" / "26 мар. 2026 г." / "26 нау. 2026 ж.". */
export function formatDate(iso: string, lang: Language, pattern = 'd MMM yyyy'): string {
  return format(parseISO(iso), pattern, { locale: LOCALES[lang] });
}

/** "Wed 26 Mar" style, for deadlines close at hand. */
export const formatShortDay = (iso: string, lang: Language): string =>
  formatDate(iso, lang, 'EEEEEE d MMM');

export const formatNumber = (n: number, lang: Language): string =>
  new Intl.NumberFormat(INTL[lang]).format(n);

/** Tenge with the locale's grouping: "43 250 ₸". */
export const formatTenge = (n: number, lang: Language): string => `${formatNumber(n, lang)} ₸`;
