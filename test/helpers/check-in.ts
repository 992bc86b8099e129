import type { CheckInInput, GuestEntryInput, PersonInput } from '../../shared/contract';

/** A guest entry with sensible defaults; override what the test is about. */
export function guestEntry(
  person: Partial<PersonInput> = {},
  extra: Partial<GuestEntryInput> = {},
): GuestEntryInput {
  const p: PersonInput = {
    surname: 'IVANOV',
    givenNames: 'PETR',
    patronymic: '',
    citizenship: 'RUS',
    birthDate: '1985-04-12',
    sex: 'M',
    phone: '',
    email: '',
    ...person,
  };
  return {
    guestId: null,
    person: p,
    document: {
      typeCode: '1',
      number:
        `N${p.surname.slice(0, 3)}${p.givenNames.slice(0, 3)}${(p.birthDate ?? '').replace(/-/g, '')}`.replace(
          /[^A-Z0-9]/g,
          '',
        ),
      series: '',
      issuingState: p.citizenship,
      issueDate: '2020-01-15',
      expiryDate: '2030-01-14',
    },
    onDocumentOf: null,
    visaNumber: '',
    visaValidUntil: null,
    entryDate: null,
    consent: true,
    ...extra,
  };
}

export function checkInInput(
  guests: GuestEntryInput[],
  extra: Partial<CheckInInput> = {},
): CheckInInput {
  return {
    room: '204',
    checkInAt: '2026-03-20T14:30:00+05:00',
    plannedCheckOut: '2026-03-28',
    purposeCode: '11',
    guests,
    ...extra,
  };
}
