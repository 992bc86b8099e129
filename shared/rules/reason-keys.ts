// Reasons are translation keys (shared/locales/*/rules.ts, section `reason`), never English text:
// the same trace is shown in kk, ru and en.

export const HOLIDAY_KEYS = [
  'new_year',
  'orthodox_christmas',
  'womens_day',
  'nauryz',
  'unity_day',
  'defender_day',
  'victory_day',
  'capital_day',
  'constitution_day',
  'republic_day',
  'first_president_day',
  'independence_day',
  'kurban_ait',
] as const;

export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export const REASON_KEYS = [
  'working_day',
  'weekend.saturday',
  'weekend.sunday',
  ...HOLIDAY_KEYS.map((k) => `holiday.${k}` as const),
  /** params: `date` (the holiday on a weekend), `holiday` (its reason key). */
  'substitute',
  /** A weekday made a day off by a transfer order; params: `date` (the weekend day it came from). */
  'transfer',
  /** A Saturday/Sunday made a working day by a transfer order; params: `date` (the day off it pays for). */
  'working_weekend',
  /** params: `source`, and `note` when the owner wrote one. */
  'override.off',
  'override.working',
] as const;

export type ReasonKey = (typeof REASON_KEYS)[number];

export function holidayReason(key: HolidayKey): ReasonKey {
  return `holiday.${key}`;
}

/** Why a calendar year is provisional or how it was made; section `calendar.note` in locales. */
export const CALENDAR_NOTE_KEYS = [
  'kurban_ait_forecast',
  'kurban_ait_estimated',
  'kurban_ait_unknown',
  'no_transfer_order',
  'transfers_unknown',
  'historical_unverified',
  'confirmed_by_owner',
] as const;

export type CalendarNoteKey = (typeof CALENDAR_NOTE_KEYS)[number];
