import type { Language } from '../../shared/contract/languages';
import type { Namespace } from '../../shared/locales';
import { initialLanguage } from './language';

// The sign-in and its errors need these three; the first screen loads them in its reader's
// language only, a chunk each (issue 21). Everything else comes with the signed-in shell.
export const FIRST_NAMESPACES = ['common', 'auth', 'trust'] as const satisfies readonly Namespace[];
const files = import.meta.glob<Record<string, object>>(
  '../../shared/locales/*/{common,auth,trust}.ts',
);

/** The sign-in's words in one language, by namespace. */
export async function loadFirstWords(lang: Language): Promise<Record<string, object>> {
  const bundles = await Promise.all(
    FIRST_NAMESPACES.map(async (ns) => {
      const load = files[`../../shared/locales/${lang}/${ns}.ts`]!;
      // Each locale file exports its namespace's words under the namespace's name.
      return [ns, (await load())[ns]!] as const;
    }),
  );
  return Object.fromEntries(bundles);
}

const lang = initialLanguage();
/**
 * Asked for as this module is evaluated, which main.tsx makes the first: while React and Mantine
 * are still being read, not after (they were the last thing the sign-in waited for).
 */
export const firstWords = { lang, words: loadFirstWords(lang) };
