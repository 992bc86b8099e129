import { describe, expect, it } from 'vitest';
import { rules as en } from '../../../shared/locales/en/rules';
import { rules as kk } from '../../../shared/locales/kk/rules';
import { rules as ru } from '../../../shared/locales/ru/rules';
import {
  BUSINESS_SIZES,
  CALENDAR_NOTE_KEYS,
  OBLIGATION_FLAGS,
  REASON_KEYS,
  RULE_SETS,
  RULES_ERROR_CODES,
  TASK_KINDS,
} from '../../../shared/rules';

type Tree = { [k: string]: string | Tree };
const LANGS: Record<string, Tree> = { en, ru, kk };

function lookup(tree: Tree, path: string[]): unknown {
  return path.reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);
}

function leaves(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, leaves(v, `${prefix}${k}.`));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// Every key the engine can produce, as a path in the strings file.
const REQUIRED: string[][] = [
  ...REASON_KEYS.map((k) => ['reason', ...k.split('.')]),
  ...TASK_KINDS.flatMap((k) => [
    ['task', k],
    ['task', 'hint', k],
  ]),
  ...OBLIGATION_FLAGS.map((k) => ['task', 'flag', k]),
  ...RULE_SETS.map((r) => ['task', 'rule', r.id]),
  ...['not_due', 'due_today', 'overdue'].map((k) => ['status', k]),
  ...RULES_ERROR_CODES.map((c) => ['error', ...c.split('.')]),
  ...CALENDAR_NOTE_KEYS.map((k) => ['calendar', 'note', k]),
  ...['confirmed', 'provisional'].map((k) => ['calendar', 'status', k]),
  ...['shipped', 'generated', 'historical'].map((k) => ['calendar', 'origin', k]),
  ...BUSINESS_SIZES.map((k) => ['liability', 'size', k]),
];

describe('rules strings', () => {
  it.each(Object.keys(LANGS))('has a string for every key the engine produces in %s', (lang) => {
    const missing = REQUIRED.filter((p) => typeof lookup(LANGS[lang]!, p) !== 'string');
    expect(missing.map((p) => p.join('.'))).toEqual([]);
  });

  it.each(['ru', 'kk'])('uses the same placeholders as English in %s', (lang) => {
    const enLeaves = leaves(en);
    for (const [key, text] of Object.entries(leaves(LANGS[lang]!))) {
      const base = enLeaves[key] ?? enLeaves[key.replace(/_(zero|one|two|few|many)$/, '_other')];
      expect(base, key).toBeDefined();
      expect(placeholders(text), key).toEqual(placeholders(base!));
    }
  });

  it.each([
    ['ru', ru],
    ['kk', kk],
    ['en', en],
  ] as const)('has exactly the plural forms %s needs', (lang, strings) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const base of ['days_left', 'overdue_by']) {
      const forms = Object.keys(strings.status)
        .filter((k) => k.startsWith(`${base}_`))
        .map((k) => k.slice(base.length + 1))
        .sort();
      expect(forms, `${lang} ${base}`).toEqual(categories);
    }
  });

  it('writes Kazakh in Cyrillic with the Kazakh letters', () => {
    const text = Object.values(leaves(kk)).join(' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
  });

  it('uses the official holiday names', () => {
    expect(kk.reason.holiday).toMatchObject({
      nauryz: 'Наурыз мейрамы',
      independence_day: 'Тәуелсіздік күні',
      capital_day: 'Астана күні',
      unity_day: 'Қазақстан халқының бірлігі мерекесі',
      kurban_ait: 'Құрбан айт',
    });
    expect(ru.reason.working_day).toBe('Рабочий день');
    expect(kk.reason.working_day).toBe('Жұмыс күні');
  });
});
