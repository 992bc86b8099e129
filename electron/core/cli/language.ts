import type { Language } from '../../../shared/contract';

/** The CLI speaks the language of TIRKEU_LANG, else of the system locale, else English. */
export function languageFromEnv(env: NodeJS.ProcessEnv = process.env): Language {
  const raw = (env.TIRKEU_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (raw.startsWith('kk')) return 'kk';
  if (raw.startsWith('ru')) return 'ru';
  return 'en';
}
