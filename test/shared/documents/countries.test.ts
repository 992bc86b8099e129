import { describe, expect, it } from 'vitest';
import {
  ICAO_SPECIAL_CODES,
  countryName,
  isKnownCitizenship,
  listCountries,
  mrzCodeToIso,
} from '../../../shared/documents/countries';

describe('countryName', () => {
  it('names countries in English, Russian and Kazakh', () => {
    expect(countryName('DEU', 'en')).toBe('Germany');
    expect(countryName('DEU', 'ru')).toBe('Германия');
    expect(countryName('KAZ', 'kk')).toBe('Қазақстан');
    expect(countryName('UZB', 'kk')).toBe('Өзбекстан');
    expect(countryName('CHN', 'ru')).toContain('Китай');
  });

  it('uses the short common names of the portals where the ISO name is long or not the local one', () => {
    expect(countryName('CHN', 'en')).toBe('China');
    expect(countryName('RUS', 'ru')).toBe('Россия');
    expect(countryName('CHN', 'ru')).toBe('Китай');
    expect(countryName('KGZ', 'ru')).toBe('Кыргызстан');
    expect(countryName('MDA', 'ru')).toBe('Молдова');
    expect(countryName('USA', 'kk')).toBe('АҚШ');
  });

  it('names the ICAO special codes in all three languages', () => {
    expect(countryName('XXA', 'en')).toBe('Stateless person');
    expect(countryName('XXA', 'ru')).toBe('Лицо без гражданства');
    expect(countryName('XXA', 'kk')).toBe('Азаматтығы жоқ адам');
    expect(countryName('UTO', 'en')).toBe('Utopia (ICAO specimen)');
    expect(countryName('UNK', 'ru')).toContain('Косово');
    for (const code of ICAO_SPECIAL_CODES) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        expect(countryName(code, lang)).not.toBe(code);
      }
    }
  });

  it('names MRZ-only codes after the country they stand for and echoes unknown codes', () => {
    expect(countryName('D', 'ru')).toBe('Германия');
    expect(countryName('GBD', 'en')).toBe(countryName('GBR', 'en'));
    expect(countryName('QQQ', 'kk')).toBe('QQQ');
  });
});

describe('mrzCodeToIso', () => {
  it("maps Germany's D to DEU, keeping the raw code", () => {
    expect(mrzCodeToIso('D<<')).toEqual({ mrz: 'D', code: 'DEU', note: null });
  });

  it('maps the British national statuses to GBR with a note', () => {
    for (const code of ['GBD', 'GBN', 'GBO', 'GBP', 'GBS']) {
      expect(mrzCodeToIso(code)).toEqual({ mrz: code, code: 'GBR', note: 'britishNationality' });
    }
    expect(mrzCodeToIso('GBR')).toEqual({ mrz: 'GBR', code: 'GBR', note: null });
  });

  it('maps Kosovo to the code the country list uses and keeps special codes as they are', () => {
    expect(mrzCodeToIso('RKS')?.code).toBe('XKK');
    expect(mrzCodeToIso('XXB')?.code).toBe('XXB');
    expect(mrzCodeToIso('UTO')?.code).toBe('UTO');
  });

  it('does not know codes that are no country', () => {
    expect(mrzCodeToIso('ZZZ')).toBeNull();
    expect(mrzCodeToIso('DE')).toBeNull();
    expect(mrzCodeToIso('')).toBeNull();
  });
});

describe('isKnownCitizenship', () => {
  it('accepts ISO countries and the status codes a person can hold', () => {
    expect(isKnownCitizenship('KAZ')).toBe(true);
    expect(isKnownCitizenship('XXA')).toBe(true);
    expect(isKnownCitizenship('XXC')).toBe(true);
  });

  it('refuses the specimen state, issuing organisations, MRZ-only and alpha-2 codes', () => {
    for (const code of ['UTO', 'EUE', 'UNO', 'D', 'GBD', 'KZ', 'ZZZ']) {
      expect(isKnownCitizenship(code)).toBe(false);
    }
  });
});

describe('listCountries', () => {
  it('lists every ISO country plus the citizenship status codes, once each', () => {
    const list = listCountries('en');
    const codes = list.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining(['KAZ', 'RUS', 'CHN', 'XXA', 'XXB', 'XXC', 'XXX']),
    );
    expect(codes).not.toContain('UTO');
    expect(list.length).toBeGreaterThanOrEqual(250);
  });

  it("sorts by the language's alphabet, Kazakh letters in their place", () => {
    const names = listCountries('kk').map((entry) => entry.name);
    const azerbaijan = names.indexOf('Әзірбайжан');
    expect(azerbaijan).toBeGreaterThan(names.findLastIndex((name) => name.startsWith('А')));
    expect(azerbaijan).toBeLessThan(names.findIndex((name) => name.startsWith('Б')));
    expect(names.indexOf('Өзбекстан')).toBeLessThan(
      names.findIndex((name) => name.startsWith('П')),
    );
  });

  it('sorts Russian names alphabetically', () => {
    const names = listCountries('ru').map((entry) => entry.name);
    const collator = new Intl.Collator('ru');
    for (let i = 1; i < names.length; i++) {
      expect(collator.compare(names[i - 1]!, names[i]!)).toBeLessThanOrEqual(0);
    }
    expect(names[0]).toMatch(/^А/);
  });
});
