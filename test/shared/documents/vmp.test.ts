import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VMP_DOCUMENT_TYPE,
  DEFAULT_VMP_PURPOSE,
  VMP_DOCUMENT_TYPES,
  VMP_PURPOSES,
  documentTypeFromMrz,
  vmpDocumentType,
  vmpPurpose,
} from '../../../shared/documents/vmp';

describe('VMP dictionaries', () => {
  it('hold every document type code of domain.md §5, once', () => {
    expect(VMP_DOCUMENT_TYPES.map((entry) => entry.code)).toEqual([
      '1', '2', '3', '4', '5', '6', '8', '13', '14', '16', '17', '18',
    ]); // prettier-ignore
  });

  it('hold every purpose code of domain.md §5, once, in its order', () => {
    expect(VMP_PURPOSES.map((entry) => entry.code)).toEqual([
      '55', '31', '32', '33', '35', '11', '66', '71', '34', '73', '58', '57',
      '67', '46', '44', '45', '41', '42', '43', '9', '91', '56', '14', '2',
    ]); // prettier-ignore
  });

  it("use the portal's Russian labels word for word", () => {
    expect(vmpDocumentType('1')?.ru).toBe('Национальный паспорт');
    expect(vmpDocumentType('13')?.ru).toBe('Удостоверение личности лица без гражданства');
    expect(vmpDocumentType('18')?.ru).toBe('Вид на жительство');
    expect(vmpPurpose('11')?.ru).toBe('Туризм');
    expect(vmpPurpose('33')?.ru).toBe('Частная на похороны');
    expect(vmpPurpose('35')?.ru).toBe('Частная - посещение родных мест и могил родственников');
    expect(vmpPurpose('44')?.ru).toBe('Работа - по международному договору');
    expect(vmpPurpose('91')?.ru).toBe('Инвесторская - член семьи инвестора');
  });

  it('give every entry a Russian, a Kazakh (Cyrillic) and an English label', () => {
    for (const entry of [...VMP_DOCUMENT_TYPES, ...VMP_PURPOSES]) {
      expect(entry.ru).toMatch(/^[А-Яа-яЁё][А-Яа-яЁё ,()-]*$/);
      expect(entry.kk).toMatch(/^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі ,()-]*$/);
      expect(entry.en).toMatch(/^[A-Z][A-Za-z ,'()-]*$/);
    }
  });

  it('use the Kazakh words the portal uses for the main purposes', () => {
    expect(['11', '55', '57', '43', '58', '67'].map((code) => vmpPurpose(code)?.kk)).toEqual([
      'Туризм', 'Жеке', 'Емделу', 'Оқу', 'Транзит', 'Жұмыс',
    ]); // prettier-ignore
  });

  it('default to a national passport and to tourism', () => {
    expect(DEFAULT_VMP_DOCUMENT_TYPE).toBe('1');
    expect(DEFAULT_VMP_PURPOSE).toBe('11');
    expect(vmpPurpose(DEFAULT_VMP_PURPOSE)?.en).toBe('Tourism');
  });

  it('find nothing for a code VMP does not have', () => {
    expect(vmpDocumentType('7')).toBeUndefined();
    expect(vmpPurpose('12')).toBeUndefined();
  });
});

describe('documentTypeFromMrz', () => {
  it.each([
    ['P', 'KAZ', '1'],
    ['PP', 'USA', '1'],
    ['PE', 'RUS', '1'],
    ['PD', 'RUS', '2'],
    ['PS', 'UZB', '3'],
    ['PO', 'TUR', '3'],
    ['PO', 'CHN', '1'],
    ['I', 'KGZ', '4'],
    ['ID', 'DEU', '4'],
    ['AC', 'FRA', '4'],
    ['C', 'ITA', '4'],
    ['P', 'XXA', '13'],
    ['I', 'XXA', '13'],
    ['P', 'XXB', '1'],
    ['V', 'IND', '17'],
  ])('maps document code %s of a %s holder to VMP type %s', (code, nationality, expected) => {
    expect(documentTypeFromMrz(code, nationality)).toBe(expected);
  });
});
