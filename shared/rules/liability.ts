import { addYearsClamped, parseIsoDate, type IsoDate } from './dates';

/** Monthly calculation index (MCI) in tenge, set each year by the budget law (domain.md §6). */
export const MCI_BY_YEAR: Readonly<Record<number, number>> = {
  2024: 3692,
  2025: 3932,
  2026: 4325,
};

/** Art. 518 sizes: `small` also covers officials and non-profit organisations. */
export const BUSINESS_SIZES = ['individual', 'small', 'medium', 'large'] as const;
export type BusinessSize = (typeof BUSINESS_SIZES)[number];
export type Art518Part = 1 | 2 | 3;

/**
 * Code of Administrative Offences Art. 518 (domain.md §6; seed 000), in MCI; null = warning.
 * Part 1: late notice. Part 2: housing a foreigner in breach of migration law. Part 3: part 1 or 2
 * repeated within a year of a penalty.
 */
export const ART_518_MCI: Readonly<
  Record<Art518Part, Readonly<Record<BusinessSize, number | null>>>
> = {
  1: { individual: null, small: 10, medium: 15, large: 20 },
  2: { individual: 25, small: 40, medium: 55, large: 75 },
  3: { individual: 30, small: 40, medium: 70, large: 100 },
};

export interface Fine {
  /** null for a warning. */
  mci: number | null;
  /** null for a warning or when no MCI is known for or before the year. */
  tenge: number | null;
  warningOnly: boolean;
  /** The year whose MCI was used; null when none applies. */
  mciYearUsed: number | null;
  /** True when the year's MCI is not known and a nearby year's was used (or none at all). */
  estimated: boolean;
}

function mciFor(year: number): { year: number; value: number } | null {
  const known = Object.keys(MCI_BY_YEAR)
    .map(Number)
    .sort((a, b) => a - b);
  const exact = MCI_BY_YEAR[year];
  if (exact !== undefined) return { year, value: exact };
  // A later year not yet budgeted: the latest known MCI is the best lower bound (MCI only rises).
  const latest = known[known.length - 1];
  if (latest !== undefined && year > latest) return { year: latest, value: MCI_BY_YEAR[latest]! };
  // Earlier years: not shipped; a later MCI would overstate the fine, so give none.
  return null;
}

export function fineFor(args: { part: Art518Part; size: BusinessSize; year: number }): Fine {
  const mci = ART_518_MCI[args.part][args.size];
  if (mci === null) {
    return { mci: null, tenge: null, warningOnly: true, mciYearUsed: null, estimated: false };
  }
  const index = mciFor(args.year);
  if (!index) return { mci, tenge: null, warningOnly: false, mciYearUsed: null, estimated: true };
  return {
    mci,
    tenge: mci * index.value,
    warningOnly: false,
    mciYearUsed: index.year,
    estimated: index.year !== args.year,
  };
}

/**
 * Which part of Art. 518 a late notice falls under (domain.md §6; seed 000): part 3 when it
 * repeats a late notice of the year before it (the same date a year earlier counted, erring
 * towards warning), part 1 otherwise. `others` are the other late notices' dates, each once.
 */
export function art518PartFor(lateOn: IsoDate, others: readonly IsoDate[]): 1 | 3 {
  const yearBefore = addYearsClamped(lateOn, -1);
  return others.some((d) => d >= yearBefore && d <= lateOn) ? 3 : 1;
}

/**
 * The 12 months Art. 48 looks back over from `today`: from the same date a year earlier to today,
 * both included (29 Feb falls back to 28 Feb).
 */
export function article48Window(today: IsoDate): { from: IsoDate; to: IsoDate } {
  parseIsoDate(today, 'today');
  return { from: addYearsClamped(today, -1), to: today };
}

/**
 * Migration Law Art. 48 (domain.md §6; seed 000): a host held liable two or more times within 12
 * consecutive calendar months before applying cannot have invitations of foreigners considered.
 * Tirkeu's reading: the application would be made today, so the window is the 12 months ending
 * today; the same date a year earlier is counted too, erring towards warning. Each date is the day
 * a penalty was imposed; future dates are ignored.
 */
export function article48Warning(penaltyDates: readonly IsoDate[], today: IsoDate): boolean {
  const { from, to } = article48Window(today);
  const inWindow = penaltyDates.filter((d) => {
    parseIsoDate(d, 'penaltyDates');
    return d >= from && d <= to;
  });
  return inWindow.length >= 2;
}
