import { kzToday, parseDateText } from './date-text';
import type { GuestDraft } from './draft';

const ADULT_YEARS = 18;

/** Full years on `today`, or null while the birth date is not a date yet. */
function age(g: GuestDraft, today: string): number | null {
  const birth = parseDateText(g.birthDate);
  if (!birth.ok || !birth.value) return null;
  const [y, m, d] = birth.value.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/**
 * Who agrees for this guest: null when they agree themselves, else the index of the adult of the
 * group who agrees for them. A minor's consent to the processing of their personal data is given
 * by a parent or guardian, their legal representative (Law No. 94-V "On personal data", Art. 8;
 * domain.md §7): Tirkeu's reading, said on the form beside the child. The adult whose document
 * the child travels on comes first, else the first adult of the group; one consent then covers a
 * family.
 */
export function consentGiver(
  guests: readonly GuestDraft[],
  index: number,
  now = new Date(),
): number | null {
  const today = kzToday(now);
  const guest = guests[index];
  const years = guest ? age(guest, today) : null;
  if (years === null || years >= ADULT_YEARS) return null;
  const isAdult = (g: GuestDraft | undefined) => (g ? (age(g, today) ?? 0) >= ADULT_YEARS : false);
  if (guest!.onDocumentOf !== null && isAdult(guests[guest!.onDocumentOf])) {
    return guest!.onDocumentOf;
  }
  const adult = guests.findIndex((g) => isAdult(g));
  return adult >= 0 ? adult : null;
}

/** Whether the guest's consent is given, by themselves or by the adult who agrees for them. */
export function hasConsent(
  guests: readonly GuestDraft[],
  index: number,
  now = new Date(),
): boolean {
  const giver = consentGiver(guests, index, now);
  return Boolean(guests[giver ?? index]?.consent);
}
