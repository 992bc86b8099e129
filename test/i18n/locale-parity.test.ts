import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/locales';

type Tree = { [key: string]: string | Tree };
const LANGS = ['en', 'ru', 'kk'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;
// i18next context for a guest's sex (shared/locales/gender.ts): a language that needs it adds both.
const GENDER = /_(male|female)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const namespaces = Object.keys(resources.en) as Array<keyof typeof resources.en>;
const strings = (lang: (typeof LANGS)[number], ns: string) =>
  flatten((resources[lang] as unknown as Record<string, Tree>)[ns]!);

describe('the kk, ru and en locales', () => {
  it('have the same namespaces', () => {
    for (const lang of LANGS)
      expect(Object.keys(resources[lang]).sort()).toEqual([...namespaces].sort());
  });

  for (const ns of namespaces) {
    describe(`namespace ${ns}`, () => {
      const base = (key: string) => key.replace(GENDER, '').replace(PLURAL, '');
      it('have the same keys (plural and gender forms aside)', () => {
        const en = new Set([...strings('en', ns).keys()].map(base));
        for (const lang of LANGS) {
          expect(new Set([...strings(lang, ns).keys()].map(base)), lang).toEqual(en);
        }
      });

      it('use the same placeholders in every translation of a key', () => {
        const en = strings('en', ns);
        for (const lang of LANGS) {
          for (const [key, text] of strings(lang, ns)) {
            const plain = key.replace(GENDER, '');
            const enText = en.get(plain) ?? en.get(base(key) + '_other') ?? '';
            expect(placeholders(text), `${lang}:${ns}.${key}`).toEqual(placeholders(enText));
          }
        }
      });

      it('have exactly the plural forms each language needs', () => {
        for (const lang of LANGS) {
          const needed = new Intl.PluralRules(lang)
            .resolvedOptions()
            .pluralCategories.slice()
            .sort();
          const groups = new Map<string, string[]>();
          for (const key of strings(lang, ns).keys()) {
            const m = PLURAL.exec(key);
            if (m) groups.set(base(key), [...(groups.get(base(key)) ?? []), m[1]!]);
          }
          for (const [key, forms] of groups)
            expect(forms.sort(), `${lang}:${ns}.${key}`).toEqual(needed);
        }
      });

      it('give both gender forms, or neither', () => {
        for (const lang of LANGS) {
          const keys = new Set(strings(lang, ns).keys());
          for (const key of keys) {
            const m = GENDER.exec(key);
            if (!m) continue;
            const other = key.replace(GENDER, m[1] === 'male' ? '_female' : '_male');
            expect(keys.has(other), `${lang}:${ns}.${other}`).toBe(true);
            expect(keys.has(key.replace(GENDER, '')), `${lang}:${ns}.${key}, plain`).toBe(true);
          }
        }
      });

      it('leave no string empty and write Kazakh in Cyrillic', () => {
        for (const lang of LANGS) {
          for (const [key, text] of strings(lang, ns))
            expect(text.trim(), `${lang}:${ns}.${key}`).not.toBe('');
        }
        const kk = [...strings('kk', ns).values()].join(' ');
        // Kazakh's own letters appear; Latin-script Kazakh (or untranslated English) would not use them.
        if (kk.length > 200) expect(kk).toMatch(/[әғқңөұүһі]/);
      });
    });
  }
});
