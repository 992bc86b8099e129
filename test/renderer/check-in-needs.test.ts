import { describe, expect, it } from 'vitest';
import { PORTALS, type CheckInInput } from '../../shared/contract';
import { CHECK_IN_PATH, filingGaps, REQUIRED_FOR_FILING } from '../../shared/filing/check-in-needs';
import { missingFields, PORTAL_FORMS, type FilingFacts } from '../../shared/filing/portal-fields';
import {
  emptyGuest,
  type GuestDraft,
  type StayDraft,
} from '../../renderer/features/check-in/draft';
import { buildCheckIn } from '../../renderer/features/check-in/validate';

// Friday 20 March 2026, 11:00 in Astana.
const NOW = new Date('2026-03-20T06:00:00Z');

const STAY: StayDraft = {
  room: '204',
  checkInDate: '20.03.2026',
  checkInTime: '11:00',
  checkInTouched: true,
  plannedCheckOut: '24.03.2026',
  purposeCode: '11' as StayDraft['purposeCode'],
};

/** Everything a scan gives, plus the date of issue and consent. */
const GUEST: GuestDraft = emptyGuest({
  surname: 'MUELLER',
  givenNames: 'ANNA MARIA',
  citizenship: 'DEU',
  birthDate: '12.03.1985',
  sex: 'F',
  documentNumber: 'C01X00T47',
  issuingState: 'DEU',
  issueDate: '02.08.2021',
  expiryDate: '01.08.2031',
  consent: true,
});

/** The board's view of a saved check-in: the facts its readiness check reads. */
function boardFacts(input: CheckInInput, i: number): FilingFacts {
  const g = input.guests[i]!;
  return {
    person: g.person,
    document: input.guests[g.onDocumentOf ?? i]!.document,
    stay: {
      checkInDate: '2026-03-20',
      checkInAt: input.checkInAt,
      plannedCheckOut: input.plannedCheckOut,
      purposeCode: input.purposeCode,
      visaNumber: g.visaNumber,
      entryDate: g.entryDate,
    },
    hotelAddress: 'Astana, Kabanbay batyr 1',
  };
}

const required = (draft: { stay?: Partial<StayDraft>; guest?: Partial<GuestDraft> }) => {
  const r = buildCheckIn({ ...STAY, ...draft.stay }, [{ ...GUEST, ...draft.guest }], NOW);
  return r.ok ? [] : r.issues.filter((i) => i.code === 'filing.required').map((i) => i.field);
};

describe('what check-in asks so the notice can be filed (issue 20)', () => {
  it('asks for exactly the fields the readiness check requires, on one list', () => {
    const board = new Set(
      PORTALS.flatMap((p) => PORTAL_FORMS[p].filter((s) => s.required).map((s) => s.key)),
    );
    expect(new Set(REQUIRED_FOR_FILING)).toEqual(board);
    // Each has a field on the check-in form, but the hotel's address (settings).
    const unasked = REQUIRED_FOR_FILING.filter((k) => CHECK_IN_PATH[k] === null);
    expect(unasked).toEqual(['address']);
  });

  it('refuses a scanned guest without the date of issue and the departure, on their fields', () => {
    expect(required({ stay: { plannedCheckOut: '' }, guest: { issueDate: '' } })).toEqual([
      'plannedCheckOut',
      'guests.0.document.issueDate',
    ]);
    // The MRZ's "unspecified" sex is no value for the portals either.
    expect(required({ guest: { sex: 'X' } })).toEqual(['guests.0.person.sex']);
  });

  it('accepts only what the board then finds complete on every portal', () => {
    const r = buildCheckIn(STAY, [GUEST], NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    for (const p of PORTALS) expect(missingFields(p, boardFacts(r.value, 0))).toEqual([]);
    // Remove any one required value the form holds: the form asks, as the board would.
    const cases: Array<[string, { stay?: Partial<StayDraft>; guest?: Partial<GuestDraft> }]> = [
      ['plannedCheckOut', { stay: { plannedCheckOut: '' } }],
      ['guests.0.document.issueDate', { guest: { issueDate: '' } }],
      ['guests.0.document.expiryDate', { guest: { expiryDate: '' } }],
      ['guests.0.person.givenNames', { guest: { givenNames: '' } }],
      ['guests.0.person.birthDate', { guest: { birthDate: '' } }],
      ['guests.0.person.sex', { guest: { sex: '' } }],
    ];
    for (const [field, draft] of cases) expect(required(draft)).toEqual([field]);
  });

  it('asks a child on a parent’s document only for their own values, the document on the parent', () => {
    const child = emptyGuest({
      surname: 'MUELLER',
      givenNames: 'LEA',
      citizenship: 'DEU',
      birthDate: '05.05.2016',
      sex: 'F',
      ownDocument: false,
      onDocumentOf: 0,
    });
    const r = buildCheckIn(STAY, [{ ...GUEST, issueDate: '' }, child], NOW);
    expect(r.ok ? [] : r.issues.filter((i) => i.code === 'filing.required')).toEqual([
      { field: 'guests.0.document.issueDate', code: 'filing.required' },
    ]);
  });

  it('asks nothing of a citizen of Kazakhstan, who owes no notice', () => {
    const input = {
      room: '1',
      checkInAt: '2026-03-20T06:00:00.000Z',
      plannedCheckOut: null,
      purposeCode: '11',
      guests: [
        {
          guestId: null,
          person: { ...GUEST, citizenship: 'KAZ', birthDate: null, sex: null },
          document: null,
          onDocumentOf: null,
          visaNumber: '',
          entryDate: null,
          consent: true,
        },
      ],
    } as unknown as CheckInInput;
    expect(filingGaps(input)).toEqual([]);
  });
});
