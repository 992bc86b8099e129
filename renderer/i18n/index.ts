import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/contract/languages';
import type { Namespace } from '../../shared/locales';

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

// The sign-in and its errors need these three; the first screen loads them in its reader's
// language only, a chunk each (issue 21). Everything else comes with the signed-in shell.
const FIRST_NAMESPACES = ['common', 'auth', 'trust'] as const satisfies readonly Namespace[];
const firstFiles = import.meta.glob<Record<string, object>>(
  '../../shared/locales/*/{common,auth,trust}.ts',
);

async function loadFirst(lang: Language): Promise<Record<string, object>> {
  const bundles = await Promise.all(
    FIRST_NAMESPACES.map(async (ns) => {
      const load = firstFiles[`../../shared/locales/${lang}/${ns}.ts`]!;
      // Each locale file exports its namespace's words under the namespace's name.
      return [ns, (await load())[ns]!] as const;
    }),
  );
  return Object.fromEntries(bundles);
}

let all: Promise<void> | null = null;

/**
 * Every namespace in every language, as the app had them before issue 21: asked for by the
 * signed-in shell and the first start (a consent is shown in the language the guest read it in,
 * whatever the screen's).
 */
export function loadAllLocales(): Promise<void> {
  all ??= import('../../shared/locales').then(({ resources }) => {
    for (const [lang, namespaces] of Object.entries(resources)) {
      for (const [ns, bundle] of Object.entries(namespaces)) {
        i18next.addResourceBundle(lang, ns, bundle, true, false);
      }
    }
  });
  return all;
}

/** Switches the screen's language once its words are here. */
export async function changeLanguage(lang: Language): Promise<void> {
  if (all) await all;
  else {
    for (const [ns, bundle] of Object.entries(await loadFirst(lang))) {
      i18next.addResourceBundle(lang, ns, bundle, true, false);
    }
  }
  await i18next.changeLanguage(lang);
}

export async function initI18n(lang: Language) {
  document.documentElement.lang = lang;
  const resources = { [lang]: await loadFirst(lang) };
  // Options as shared/locales' i18nOptions, whose module holds every language's words.
  await i18next.use(initReactI18next).init({
    resources,
    ns: [...FIRST_NAMESPACES],
    defaultNS: 'common',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    lng: lang,
    initAsync: false,
  });
  return i18next;
}
