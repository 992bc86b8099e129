import { describe, expect, it } from 'vitest';
import { readMrz } from '../../shared/documents/mrz';
import { emptyGuest, type StayDraft } from '../../renderer/features/check-in/draft';
import {
  applyMrz,
  confirmReading,
  nextReadingOf,
  otherReading,
} from '../../renderer/features/check-in/mrz-apply';
import { buildCheckIn } from '../../renderer/features/check-in/validate';
import { td3 } from '../shared/documents/mrz-builders';

const NOW = new Date('2026-03-20T06:00:00Z');
const STAY: StayDraft = {
  room: '204',
  checkInDate: '20.03.2026',
  checkInTime: '11:00',
  checkInTouched: true,
  plannedCheckOut: '24.03.2026',
  purposeCode: '11' as StayDraft['purposeCode'],
};

// What the photo gave for the Turkish U08B51S20 (issue 24), and what else the digits allow.
const lines = td3({
  state: 'TUR',
  nationality: 'TUR',
  name: 'YILMAZ<<MEHMET',
  number: 'U0885132Q',
  expiry: '290630',
  optional: '',
});
const result = readMrz(lines, { today: '2026-03-20' });
const doubtful = [
  {
    field: 'documentNumber' as const,
    positions: [2, 4, 5, 7, 9],
    alternatives: ['U08B51S20', 'U08B51820'],
    alternativeCount: 2,
  },
  // Not on the form: the personal number never reaches the notice.
  { field: 'optionalData' as const, positions: [1], alternatives: ['O'], alternativeCount: 1 },
];

const filled = () => ({
  ...applyMrz(emptyGuest(), result, doubtful),
  issueDate: '02.08.2021',
  consent: true,
});

const unconfirmed = (draft: ReturnType<typeof filled>) => {
  const built = buildCheckIn(STAY, [draft], NOW);
  return built.ok
    ? []
    : built.issues.filter((i) => i.code === 'mrz.unconfirmed').map((i) => i.field);
};

describe('a document number in doubt on the check-in form', () => {
  it('fills the number as read and keeps its other readings, in order', () => {
    const draft = filled();
    expect(draft.documentNumber).toBe('U0885132Q');
    expect(draft.mrzDoubts).toEqual([
      {
        field: 'documentNumber',
        positions: [2, 4, 5, 7, 9],
        readings: ['U0885132Q', 'U08B51S20', 'U08B51820'],
      },
    ]);
    expect(nextReadingOf(draft, 'documentNumber')).toBe('U08B51S20');
  });

  it('steps through the readings and back to the first', () => {
    let draft = filled();
    const seen = [];
    for (let i = 0; i < 3; i++) {
      draft = otherReading(draft, 'documentNumber');
      seen.push(draft.documentNumber);
    }
    expect(seen).toEqual(['U08B51S20', 'U08B51820', 'U0885132Q']);
    // Still in doubt: stepping is not confirming.
    expect(draft.mrzDoubts).toHaveLength(1);
  });

  it('holds the check-in until the desk confirms the number, then lets it through', () => {
    const draft = filled();
    expect(unconfirmed(draft)).toEqual(['guests.0.document.number']);
    // Typing over it is not confirming either.
    expect(unconfirmed({ ...draft, documentNumber: 'U08B51S20' })).toEqual([
      'guests.0.document.number',
    ]);
    const confirmed = confirmReading(otherReading(draft, 'documentNumber'), 'documentNumber');
    expect(unconfirmed(confirmed)).toEqual([]);
    const built = buildCheckIn(STAY, [confirmed], NOW);
    expect(built.ok ? [] : built.issues).toEqual([]);
    if (built.ok) expect(built.value.guests[0]!.document?.number).toBe('U08B51S20');
  });

  it('a zone from a reader or typed in carries no doubt', () => {
    const draft = applyMrz(filled(), result);
    expect(draft.mrzDoubts).toEqual([]);
    expect(unconfirmed(draft)).toEqual([]);
  });
});
