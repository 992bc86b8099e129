import { describe, expect, it } from 'vitest';
import {
  computeCheckDigit,
  isCheckDigitValid,
  mrzCharValue,
} from '../../../shared/documents/check-digit';

describe('the MRZ alphabet in check digits', () => {
  it('values digits as themselves, A–Z as 10–35 and the filler as 0', () => {
    expect(['0', '9', 'A', 'Z', '<'].map(mrzCharValue)).toEqual([0, 9, 10, 35, 0]);
  });

  it('has no value for anything outside A–Z 0–9 <, nor for more than one character', () => {
    for (const c of ['a', 'z', '/', ':', '@', '[', ' ', 'Ё', '12', 'AB', '']) {
      expect([c, mrzCharValue(c)]).toEqual([c, null]);
    }
    expect(computeCheckDigit('L898902c3')).toBeNull();
  });

  it('accepts only a single digit as a check digit', () => {
    expect(isCheckDigitValid('L898902C3', '6')).toBe(true);
    for (const d of ['<', 'G', '66', ' 6', '6 ', '']) {
      expect([d, isCheckDigitValid('L898902C3', d)]).toEqual([d, false]);
    }
    // `<` counts as 0 in the data but is never a valid check digit, even where 0 is due.
    expect(computeCheckDigit('<<<')).toBe(0);
    expect(isCheckDigitValid('<<<', '<')).toBe(false);
  });
});
