import { kzDateOf } from '../rules/kz-time';
import type { FieldIssue } from './result';
import type { CheckInInput, GuestEntryInput } from './stays';

// Checks of a stay's facts against each other and the clock. The schemas have checked each
// field alone; these need several fields or today's date. The server refuses with them and the
// forms show them before sending: one set of rules, the same issue paths on both sides.

/** A check-in more than this far ahead is a typo, not a booking. */
export const MAX_CHECK_IN_AHEAD_MS = 24 * 60 * 60 * 1000;

export function checkStayFacts(
  f: { checkInAt: string; plannedCheckOut: string | null },
  now: Date,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = new Date(f.checkInAt);
  if (at.getTime() - now.getTime() > MAX_CHECK_IN_AHEAD_MS) {
    issues.push({ field: 'checkInAt', code: 'date.future' });
  }
  if (f.plannedCheckOut && f.plannedCheckOut < kzDateOf(at)) {
    issues.push({ field: 'plannedCheckOut', code: 'stay.check_out_before_check_in' });
  }
  return issues;
}

/** One guest's dates against the check-in date and today; `prefix` is e.g. `guests.0.`. */
export function checkGuestFacts(
  g: Pick<GuestEntryInput, 'person' | 'document' | 'entryDate'>,
  checkInDate: string,
  today: string,
  prefix = '',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string) => issues.push({ field: prefix + field, code });
  if (g.person.birthDate && g.person.birthDate > today) add('person.birthDate', 'date.future');
  if (g.entryDate && g.entryDate > checkInDate) add('entryDate', 'stay.entry_after_check_in');
  if (g.entryDate && g.person.birthDate && g.entryDate < g.person.birthDate) {
    add('entryDate', 'stay.entry_before_birth');
  }
  const d = g.document;
  if (d?.issueDate && d.expiryDate && d.expiryDate < d.issueDate) {
    add('document.expiryDate', 'document.expiry_before_issue');
  }
  if (d?.issueDate && d.issueDate > today) add('document.issueDate', 'date.future');
  return issues;
}

/** Everything a check-in must satisfy beyond its schema, the group's own rules included. */
export function checkCheckIn(input: CheckInInput, now: Date): FieldIssue[] {
  const checkInDate = kzDateOf(new Date(input.checkInAt));
  const today = kzDateOf(now);
  const issues = checkStayFacts(input, now);
  const documentKey = (g: GuestEntryInput) =>
    g.document ? `${g.document.issuingState}|${g.document.number}` : null;
  input.guests.forEach((g, i) => {
    const prefix = `guests.${i}.`;
    issues.push(...checkGuestFacts(g, checkInDate, today, prefix));
    if (g.document === null) {
      // A child without a document travels on the document of someone earlier in the group.
      const holder = g.onDocumentOf === null ? undefined : input.guests[g.onDocumentOf];
      if (g.onDocumentOf === null || g.onDocumentOf >= i || !holder?.document) {
        issues.push({ field: `${prefix}document`, code: 'document.required' });
      }
    }
    const key = documentKey(g);
    if (key && input.guests.slice(0, i).some((o) => documentKey(o) === key)) {
      issues.push({ field: `${prefix}document.number`, code: 'document.duplicate_in_group' });
    }
  });
  return issues;
}
