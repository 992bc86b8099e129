import type { IsoDate } from './dates';

/**
 * One citizenship's visa-free stay, counted from the entry date (domain.md §10). The entry in force
 * on the guest's entry date applies, so a change of law is a new entry with its dates.
 */
export interface VisaFreeEntry {
  /** ISO alpha-3. */
  citizenship: string;
  /** Calendar days from the entry date, the entry day counted. */
  days: number;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate | undefined;
  /** The legal text, for the "why" panel. */
  source: string;
}

export interface StayLimitSettings {
  visaFree: VisaFreeEntry[];
  /** domain.md §4/§10: every visa-free stay is capped at capDays in any capWindow days. */
  capDays: number;
  capWindow: number;
  /** Days before the last lawful day that a stay without a planned check-out is reminded. */
  reminderDays: number;
  /** domain.md §10: at this day of a foreign stay a temporary residence permit may be needed. */
  longStayDays: number;
  /** The owner can switch the long-stay reading off (domain.md §10: "readings differ"). */
  longStayWarning: boolean;
  /**
   * Order 923's guest tasks only for stays of more than this many days (domain.md §10: Trend and
   * 1news read the registration as applying past 30 days). null: every stay, as before.
   */
  selfRegistrationMinDays: number | null;
}

// The sources shown in the trace name the law, not our notes; the readings are cited in comments
// (domain.md §4, §6, §10).
const RES_148_P6 = 'Government Resolution No. 148, para 6; the EAEU Treaty';
// [U] in domain.md §4: the older treaties' texts were not found.
const OLDER_TREATIES = 'Bilateral visa-free treaties (older agreements)';
const UNILATERAL_30 = 'Government Resolution No. 148, para 17: unilateral 30-day list';
const TURKEY_2025 = 'Visa-free 90 days for citizens of Türkiye since Aug 2025';
const BILATERAL_30 = 'Bilateral visa-free treaties, 30 days';
const VISA_FREE_14 = 'Visa-free 14 days';
const FROM = '2012-01-01';

const entries = (
  codes: readonly string[],
  days: number,
  source: string,
  effectiveFrom: IsoDate = FROM,
): VisaFreeEntry[] => codes.map((citizenship) => ({ citizenship, days, effectiveFrom, source }));

/**
 * domain.md §4 [N]: EAEU (RUS, BLR, ARM, KGZ) 90 days; TUR 90 days since Aug 2025; GEO, MDA, MNG,
 * UKR 90 days under older treaties [U]; UZB, CHN 30 days; the unilateral 30-day list (only the
 * states domain.md names: USA, GBR, DEU, FRA, JPN, KOR, ARE; an owner adds the rest); IND, IRN 14.
 * Dates before Tirkeu's calendar (2012) are not known: the entries start there, TUR's in Aug 2025.
 */
export const DEFAULT_VISA_FREE: readonly VisaFreeEntry[] = [
  ...entries(['RUS', 'BLR', 'ARM', 'KGZ'], 90, RES_148_P6),
  ...entries(['TUR'], 90, TURKEY_2025, '2025-08-01'),
  ...entries(['GEO', 'MDA', 'MNG', 'UKR'], 90, OLDER_TREATIES),
  ...entries(['UZB', 'CHN'], 30, BILATERAL_30),
  ...entries(['USA', 'GBR', 'DEU', 'FRA', 'JPN', 'KOR', 'ARE'], 30, UNILATERAL_30),
  ...entries(['IND', 'IRN'], 14, VISA_FREE_14),
];

export const DEFAULT_STAY_LIMITS: StayLimitSettings = {
  visaFree: [...DEFAULT_VISA_FREE],
  capDays: 90,
  capWindow: 180,
  reminderDays: 3,
  longStayDays: 30,
  longStayWarning: true,
  selfRegistrationMinDays: null,
};

/** The source of the 90-in-180 cap and the fine, for the trace. */
export const CAP_SOURCE = 'Visa-free stays capped at 90 days in any 180';
export const ART_518_P2_SOURCE =
  'Code of Administrative Offences, Art. 518 part 2: 25/40/55/75 MCI';
export const LONG_STAY_SOURCE =
  'AEQUITAS / ius laboris; The Astana Times, 13 Aug 2025: a temporary residence permit via VMP for stays over 30 days (readings differ)';
export const VISA_SOURCE = 'Visa holder: until the visa’s end date';
export const MRZ_SOURCE = 'MRZ';

/**
 * The sources Tirkeu ships, by a key the screens translate (rules:stayLimit.source.*): the trace
 * shows them in the desk's language. A source the owner typed in Settings › Rules is shown as typed.
 */
export const SHIPPED_SOURCES = {
  res148p6: RES_148_P6,
  olderTreaties: OLDER_TREATIES,
  unilateral30: UNILATERAL_30,
  turkey2025: TURKEY_2025,
  bilateral30: BILATERAL_30,
  visaFree14: VISA_FREE_14,
  cap: CAP_SOURCE,
  art518p2: ART_518_P2_SOURCE,
  longStay: LONG_STAY_SOURCE,
  visa: VISA_SOURCE,
  mrz: MRZ_SOURCE,
} as const;
export type ShippedSourceKey = keyof typeof SHIPPED_SOURCES;

/** The key of a shipped source, or null for one the owner wrote. */
export function shippedSourceKey(source: string): ShippedSourceKey | null {
  for (const [key, text] of Object.entries(SHIPPED_SOURCES)) {
    if (text === source) return key as ShippedSourceKey;
  }
  return null;
}
