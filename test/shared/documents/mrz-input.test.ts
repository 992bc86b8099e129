import { describe, expect, it } from 'vitest';
import { readMrz } from '../../../shared/documents/mrz';
import { td1, td3 } from './mrz-builders';

const TODAY = { today: '2026-03-01' };
const [L1, L2] = td3();

// What a reader types on a machine set to the Russian layout: the same keys, Cyrillic letters.
const RUSSIAN_KEYS: Record<string, string> = {
  Q: 'Й', W: 'Ц', E: 'У', R: 'К', T: 'Е', Y: 'Н', U: 'Г', I: 'Ш', O: 'Щ', P: 'З',
  A: 'Ф', S: 'Ы', D: 'В', F: 'А', G: 'П', H: 'Р', J: 'О', K: 'Л', L: 'Д',
  Z: 'Я', X: 'Ч', C: 'С', V: 'М', B: 'И', N: 'Т', M: 'Ь', '<': 'Б',
}; // prettier-ignore
const inRussianLayout = (line: string) => line.replace(/[A-Z<]/g, (c) => RUSSIAN_KEYS[c] ?? c);

describe('readMrz input forms', () => {
  it('reads lines joined by LF, CRLF or CR, with blank lines and surrounding spaces', () => {
    for (const text of [
      `${L1}\n${L2}`,
      `${L1}\r\n${L2}\r\n`,
      `  ${L1}\r${L2}  `,
      `\n${L1}\n\n${L2}\n`,
    ]) {
      expect(readMrz(text, TODAY).format).toBe('TD3');
      expect(readMrz(text, TODAY).valid).toBe(true);
    }
  });

  it('reads a zone pasted as one run, with or without a space between the lines', () => {
    expect(readMrz(L1 + L2, TODAY).fields.documentNumber).toBe('L898902C3');
    expect(readMrz(`${L1} ${L2}`, TODAY).valid).toBe(true);
    expect(readMrz(td1().join(''), TODAY).format).toBe('TD1');
    expect(readMrz(td1().join(' '), TODAY).format).toBe('TD1');
  });

  it('reads lower case as upper case', () => {
    const result = readMrz([L1.toLowerCase(), L2.toLowerCase()], TODAY);
    expect(result.valid).toBe(true);
    expect(result.fields.surname).toBe('ERIKSSON');
  });

  it('takes spaces a reader typed for fillers as <', () => {
    const spaced = L1.replace(/</g, ' ');
    const result = readMrz([spaced, L2], TODAY);
    expect(result.valid).toBe(true);
    expect(result.fields.givenNames).toBe('ANNA MARIA');
  });

  it('takes « as one filler, or as two when only that gives the right length', () => {
    expect(readMrz([L1.replace('<<ANNA', '«<ANNA'), L2], TODAY).valid).toBe(true);
    expect(readMrz([L1.replace('<<ANNA', '«ANNA'), L2], TODAY).valid).toBe(true);
  });

  it('undoes the Russian keyboard layout and says so', () => {
    const result = readMrz([inRussianLayout(L1), inRussianLayout(L2)], TODAY);
    expect(result.valid).toBe(true);
    expect(result.fields.surname).toBe('ERIKSSON');
    expect(result.warnings).toContainEqual({ field: 'lines', code: 'mrz.keyboard_layout' });
  });

  it('drops control characters a reader sends around the zone', () => {
    expect(readMrz(`\u0002${L1}\n${L2}\u0003`, TODAY).valid).toBe(true);
  });
});

describe('readMrz unreadable input', () => {
  const unreadable = (input: string | string[]) => {
    const result = readMrz(input, TODAY);
    expect(result.format).toBeNull();
    expect(result.valid).toBe(false);
    expect(result.fields.surname).toBe('');
    return result.errors;
  };

  it('says so when there is nothing to read', () => {
    expect(unreadable('')).toEqual([{ field: 'lines', code: 'mrz.empty' }]);
    expect(unreadable([])).toEqual([{ field: 'lines', code: 'mrz.empty' }]);
  });

  it('rejects lines of the wrong length or count', () => {
    expect(unreadable([L1, L2.slice(0, 43)])).toEqual([
      { field: 'lines', code: 'mrz.line_length' },
    ]);
    expect(unreadable([L1])).toEqual([{ field: 'lines', code: 'mrz.line_length' }]);
    expect(unreadable([L1, L2, L2])).toEqual([{ field: 'lines', code: 'mrz.line_length' }]);
    expect(unreadable(td1().slice(0, 2))).toEqual([{ field: 'lines', code: 'mrz.line_length' }]);
    expect(unreadable([L1.slice(0, 36), L2])).toEqual([
      { field: 'lines', code: 'mrz.line_length' },
    ]);
  });

  it('names the line and position of each character outside A–Z 0–9 <', () => {
    const bad = `${L2.slice(0, 4)}?${L2.slice(5, 20)}#${L2.slice(21)}`;
    expect(unreadable([L1, bad])).toEqual([
      { field: 'lines', code: 'mrz.alphabet', line: 2, position: 5 },
      { field: 'lines', code: 'mrz.alphabet', line: 2, position: 21 },
    ]);
  });

  it('refuses an old French identity card rather than misreading it as TD2', () => {
    const french = ['IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013', '0506932020438CHRISTIANE<<NI2906209F3'];
    expect(unreadable(french)).toEqual([{ field: 'lines', code: 'mrz.format_unsupported' }]);
  });
});
