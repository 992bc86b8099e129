import { describe, expect, it } from 'vitest';
import { ICAO_SPECIAL_CODES } from '../../../shared/documents/countries';
import { MRZ_ERROR_CODES, MRZ_WARNING_CODES } from '../../../shared/documents/mrz-types';
import type { MrzField } from '../../../shared/documents/mrz-types';
import { documents as en } from '../../../shared/locales/en/documents';
import { documents as kk } from '../../../shared/locales/kk/documents';
import { documents as ru } from '../../../shared/locales/ru/documents';

const LANGS = { en, ru, kk } as const;

function lookup(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

function leaves(tree: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, leaves(value, path));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('documents strings', () => {
  it('translate every error and warning code readMrz can return, in all three languages', () => {
    for (const [lang, strings] of Object.entries(LANGS)) {
      for (const code of [...MRZ_ERROR_CODES, ...MRZ_WARNING_CODES]) {
        expect(typeof lookup(strings.error, code), `${lang} error.${code}`).toBe('string');
      }
    }
  });

  it('have the same keys and placeholders in en, ru and kk', () => {
    const english = leaves(en);
    for (const strings of [ru, kk]) {
      const other = leaves(strings);
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const [path, text] of Object.entries(english)) {
        expect(placeholders(other[path]!), path).toEqual(placeholders(text));
      }
    }
  });

  it('label every field an issue can point at', () => {
    const fields: MrzField[] = [
      'lines', 'documentCode', 'issuingState', 'surname', 'givenNames', 'documentNumber',
      'nationality', 'birthDate', 'sex', 'expiryDate', 'optionalData', 'composite',
    ]; // prettier-ignore
    for (const strings of Object.values(LANGS)) {
      for (const field of fields) expect(strings.field[field]).toBeTruthy();
    }
  });

  it('use the official terms for identity document, citizenship and date of birth', () => {
    expect(ru.field.identityDocument).toBe('Документ, удостоверяющий личность');
    expect(kk.field.identityDocument).toBe('Жеке басты куәландыратын құжат');
    expect([ru.field.nationality, kk.field.nationality]).toEqual(['Гражданство', 'Азаматтығы']);
    expect([ru.field.birthDate, kk.field.birthDate]).toEqual(['Дата рождения', 'Туған күні']);
  });

  it('name every ICAO special code', () => {
    for (const strings of Object.values(LANGS)) {
      expect(Object.keys(strings.special).sort()).toEqual([...ICAO_SPECIAL_CODES].sort());
    }
  });

  it('write Kazakh strings in Cyrillic, Latin only for codes', () => {
    for (const [path, text] of Object.entries(leaves(kk))) {
      const latinWords = text.match(/[A-Za-z]+/g) ?? [];
      expect(
        latinWords.every((word) => /^(M|F|X|MRZ|UNMIK|line|position)$/.test(word)),
        path,
      ).toBe(true);
    }
  });
});
