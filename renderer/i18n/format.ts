import { format, parseISO } from 'date-fns';
import { enGB, kk, ru, type Locale } from 'date-fns/locale';
import type { Language } from '../../shared/contract';

const LOCALES: Record<Language, Locale> = { en: enGB, ru, kk };
const INTL: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

export const dateLocale = (lang: Language): Locale => LOCALES[lang];

// Kazakh month abbreviations ("3 нау 1990", "18 қар 2026") read cryptically: months in full.
const DATE: Record<Language, string> = { en: 'd MMM yyyy', ru: 'd MMM yyyy', kk: 'd MMMM yyyy' };

/** `2026-03-26` → "26 Mar 2026" / "26 мар. 2026" / "26 наурыз 2026". */
export function formatDate(iso: string, lang: Language, pattern = DATE[lang]): string {
  return format(parseISO(iso), pattern, { locale: LOCALES[lang] });
}

/** "Wed 26 Mar" style, for deadlines close at hand. */
export const formatShortDay = (iso: string, lang: Language): string =>
  formatDate(iso, lang, 'EEEEEE d MMM');

export const formatNumber = (n: number, lang: Language): string =>
  new Intl.NumberFormat(INTL[lang]).format(n);

/** Tenge with the locale's grouping: "43 250 ₸". */
export const formatTenge = (n: number, lang: Language): string => `${formatNumber(n, lang)} ₸`;
