import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from '../../../shared/documents/check-digit';
import {
  enumerateReadings,
  isTwinShaped,
  twinReadings,
  twinsOf,
} from '../../../shared/documents/mrz-twins';
import {
  correctMrzLines,
  findDoubts,
  glyphLines,
  type SeenZone,
} from '../../../shared/documents/mrz-ocr';
import { td1, td3 } from './mrz-builders';

const digitOf = (text: string) => String(computeCheckDigit(text));

// Issue 24: each misreading came back with valid: true, its check digit the truth's.
const MISREAD = [
  { truth: 'C01X00T47', read: 'CO1XOQT47' },
  { truth: 'BS0Z82G51', read: 'BSOZS2GSI' },
  { truth: 'U08B51S20', read: 'UO8BS132O' },
];

const seenOf = (lines: string[]): SeenZone => ({
  format: lines.length === 3 ? 'TD1' : 'TD3',
  lines: glyphLines(lines.join('\n')),
});

describe('twin shapes', () => {
  it('knows the twins OCR-B keeps close, and that other characters have none', () => {
    expect(twinsOf('0')).toEqual(['0', 'O', 'D', 'Q']);
    expect(twinsOf('S')).toEqual(['S', '5', '8', '3']);
    expect(twinsOf('8')).toEqual(['8', 'B', 'S']);
    expect(twinsOf('G')).toEqual(['G', '6']);
    expect(twinsOf('X')).toEqual(['X']);
    expect(isTwinShaped('7')).toBe(false);
    expect(isTwinShaped('4')).toBe(false);
    expect(isTwinShaped('I')).toBe(true);
  });

  for (const { truth, read } of MISREAD) {
    it(`offers ${truth} among the readings of ${read}, and ${read} among those of ${truth}`, () => {
      const digit = digitOf(truth);
      // The very trap: the misreading's check digit is the truth's.
      expect(digitOf(read)).toBe(digit);
      const fromTruth = twinReadings(truth, digit);
      expect(fromTruth[0]).toBe(truth);
      expect(fromTruth).toContain(read);
      expect(fromTruth.length).toBeGreaterThan(1);
      // What the desk was shown: the truth is among its other readings.
      expect(twinReadings(read, digit)).toContain(truth);
      for (const reading of fromTruth) expect(digitOf(reading)).toBe(digit);
    });
  }

  it('gives one reading only when the check digit settles every twin', () => {
    // One twin-shaped character: 1 and I differ by 17, times a weight of 7, 3 or 1: never 0
    // modulo 10.
    expect(twinReadings('K4794N7X1', digitOf('K4794N7X1'))).toEqual(['K4794N7X1']);
    expect(twinReadings('47479X7T4', digitOf('47479X7T4'))).toEqual(['47479X7T4']);
    // 8 and S weigh the same modulo 10 (8 and 28): every 8 is in doubt.
    expect(twinReadings('K4794N7X8', digitOf('K4794N7X8'))).toContain('K4794N7XS');
    // 6 and G weigh the same modulo 10 (6 and 16): no check digit tells them apart.
    expect(twinReadings('N473476', digitOf('N473476'))).toEqual(['N473476', 'N47347G']);
    // A reading whose check digit fails is no reading.
    expect(twinReadings('47479X7T4', '0')).toEqual([]);
  });

  it('enumerates every combination in order, and gives up past the limit', () => {
    expect(enumerateReadings([['A', 'B'], ['1'], ['x', 'y']], () => true)).toEqual([
      'A1x',
      'A1y',
      'B1x',
      'B1y',
    ]);
    expect(
      enumerateReadings(
        Array.from({ length: 20 }, () => ['0', 'O']),
        () => true,
      ),
    ).toBeNull();
  });
});

describe('doubtful fields of a zone read from a picture', () => {
  it('marks a twin-heavy document number, names its doubtful characters and offers the truth', () => {
    const truth = td3({ number: 'U08B51S20', state: 'TUR', nationality: 'TUR', optional: '' });
    const read: [string, string] = [truth[0], `UO8BS132O${truth[1].slice(9)}`];
    const [doubt, ...rest] = findDoubts('TD3', read, [seenOf(read), seenOf(truth)]);
    expect(rest).toEqual([]);
    expect(doubt).toMatchObject({ field: 'documentNumber' });
    expect(doubt!.alternatives).toContain('U08B51S20');
    expect(doubt!.alternativeCount).toBeGreaterThanOrEqual(doubt!.alternatives.length);
    // U is no twin: the first character is never in doubt.
    expect(doubt!.positions).not.toContain(1);
    expect(doubt!.positions).toEqual(expect.arrayContaining([2, 5, 7, 9]));
  });

  it('leaves a field alone whose characters have no twin or whose check digit settles them', () => {
    const plain = td3({ number: '47479X7T4', optional: '' });
    expect(findDoubts('TD3', plain, [seenOf(plain)])).toEqual([]);
    const settled = td3({ number: 'K4794N7X1', optional: '' });
    expect(findDoubts('TD3', settled, [seenOf(settled)])).toEqual([]);
    // Names and dates are letters only and digits only: their twins are never doubted.
    const card = td1({ number: 'K4794N7X1', name: 'OSBORNE<<DIZZIE', birth: '860508' });
    expect(findDoubts('TD1', card, [seenOf(card)])).toEqual([]);
  });

  it('does not doubt a reading whose check digit fails: that is an error, not a doubt', () => {
    const lines = td3({ number: 'C01X00T47', optional: '' }, 'documentNumber');
    expect(findDoubts('TD3', lines, [seenOf(lines)])).toEqual([]);
  });

  it('doubts a personal number of letters and digits as it doubts the document number', () => {
    const lines = td3({ number: '47479X7T4', optional: 'Z0B8' });
    const [doubt] = findDoubts('TD3', lines, [seenOf(lines)]);
    expect(doubt?.field).toBe('optionalData');
  });
});

describe('a second opinion sure of a twin (the OCR-B classifier)', () => {
  const truth = td3({ number: 'FA0818S25', state: 'UZB', nationality: 'UZB', optional: '' });
  // Tesseract's habit: S read as 8, which weighs the same in a check digit (28 ≡ 8 mod 10).
  const tesseract: [string, string] = [truth[0], `FA0818825${truth[1].slice(9)}`];
  const all = () => true;
  const none = () => false;

  it('without it, the twins stay in doubt and both holding readings disagreeing is a doubt', () => {
    const [doubt] = findDoubts('TD3', truth, [seenOf(truth), seenOf(tesseract)], none);
    expect(doubt).toMatchObject({ field: 'documentNumber' });
    expect(doubt!.alternatives).toContain('FA0818825');
    expect(doubt!.positions).toContain(7);
  });

  it('settles the twins it is sure of, even where the other recogniser saw the twin', () => {
    expect(findDoubts('TD3', truth, [seenOf(truth), seenOf(tesseract)], all)).toEqual([]);
    expect(findDoubts('TD3', truth, [seenOf(truth)], all)).toEqual([]);
  });

  it('settles only the characters it is sure of: one unsure twin leaves its readings offered', () => {
    // Sure of everything but the 7th character (S): 8 there still holds and is offered.
    const [doubt] = findDoubts('TD3', truth, [seenOf(truth)], (line, column) => column !== 6);
    expect(doubt).toMatchObject({ field: 'documentNumber', positions: [7] });
    expect(doubt!.alternatives).toEqual(['FA0818825']);
  });

  it('never settles two holding readings that differ in a character that is no twin', () => {
    // A (10) and K (20) weigh the same modulo 10: K for A holds every check digit, yet they are
    // no twins, so the classifier's sureness about twins says nothing about it.
    const misread: [string, string] = [truth[0], `FK0818S25${truth[1].slice(9)}`];
    const [doubt] = findDoubts('TD3', truth, [seenOf(truth), seenOf(misread)], all);
    expect(doubt).toMatchObject({ field: 'documentNumber', positions: [2] });
    expect(doubt!.alternatives).toEqual(['FK0818S25']);
  });
});

describe('country codes read with a twin letter', () => {
  it("reads Germany's D taken for O as D: no state has the code O", () => {
    const lines = td3({ state: 'D', nationality: 'D', number: '47479X7T4', optional: '' });
    const misread = [lines[0], `${lines[1].slice(0, 10)}O${lines[1].slice(11)}`];
    expect(correctMrzLines('TD3', [seenOf(misread)])).toEqual(lines);
  });

  it('leaves a code alone that exists as read, or that no single twin makes a real one', () => {
    const lines = td3({ state: 'DOM', nationality: 'DOM', number: '47479X7T4', optional: '' });
    expect(correctMrzLines('TD3', [seenOf(lines)])).toEqual(lines);
    // XQX: neither XOX nor XDX nor X0X is a state.
    const unknown = td3({ state: 'XQX', nationality: 'XQX', number: '47479X7T4', optional: '' });
    expect(correctMrzLines('TD3', [seenOf(unknown)])).toEqual(unknown);
  });
});
