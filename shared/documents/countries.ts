import countries from 'i18n-iso-countries';
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import kkCountries from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import ruCountries from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { documents as enDocuments } from '../locales/en/documents';
import { documents as kkDocuments } from '../locales/kk/documents';
import { documents as ruDocuments } from '../locales/ru/documents';

// Only the app's three languages: under Node the package registers all of them itself, in the
// renderer bundle none, so registering here makes both behave the same.
countries.registerLocale(enCountries);
countries.registerLocale(ruCountries);
countries.registerLocale(kkCountries);

export type Lang = 'en' | 'ru' | 'kk';

/** ICAO 9303 part 3 codes that are not ISO 3166 countries but can appear in an MRZ. */
export const ICAO_SPECIAL_CODES = [
  'XXA',
  'XXB',
  'XXC',
  'XXX',
  'UNO',
  'UNA',
  'UNK',
  'EUE',
  'UTO',
] as const;
export type IcaoSpecialCode = (typeof ICAO_SPECIAL_CODES)[number];

// Which special codes describe a person's status and so can stand for citizenship on the form.
// UNO, UNA and EUE name the organisation that issued a laissez-passer; its holder's nationality
// field carries their own country. UTO is the ICAO specimen state: no one holds it.
const CITIZENSHIP_SPECIAL_CODES: ReadonlySet<string> = new Set(['XXA', 'XXB', 'XXC', 'XXX', 'UNK']);

const SPECIAL_NAMES: Record<Lang, Record<IcaoSpecialCode, string>> = {
  en: enDocuments.special,
  ru: ruDocuments.special,
  kk: kkDocuments.special,
};

/** Why an MRZ code was recorded as another country: a key of documents.countryNote. */
export type MrzCountryNote = keyof typeof enDocuments.countryNote;

export interface MrzCountry {
  /** The code as printed in the MRZ, fillers removed (`D`, `GBD`, `UTO`). */
  mrz: string;
  /** ISO 3166-1 alpha-3, or the ICAO special code itself (`XXA`). */
  code: string;
  note: MrzCountryNote | null;
}

// MRZ codes that are neither ISO alpha-3 nor special codes (ICAO 9303 part 3, "Codes for
// nationality"). Germany kept its one-letter code D; the five British national statuses are
// all issued by the United Kingdom; RKS (and the older XXK) is Kosovo, which ISO 3166 lacks and
// i18n-iso-countries calls XKK.
const MRZ_ALIASES: Readonly<Record<string, { code: string; note: MrzCountryNote | null }>> = {
  D: { code: 'DEU', note: null },
  GBD: { code: 'GBR', note: 'britishNationality' },
  GBN: { code: 'GBR', note: 'britishNationality' },
  GBO: { code: 'GBR', note: 'britishNationality' },
  GBP: { code: 'GBR', note: 'britishNationality' },
  GBS: { code: 'GBR', note: 'britishNationality' },
  RKS: { code: 'XKK', note: null },
  XXK: { code: 'XKK', note: null },
};

function isSpecial(code: string): code is IcaoSpecialCode {
  return (ICAO_SPECIAL_CODES as readonly string[]).includes(code);
}

function isIsoAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
}

/**
 * The country an MRZ nationality or issuing-state code stands for, or null when the code is
 * unknown (most likely misread: the nationality has no check digit of its own in TD3).
 */
export function mrzCodeToIso(mrzCode: string): MrzCountry | null {
  const mrz = mrzCode.replace(/</g, '').trim().toUpperCase();
  const alias = MRZ_ALIASES[mrz];
  if (alias) return { mrz, code: alias.code, note: alias.note };
  if (isIsoAlpha3(mrz) || isSpecial(mrz)) return { mrz, code: mrz, note: null };
  return null;
}

/** Whether `code` (ISO alpha-3 or special) can be recorded as a guest's citizenship. */
export function isKnownCitizenship(code: string): boolean {
  return isIsoAlpha3(code) || CITIZENSHIP_SPECIAL_CODES.has(code);
}

// The short common names the portals and the desk use where the ISO name is long or not the
// one used in Kazakhstan (Кыргызстан and Молдова in Russian, as the republics name themselves).
const SHORT_NAMES: Record<Lang, Readonly<Record<string, string>>> = {
  en: {
    CHN: 'China',
    RUS: 'Russia',
    IRN: 'Iran',
    TWN: 'Taiwan',
    TZA: 'Tanzania',
    MKD: 'North Macedonia',
    USA: 'United States',
    CZE: 'Czechia',
    LAO: 'Laos',
    FSM: 'Micronesia',
    VAT: 'Vatican City',
    COD: 'DR Congo',
  },
  ru: {
    RUS: 'Россия',
    CHN: 'Китай',
    PRK: 'КНДР',
    KGZ: 'Кыргызстан',
    MDA: 'Молдова',
    COD: 'ДР Конго',
    USA: 'США',
  },
  kk: {
    USA: 'АҚШ',
    ARE: 'БАӘ',
    MKD: 'Солтүстік Македония',
    ZAF: 'Оңтүстік Африка',
  },
};

/**
 * The name of a country or ICAO special code in `lang`. MRZ-only codes (D, GBD) are named after
 * the country they map to; an unknown code is returned as it is, so the UI never shows nothing.
 */
export function countryName(code: string, lang: Lang): string {
  if (isSpecial(code)) return SPECIAL_NAMES[lang][code];
  if (isIsoAlpha3(code)) return SHORT_NAMES[lang][code] ?? countries.getName(code, lang) ?? code;
  const mapped = mrzCodeToIso(code);
  return mapped && mapped.code !== code ? countryName(mapped.code, lang) : code;
}

/** Every citizenship the form offers, sorted by the language's own alphabet (Ә after А in kk). */
export function listCountries(lang: Lang): Array<{ code: string; name: string }> {
  const codes = [...Object.keys(countries.getAlpha3Codes()), ...CITIZENSHIP_SPECIAL_CODES];
  const collator = new Intl.Collator(lang);
  return codes
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
