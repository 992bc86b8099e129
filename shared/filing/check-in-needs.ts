import type { CheckInInput, FieldIssue } from '../contract';
import { PORTALS, type PortalFieldKey } from '../contract/notifications';
import { KAZAKHSTAN } from '../rules/citizenship';
import { kzDateOf } from '../rules/kz-time';
import { missingFields, PORTAL_FORMS, type FilingFacts } from './portal-fields';

/**
 * Where the check-in form takes each value a portal's form holds, as the contract's issue path
 * (`#` is the guest's index); null where the form has no say: the hotel's address (settings),
 * the portal's own comment. The board's readiness check (`missingFields`, over PORTAL_FORMS) and
 * the check-in form's "what the portal will need" are the same call on the same list, so the
 * two cannot drift (issue 20): a required field added to a portal is asked at check-in at once.
 */
export const CHECK_IN_PATH: Readonly<Record<PortalFieldKey, string | null>> = {
  stayDates: 'plannedCheckOut',
  checkInTime: 'checkInTime',
  address: null,
  givenNames: 'guests.#.person.givenNames',
  surname: 'guests.#.person.surname',
  patronymic: 'guests.#.person.patronymic',
  citizenship: 'guests.#.person.citizenship',
  birthDate: 'guests.#.person.birthDate',
  sex: 'guests.#.person.sex',
  phone: 'guests.#.person.phone',
  email: 'guests.#.person.email',
  documentType: 'guests.#.document.typeCode',
  documentNumber: 'guests.#.document.number',
  documentSeries: 'guests.#.document.series',
  issueDate: 'guests.#.document.issueDate',
  expiryDate: 'guests.#.document.expiryDate',
  purpose: 'purposeCode',
  stayFrom: 'checkInAt',
  stayTo: 'plannedCheckOut',
  comment: null,
  visaNumber: 'guests.#.visaNumber',
  entryDate: 'guests.#.entryDate',
};

/** Every field some portal requires: what a notice needs to leave "Needs data" on any portal. */
export const REQUIRED_FOR_FILING: readonly PortalFieldKey[] = [
  ...new Set(PORTALS.flatMap((p) => PORTAL_FORMS[p].filter((s) => s.required).map((s) => s.key))),
];

const DOCUMENT_KEYS: readonly PortalFieldKey[] = [
  'documentType',
  'documentNumber',
  'documentSeries',
  'issueDate',
  'expiryDate',
];

/**
 * The values a notice of this check-in would lack on either portal, as issues on the form's
 * fields (code `filing.required`). A child on a parent's document is filed with the parent's
 * document (the board reads it so), so a gap there is the parent's field. Citizens of
 * Kazakhstan owe no notice (domain.md §1) and are not asked.
 */
export function filingGaps(input: CheckInInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const checkInDate = kzDateOf(new Date(input.checkInAt));
  input.guests.forEach((g, i) => {
    if (g.person.citizenship === KAZAKHSTAN) return;
    const holder = g.onDocumentOf === null ? i : g.onDocumentOf;
    const facts: FilingFacts = {
      person: g.person,
      document: input.guests[holder]?.document ?? null,
      stay: {
        checkInDate,
        checkInAt: input.checkInAt,
        plannedCheckOut: input.plannedCheckOut,
        purposeCode: input.purposeCode,
        visaNumber: g.visaNumber,
        entryDate: g.entryDate,
      },
      // The hotel's, from settings; the form cannot supply it (the board still checks it).
      hotelAddress: '-',
    };
    for (const portal of PORTALS) {
      for (const key of missingFields(portal, facts)) {
        const path = CHECK_IN_PATH[key];
        if (!path) continue;
        const field = path.replace('#', String(DOCUMENT_KEYS.includes(key) ? holder : i));
        if (!issues.some((x) => x.field === field)) issues.push({ field, code: 'filing.required' });
      }
    }
  });
  return issues;
}
