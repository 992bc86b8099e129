import { describe, expect, it } from 'vitest';
import {
  childFields,
  missingFields,
  portalFields,
  type FilingFacts,
} from '../../../shared/filing/portal-fields';

const facts = (over: Partial<FilingFacts> = {}): FilingFacts => ({
  person: {
    surname: 'Taylor',
    givenNames: 'emma  jane',
    patronymic: '',
    citizenship: 'GBR',
    birthDate: '1990-07-04',
    sex: 'F',
    phone: '+44 20 7946 0000',
    email: 'emma@example.com',
  },
  document: {
    typeCode: '1',
    number: '123 456-789',
    series: '',
    issueDate: '2019-02-01',
    expiryDate: '2029-01-31',
  },
  stay: {
    checkInDate: '2026-03-20',
    checkInAt: '2026-03-20T09:30:00Z',
    plannedCheckOut: '2026-03-28',
    purposeCode: '11',
    visaNumber: '',
    entryDate: '2026-03-19',
  },
  hotelAddress: 'Astana, Qabanbai Batyr Ave 11',
  ...over,
});

const byKey = (portal: 'eqonaq' | 'vmp', f = facts()) =>
  Object.fromEntries(portalFields(portal, f).map((x) => [x.key, x]));

describe("e-Qonaq's form (domain.md §5 table)", () => {
  it('lists the 20 fields in the portal order with its own ru, kk and en labels', () => {
    const fields = portalFields('eqonaq', facts());
    expect(fields.map((f) => f.label.ru)).toEqual([
      'Дата заезда - выезда',
      'Время заезда',
      'Адрес прибывания',
      'Имя',
      'Фамилия',
      'Отчество',
      'Гражданство',
      'Дата рождения',
      'Пол',
      'Телефон',
      'E-mail',
      'Тип документа',
      'Номер документа',
      'Серия документа',
      'Дата выдачи',
      'Дата окончания срока',
      'Цель визита',
      'Дата начала',
      'Дата окончания',
      'Дополнительные сведения',
    ]);
    expect(fields[3]!.label).toEqual({ ru: 'Имя', kk: 'Аты', en: 'First name' });
    expect(fields[5]!.label.kk).toBe('Әкесінің аты');
    // Row 14 has no Kazakh or English label on the portal.
    expect(fields[13]!.label).toEqual({ ru: 'Серия документа', kk: null, en: null });
  });

  it('formats each value as the portal takes it', () => {
    const v = byKey('eqonaq');
    expect(v.stayDates!.value).toBe('20.03.2026 - 28.03.2026');
    // 09:30 UTC is 14:30 in Kazakhstan (UTC+5), whatever the PC's zone.
    expect(v.checkInTime!.value).toBe('14:30');
    expect(v.address!.value).toBe('Astana, Qabanbai Batyr Ave 11');
    expect(v.givenNames!.value).toBe('EMMA JANE');
    expect(v.surname!.value).toBe('TAYLOR');
    expect(v.citizenship!.value).toBe('Великобритания');
    expect(v.birthDate!.value).toBe('04.07.1990');
    expect(v.sex!.value).toBe('женский');
    expect(v.documentType!.value).toBe('Национальный паспорт');
    expect(v.documentNumber!.value).toBe('123456789');
    expect(v.issueDate!.value).toBe('01.02.2019');
    expect(v.expiryDate!.value).toBe('31.01.2029');
    expect(v.purpose!.value).toBe('Туризм');
    expect(v.stayFrom!.value).toBe('20.03.2026');
    expect(v.stayTo!.value).toBe('28.03.2026');
  });

  it('words a man as мужской and leaves an X document for the receptionist to settle', () => {
    const man = facts();
    man.person = { ...man.person, sex: 'M' };
    expect(byKey('eqonaq', man).sex!.value).toBe('мужской');
    const x = facts();
    x.person = { ...x.person, sex: 'X' };
    expect(byKey('eqonaq', x).sex).toMatchObject({ value: '', missing: true });
  });

  it('uses the VMP dictionary for other document types and purposes', () => {
    const f = facts({ stay: { ...facts().stay, purposeCode: '66' } });
    f.document = { ...f.document!, typeCode: '4' };
    expect(byKey('eqonaq', f).documentType!.value).toBe('Удостоверение личности');
    expect(byKey('eqonaq', f).purpose!.value).toBe('Деловая');
  });

  it('names the missing date of issue (no MRZ carries it) and a missing departure date', () => {
    const f = facts({ stay: { ...facts().stay, plannedCheckOut: null } });
    f.document = { ...f.document!, issueDate: null };
    expect(missingFields('eqonaq', f)).toEqual(['stayDates', 'issueDate', 'stayTo']);
    // Optional fields never block: no patronymic, phone, e-mail, series or comment.
    expect(missingFields('eqonaq', facts())).toEqual([]);
  });
});

describe("VMP's form", () => {
  it('does not ask for the date of issue but does for the visa and entry fields', () => {
    const f = facts();
    f.document = { ...f.document!, issueDate: null };
    expect(missingFields('vmp', f)).toEqual([]);
    const v = byKey('vmp', { ...f, stay: { ...f.stay, visaNumber: 'v123' } });
    expect(v.visaNumber!.value).toBe('V123');
    expect(v.entryDate!.value).toBe('19.03.2026');
    expect(v.citizenship!.value).toBe('Великобритания');
  });

  it("lists a child travelling on a parent's document with name, birth date, sex, citizenship", () => {
    const child = facts({ document: null });
    child.person = { ...child.person, givenNames: 'Lily', birthDate: '2019-05-02', sex: 'F' };
    expect(childFields(child).map((f) => [f.key, f.value])).toEqual([
      ['surname', 'TAYLOR'],
      ['givenNames', 'LILY'],
      ['birthDate', '02.05.2019'],
      ['sex', 'женский'],
      ['citizenship', 'Великобритания'],
    ]);
  });
});

describe('missing fields', () => {
  // Every way a fact can be absent or unusable, one at a time: missingFields asks whether a value
  // exists without formatting it, and must name exactly the required fields that format to ''.
  const blanks: Array<[string, FilingFacts]> = [['complete', facts()]];
  const base = facts();
  for (const [key, values] of Object.entries({
    surname: ['', '  ', '\t'],
    givenNames: ['', ' '],
    patronymic: ['', ' \n '],
    citizenship: ['', 'XXA', 'D'],
    birthDate: [null, '', '1990-7-4', '04.07.1990', '1990-07-04T00:00'],
    sex: [null, 'X', 'M'],
    phone: ['', ' '],
    email: [''],
  } as Record<string, unknown[]>)) {
    for (const v of values)
      blanks.push([
        `person.${key}=${JSON.stringify(v)}`,
        { ...base, person: { ...base.person, [key]: v } },
      ]);
  }
  for (const [key, values] of Object.entries({
    typeCode: ['', '99'],
    number: ['', ' - '],
    series: ['', ' '],
    issueDate: [null, '', '2019-2-1'],
    expiryDate: [null, '', 'soon'],
  } as Record<string, unknown[]>)) {
    for (const v of values)
      blanks.push([
        `document.${key}=${JSON.stringify(v)}`,
        { ...base, document: { ...base.document!, [key]: v } },
      ]);
  }
  blanks.push(['no document', { ...base, document: null }]);
  for (const [key, values] of Object.entries({
    checkInDate: ['', '2026-03'],
    checkInAt: ['', 'not a time', '2026-03-20T23:30:00+05:00'],
    plannedCheckOut: [null, '', '2026-3-28'],
    purposeCode: [null, '', '00'],
    visaNumber: ['', ' '],
    entryDate: [null, '', '19.03.2026'],
  } as Record<string, unknown[]>)) {
    for (const v of values)
      blanks.push([
        `stay.${key}=${JSON.stringify(v)}`,
        { ...base, stay: { ...base.stay, [key]: v } },
      ]);
  }
  blanks.push(['no address', { ...base, hotelAddress: '  ' }]);

  it.each(blanks)('names what formats to nothing on both portals: %s', (_name, f) => {
    for (const portal of ['eqonaq', 'vmp'] as const) {
      const formatted = portalFields(portal, f)
        .filter((x) => x.required && x.value === '')
        .map((x) => x.key);
      expect(missingFields(portal, f)).toEqual(formatted);
    }
  });
});
