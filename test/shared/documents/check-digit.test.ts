import fc from 'fast-check';
import { parse } from 'mrz';
import { describe, expect, it } from 'vitest';
import { computeCheckDigit, isCheckDigitValid } from '../../../shared/documents/check-digit';
import { failedCheckDigits } from '../../../shared/documents/mrz-layout';
import { td3 } from './mrz-builders';

describe('computeCheckDigit', () => {
  it('gives the digits printed in the ICAO 9303 specimen', () => {
    expect(computeCheckDigit('L898902C3')).toBe(6);
    expect(computeCheckDigit('740812')).toBe(2);
    expect(computeCheckDigit('120415')).toBe(9);
    expect(computeCheckDigit('ZE184226B<<<<<')).toBe(1);
    expect(computeCheckDigit('L898902C36' + '7408122' + '1204159ZE184226B<<<<<1')).toBe(0);
  });

  it('counts letters as 10–35, < as 0 and weighs 7, 3, 1', () => {
    expect(computeCheckDigit('A')).toBe(0); // 10 × 7 = 70
    expect(computeCheckDigit('Z')).toBe((35 * 7) % 10);
    expect(computeCheckDigit('B<C')).toBe((11 * 7 + 0 * 3 + 12 * 1) % 10);
    expect(computeCheckDigit('<<<')).toBe(0);
    expect(computeCheckDigit('111')).toBe((7 + 3 + 1) % 10);
    expect(computeCheckDigit('0001')).toBe(7);
  });

  it('refuses characters outside the MRZ alphabet and non-digit check characters', () => {
    expect(computeCheckDigit('AB?')).toBeNull();
    expect(computeCheckDigit('ab')).toBeNull();
    expect(isCheckDigitValid('740812', '<')).toBe(false);
    expect(isCheckDigitValid('740812', '2')).toBe(true);
  });
});

describe('our check digits against the mrz package', () => {
  const names = ['documentNumber', 'birthDate', 'expiryDate', 'optionalData', 'composite'];
  const packageFailures = (lines: string[]) =>
    parse(lines)
      .details.filter((d) => !d.valid && d.field?.endsWith('CheckDigit'))
      .map((d) => d.field);

  it('agree on which checks fail after any single character of line 2 is changed', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 43 }),
        fc.integer({ min: 0, max: alphabet.length - 1 }),
        (position, charIndex) => {
          const [line1, line2] = td3();
          const changed =
            line2.slice(0, position) + alphabet[charIndex] + line2.slice(position + 1);
          const ours = failedCheckDigits('TD3', [line1, changed]);
          const theirs = packageFailures([line1, changed]).map(
            (field) =>
              ({
                documentNumberCheckDigit: 'documentNumber',
                birthDateCheckDigit: 'birthDate',
                expirationDateCheckDigit: 'expiryDate',
                personalNumberCheckDigit: 'optionalData',
                compositeCheckDigit: 'composite',
              })[field as string],
          );
          expect(ours.every((field) => names.includes(field))).toBe(true);
          expect([...ours].sort()).toEqual([...theirs].sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
