import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract/languages';
import { FIRST_NAMESPACES, loadFirstWords } from './first-words';

export { initialLanguage, isLanguage, rememberLanguage } from './language';

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
    for (const [ns, bundle] of Object.entries(await loadFirstWords(lang))) {
      i18next.addResourceBundle(lang, ns, bundle, true, false);
    }
  }
  await i18next.changeLanguage(lang);
}

/** Starts i18next on the sign-in's words in `lang`, as first-words.ts asked for them. */
export async function initI18n(lang: Language, words: Promise<Record<string, object>>) {
  document.documentElement.lang = lang;
  const resources = { [lang]: await words };
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
