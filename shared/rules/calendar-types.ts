import type { IsoDate } from './dates';
import type { CalendarNoteKey, HolidayKey, ReasonKey } from './reason-keys';

export type CalendarStatus = 'confirmed' | 'provisional';

/** shipped: the checked tables of domain.md §3; generated: statutory rules only; historical:
 *  rules of the time plus the Government's transfers as collected by python-holidays. */
export type YearOrigin = 'shipped' | 'generated' | 'historical';

export interface HolidayEntry {
  date: IsoDate;
  key: HolidayKey;
  /** False for 7 Jan and Kurban Ait day 1, which never give a substitute day off. */
  movable: boolean;
  /** The date itself is a forecast (Kurban Ait). */
  provisional?: boolean;
  /** How many days either side the forecast may be wrong by; those days are provisional too. */
  uncertaintyDays?: number;
}

/** The weekday off given for a holiday that fell on a Saturday or Sunday. */
export interface SubstituteEntry {
  date: IsoDate;
  forDate: IsoDate;
}

/** A transfer order: `working` (a Saturday/Sunday) is worked so that `off` (a weekday) is not. */
export interface TransferEntry {
  off: IsoDate;
  working: IsoDate;
  source: string;
}

export interface YearSpec {
  year: number;
  origin: YearOrigin;
  status: CalendarStatus;
  sources: readonly string[];
  notes: readonly CalendarNoteKey[];
  holidays: readonly HolidayEntry[];
  substitutes: readonly SubstituteEntry[];
  transfers: readonly TransferEntry[];
}

/** An owner's edit, stored in the database by the settings screen and applied on top. */
export interface CalendarOverride {
  date: IsoDate;
  working: boolean;
  /** Where the owner got it, e.g. an order number; shown in every trace that uses the day. */
  source: string;
  note?: string;
}

/** An owner's statement that a generated or provisional year has been checked. */
export interface YearConfirmation {
  year: number;
  source: string;
}

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  reason: ReasonKey;
  params?: Record<string, string>;
  provisional: boolean;
  source?: string;
}

export interface YearStatus {
  year: number;
  status: CalendarStatus;
  origin: YearOrigin;
  sources: readonly string[];
  notes: readonly CalendarNoteKey[];
  /** Owner overrides that fall in this year. */
  overrideCount: number;
}
