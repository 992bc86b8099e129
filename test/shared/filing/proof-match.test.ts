import { describe, expect, it } from 'vitest';
import {
  documentNumbersIn,
  expectedLabel,
  latinNamePairs,
  matchProof,
} from '../../../shared/filing/proof-match';

const emma = { surname: 'Taylor', givenNames: 'Emma', documentNumber: 'P1234567' };

describe('checking that a notice PDF names the guest', () => {
  it('accepts the document number even when the PDF spaces it out', () => {
    expect(matchProof('Паспорт: P 123 4567', emma)).toEqual({
      matched: true,
      by: 'document',
      noText: false,
    });
  });

  it('accepts the surname as a whole word, in any case', () => {
    expect(matchProof('Иностранец: taylor emma', emma)).toMatchObject({
      matched: true,
      by: 'surname',
    });
    expect(matchProof('TAYLORSON JOHN, 7654321', emma)).toMatchObject({ matched: false });
  });

  it('says when a PDF has no text at all (a scan)', () => {
    expect(matchProof('  \n ', emma)).toEqual({ matched: false, by: null, noText: true });
  });

  it('finds the names and document numbers another PDF carries', () => {
    const text = 'Уведомление SMITH JOHN паспорт 533380006 от 01.02.2026';
    expect(latinNamePairs(text)).toEqual([['SMITH', 'JOHN']]);
    expect(documentNumbersIn(text)).toContain('533380006');
    expect(expectedLabel(emma)).toBe('TAYLOR EMMA (P1234567)');
  });
});
