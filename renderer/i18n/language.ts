import { LANGUAGES, type Language } from '../../shared/contract/languages';

// Nothing heavy here: the first words are asked for with it before React is read (first-words.ts).

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
