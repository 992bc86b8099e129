import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/contract/languages';
import { i18nOptions } from '../../shared/locales';

const STORAGE_KEY = 'tirkeu.language';

export const isLanguage = (v: unknown): v is Language =>
  typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** The language to paint first: remembered on this machine, else the system's, else Russian. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const nav = navigator.language.toLowerCase();
  if (nav.startsWith('kk')) return 'kk';
  if (nav.startsWith('en')) return 'en';
  return 'ru';
}

export function rememberLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

export function initI18n(lang: Language) {
  document.documentElement.lang = lang;
  void i18next.use(initReactI18next).init({ ...i18nOptions, lng: lang, initAsync: false });
  return i18next;
}
