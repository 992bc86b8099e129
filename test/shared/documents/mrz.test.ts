import { describe, expect, it } from 'vitest';
import { readMrz } from '../../../shared/documents/mrz';
import { checkBirthDate } from '../../../shared/documents/mrz-dates';
import { td1, td2, td3 } from './mrz-builders';
import type { CheckTarget } from './mrz-builders';

const TODAY = { today: '2026-03-01' };

const TD3_SPECIMEN = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
];
const TD1_SPECIMEN = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];
const TD2_SPECIMEN = [
  'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<',
  'D231458907UTO7408122F1204159<<<<<<<6',
];

const codes = (issues: Array<{ field: string; code: string }>) =>
  issues.map(({ field, code }) => `${field}:${code}`);

describe('readMrz on the ICAO 9303 specimens', () => {
  it('reads the TD3 passport specimen', () => {
    const result = readMrz(TD3_SPECIMEN, TODAY);
    expect(result.format).toBe('TD3');
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.fields).toEqual({
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      nationality: 'UTO',
      citizenship: 'UTO',
      issuingState: 'UTO',
      birthDate: '1974-08-12',
      sex: 'F',
      documentNumber: 'L898902C3',
      documentCode: 'P',
      expiryDate: '2012-04-15',
      optionalData: 'ZE184226B',
    });
  });

  it('reads the TD1 identity card specimen', () => {
    const result = readMrz(TD1_SPECIMEN, TODAY);
    expect(result.format).toBe('TD1');
    expect(result.valid).toBe(true);
    expect(result.fields).toMatchObject({
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      documentCode: 'I',
      documentNumber: 'D23145890',
      birthDate: '1974-08-12',
      expiryDate: '2012-04-15',
      sex: 'F',
      optionalData: '',
      optionalData2: '',
    });
  });

  it('reads the TD2 specimen', () => {
    const result = readMrz(TD2_SPECIMEN, TODAY);
    expect(result.format).toBe('TD2');
    expect(result.valid).toBe(true);
    expect(result.fields).toMatchObject({
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      documentNumber: 'D23145890',
      birthDate: '1974-08-12',
      expiryDate: '2012-04-15',
    });
  });

  it('marks the specimen state and its long-past expiry as warnings, not errors', () => {
    const result = readMrz(TD3_SPECIMEN, TODAY);
    expect(codes(result.warnings)).toEqual([
      'issuingState:document.specimen',
      'expiryDate:document.expired',
    ]);
  });

  it('builds the very same lines as ICAO publishes, so the builders can be trusted', () => {
    expect(td3()).toEqual(TD3_SPECIMEN);
    expect(td2()).toEqual(TD2_SPECIMEN);
    expect(td1()).toEqual(TD1_SPECIMEN);
  });

  it('joins a TD1 document number longer than nine characters from its overflow', () => {
    const lines = [
      'I<UTOD23145890<1233<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<2',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ];
    const result = readMrz(lines, TODAY);
    expect(result.valid).toBe(true);
    expect(result.fields.documentNumber).toBe('D23145890123');
    expect(result.fields.optionalData).toBe('');
  });
});

describe('readMrz check digits', () => {
  const cases: Array<[string, (wrong: CheckTarget) => string[], CheckTarget[]]> = [
    [
      'TD3',
      (wrong) => td3({}, wrong),
      ['documentNumber', 'birthDate', 'expiryDate', 'optionalData', 'composite'],
    ],
    ['TD2', (wrong) => td2({}, wrong), ['documentNumber', 'birthDate', 'expiryDate', 'composite']],
    ['TD1', (wrong) => td1({}, wrong), ['documentNumber', 'birthDate', 'expiryDate', 'composite']],
  ];
  for (const [format, build, targets] of cases) {
    for (const target of targets) {
      it(`reports a wrong ${target} check digit in ${format} on that field alone`, () => {
        const result = readMrz(build(target), TODAY);
        expect(result.format).toBe(format);
        expect(result.valid).toBe(false);
        expect(result.errors).toEqual([{ field: target, code: 'mrz.check_digit' }]);
      });
    }
  }

  it('still returns every field as read when a check digit fails', () => {
    const result = readMrz(td3({}, 'documentNumber'), TODAY);
    expect(result.fields.documentNumber).toBe('L898902C3');
    expect(result.fields.surname).toBe('ERIKSSON');
    expect(result.fields.birthDate).toBe('1974-08-12');
  });

  it('catches a misread character in the document number on that field and the composite', () => {
    const [line1, line2] = TD3_SPECIMEN as [string, string];
    const result = readMrz([line1, `L898902C8${line2.slice(9)}`], TODAY);
    expect(codes(result.errors)).toEqual([
      'documentNumber:mrz.check_digit',
      'composite:mrz.check_digit',
    ]);
  });

  it('accepts an empty personal number whose check digit is < or 0', () => {
    expect(readMrz(td3({ optional: '' }), TODAY).valid).toBe(true);
    const [line1, line2] = td3({ optional: '' });
    const zero = `${line2.slice(0, 42)}0${line2.slice(43)}`;
    expect(readMrz([line1, zero], TODAY).errors).toEqual([]);
  });
});

describe('readMrz dates', () => {
  it('puts a two-digit birth year that would be in the future in the 1900s', () => {
    expect(readMrz(td3({ birth: '300101' }), TODAY).fields.birthDate).toBe('1930-01-01');
    expect(readMrz(td3({ birth: '260302' }), TODAY).fields.birthDate).toBe('1926-03-02');
  });

  it('keeps a birth year in the 2000s when that is not after today', () => {
    expect(readMrz(td3({ birth: '150601' }), TODAY).fields.birthDate).toBe('2015-06-01');
    expect(readMrz(td3({ birth: '260301' }), TODAY).fields.birthDate).toBe('2026-03-01');
  });

  it('takes today from the caller', () => {
    const result = readMrz(td3({ birth: '150601' }), { today: '2010-01-01' });
    expect(result.fields.birthDate).toBe('1915-06-01');
  });

  it('reads expiry years up to fifty years ahead as 20xx and later ones as 19xx', () => {
    expect(readMrz(td3({ expiry: '351231' }), TODAY).fields.expiryDate).toBe('2035-12-31');
    expect(readMrz(td3({ expiry: '760101' }), TODAY).fields.expiryDate).toBe('2076-01-01');
    expect(readMrz(td3({ expiry: '800101' }), TODAY).fields.expiryDate).toBe('1980-01-01');
  });

  it('warns of an expired document without making it invalid', () => {
    const expired = readMrz(td3({ expiry: '260228' }), TODAY);
    expect(expired.valid).toBe(true);
    expect(expired.warnings).toContainEqual({ field: 'expiryDate', code: 'document.expired' });
    const lastDay = readMrz(td3({ expiry: '260301' }), TODAY);
    expect(codes(lastDay.warnings)).not.toContain('expiryDate:document.expired');
  });

  it('rejects a date that does not exist even when its check digit matches', () => {
    const result = readMrz(td3({ birth: '740230' }), TODAY);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([{ field: 'birthDate', code: 'mrz.date_invalid' }]);
    expect(result.fields.birthDate).toBeNull();
    expect(readMrz(td3({ expiry: '271301' }), TODAY).errors).toEqual([
      { field: 'expiryDate', code: 'mrz.date_invalid' },
    ]);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(readMrz(td3({ birth: '000229' }), TODAY).fields.birthDate).toBe('2000-02-29');
    expect(readMrz(td3({ birth: '010229' }), TODAY).errors).toEqual([
      { field: 'birthDate', code: 'mrz.date_invalid' },
    ]);
  });

  it('leaves a birth date with unknown day or month empty, with a warning', () => {
    const result = readMrz(td3({ birth: '74<<<<' }), TODAY);
    expect(result.fields.birthDate).toBeNull();
    expect(result.valid).toBe(true);
    expect(result.warnings).toContainEqual({ field: 'birthDate', code: 'mrz.date_incomplete' });
  });
});

describe('checkBirthDate, for dates corrected by hand', () => {
  it('rejects a birth date after today and one that does not exist', () => {
    expect(checkBirthDate('2026-03-02', '2026-03-01')).toBe('mrz.birth_in_future');
    expect(checkBirthDate('2026-03-01', '2026-03-01')).toBeNull();
    expect(checkBirthDate('1990-02-30', '2026-03-01')).toBe('mrz.date_invalid');
    expect(checkBirthDate('01.02.1990', '2026-03-01')).toBe('mrz.date_invalid');
  });
});

describe('readMrz names and codes', () => {
  it('reads several surnames and given names with single spaces', () => {
    const result = readMrz(td3({ name: 'VAN<DER<BERG<<JAN<PIETER<MARIA' }), TODAY);
    expect(result.fields.surname).toBe('VAN DER BERG');
    expect(result.fields.givenNames).toBe('JAN PIETER MARIA');
  });

  it('reads a surname alone when there are no given names', () => {
    const result = readMrz(td1({ name: 'NURLANULY' }), TODAY);
    expect(result.fields).toMatchObject({ surname: 'NURLANULY', givenNames: '' });
  });

  it('warns that a name filling the whole field may be truncated', () => {
    const name = 'ABDURAKHMANOVAKHMEDOVA<<GULNARA<ZULFIYA';
    const result = readMrz(td3({ name }), TODAY);
    expect(name).toHaveLength(39);
    expect(result.warnings).toContainEqual({ field: 'givenNames', code: 'mrz.name_truncated' });
  });

  it('flags digits in a name as a misread', () => {
    const result = readMrz(td3({ name: 'ER1KSSON<<ANNA' }), TODAY);
    expect(result.errors).toEqual([{ field: 'surname', code: 'mrz.name_invalid' }]);
    expect(result.fields.surname).toBe('ER1KSSON');
  });

  it('reads sex M, F, X and unspecified <', () => {
    expect(readMrz(td3({ sex: 'M' }), TODAY).fields.sex).toBe('M');
    expect(readMrz(td3({ sex: 'X' }), TODAY).fields.sex).toBe('X');
    expect(readMrz(td3({ sex: '<' }), TODAY).fields.sex).toBe('X');
    const wrong = readMrz(td3({ sex: 'Q' }), TODAY);
    expect(wrong.fields.sex).toBeNull();
    expect(wrong.errors).toEqual([{ field: 'sex', code: 'mrz.sex_invalid' }]);
  });

  it("keeps Germany's one-letter code and maps it to DEU for citizenship", () => {
    const result = readMrz(td3({ state: 'D', nationality: 'D' }), TODAY);
    expect(result.valid).toBe(true);
    expect(result.fields).toMatchObject({
      nationality: 'D',
      issuingState: 'D',
      citizenship: 'DEU',
    });
  });

  it('reads the stateless and refugee codes as known nationalities', () => {
    for (const code of ['XXA', 'XXB', 'XXC', 'XXX']) {
      const result = readMrz(td3({ state: 'KAZ', nationality: code }), TODAY);
      expect(result.errors).toEqual([]);
      expect(result.fields.citizenship).toBe(code);
    }
  });

  it('rejects a country code that does not exist', () => {
    const result = readMrz(td3({ state: 'KAZ', nationality: 'KZX' }), TODAY);
    expect(result.errors).toEqual([{ field: 'nationality', code: 'mrz.country_unknown' }]);
    expect(result.fields).toMatchObject({ nationality: 'KZX', citizenship: null });
  });

  it('reads diplomatic and card document codes and rejects a visa code in a passport zone', () => {
    expect(readMrz(td3({ code: 'PD' }), TODAY).fields.documentCode).toBe('PD');
    expect(readMrz(td1({ code: 'ID' }), TODAY).fields.documentCode).toBe('ID');
    expect(readMrz(td3({ code: 'V<' }), TODAY).errors).toEqual([
      { field: 'documentCode', code: 'mrz.document_code' },
    ]);
  });
});
