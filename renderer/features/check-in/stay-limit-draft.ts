import {
  normalizeCitizenship,
  stayLimitFor,
  type StayLimitResult,
  type StayLimitSettings,
} from '../../../shared/rules';
import { kzNowText, parseDateText } from './date-text';
import type { GuestDraft, StayDraft } from './draft';

const iso = (text: string): string | null => {
  const r = parseDateText(text);
  return r.ok ? r.value : null;
};

/** The day the 90-in-180 window of a guest's earlier stays ends before: the entry, else the check-in. */
export function draftCapFrom(
  stay: StayDraft,
  guest: GuestDraft,
  now: Date = new Date(),
): string | null {
  const checkIn = stay.checkInTouched ? iso(stay.checkInDate) : iso(kzNowText(now).date);
  return iso(guest.entryDate) ?? checkIn;
}

/**
 * The stay-limit check of one guest as the form stands (domain.md §10), for the warning shown
 * before saving; null while the dates it needs are missing or not yet valid. `earlierStays`: a
 * returning guest's earlier stays here (guests.earlierStays), as the saved stay's check counts them.
 */
export function draftStayLimit(
  stay: StayDraft,
  guest: GuestDraft,
  settings: StayLimitSettings | undefined,
  now: Date = new Date(),
  earlierStays: ReadonlyArray<{ from: string; to: string }> = [],
): StayLimitResult | null {
  const today = iso(kzNowText(now).date);
  const checkIn = stay.checkInTouched ? iso(stay.checkInDate) : today;
  const departure = iso(stay.plannedCheckOut);
  const citizenship = normalizeCitizenship(guest.citizenship);
  if (!checkIn || !today || !departure || !/^[A-Z]{3}$/.test(citizenship)) return null;
  try {
    return stayLimitFor({
      citizenship,
      checkInDate: checkIn,
      entryDate: iso(guest.entryDate),
      plannedCheckOut: departure,
      // A child on a parent's document has no document of their own to expire.
      documentExpiry: guest.ownDocument ? iso(guest.expiryDate) : null,
      visaNumber: guest.visaNumber,
      visaValidUntil: iso(guest.visaValidUntil),
      earlierStays,
      today,
      settings,
    });
  } catch {
    // A date the form itself refuses (entry after check-in): its own error says so.
    return null;
  }
}
