import { describe, expect, it } from 'vitest';
import { checkCheckIn, checkGuestFacts, checkStayFacts } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';

const NOW = new Date('2026-03-20T06:00:00Z');

describe('the shared stay checks (server and forms alike)', () => {
  it('refuses a check-in more than a day ahead and a check-out before it', () => {
    expect(
      checkStayFacts(
        { checkInAt: '2026-03-22T12:00:00+05:00', plannedCheckOut: '2026-03-21' },
        NOW,
      ),
    ).toEqual([
      { field: 'checkInAt', code: 'date.future' },
      { field: 'plannedCheckOut', code: 'stay.check_out_before_check_in' },
    ]);
  });

  it('checks a guest’s dates against the check-in and today', () => {
    const g = guestEntry({ birthDate: '1990-05-05' }, { entryDate: '1980-01-01' });
    const doc = { ...g.document!, issueDate: '2026-04-01', expiryDate: '2025-01-01' };
    expect(
      checkGuestFacts({ ...g, document: doc }, '2026-03-20', '2026-03-20', 'guests.0.'),
    ).toEqual([
      { field: 'guests.0.entryDate', code: 'stay.entry_before_birth' },
      { field: 'guests.0.document.expiryDate', code: 'document.expiry_before_issue' },
      { field: 'guests.0.document.issueDate', code: 'date.future' },
    ]);
  });

  it('wants a child without a document on the document of someone earlier in the group', () => {
    const child = guestEntry({ surname: 'KID' }, { document: null, onDocumentOf: 1 });
    const parent = guestEntry({ surname: 'PARENT' });
    expect(checkCheckIn(checkInInput([child, parent]), NOW)).toEqual([
      { field: 'guests.0.document', code: 'document.required' },
    ]);
    expect(checkCheckIn(checkInInput([parent, { ...child, onDocumentOf: 0 }]), NOW)).toEqual([]);
  });

  it('refuses the same document twice in one group', () => {
    const a = guestEntry({ surname: 'SAME' });
    expect(
      checkCheckIn(checkInInput([a, { ...a, person: { ...a.person, givenNames: 'OTHER' } }]), NOW),
    ).toEqual([{ field: 'guests.1.document.number', code: 'document.duplicate_in_group' }]);
  });
});
