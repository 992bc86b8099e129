import type { StayLimitView } from '../../../shared/contract';
import {
  addDays,
  DEFAULT_STAY_LIMITS,
  kzDateOf,
  longStayFor,
  stayLimitFor,
  type StayLimitSettings,
} from '../../../shared/rules';
import type { ServiceDeps } from './deps';

/** The stay-limit data in force: the owner's edit, else what Tirkeu ships (domain.md §4, §10). */
export function stayLimitSettings(deps: Pick<ServiceDeps, 'ruleSettings'>): StayLimitSettings {
  return deps.ruleSettings().stayLimits ?? DEFAULT_STAY_LIMITS;
}

export interface StayLimitFacts {
  stayId: number;
  guestId: number;
  citizenship: string;
  checkInDate: string;
  entryDate: string | null;
  plannedCheckOut: string | null;
  documentExpiry: string | null;
  visaNumber: string;
  visaValidUntil: string | null;
}

/** A guest's earlier stays that began in [since, before), other than `stayId` (stay-repo.ts). */
export type EarlierStaysOf = (
  guestId: number,
  stayId: number,
  before: string,
  since: string,
) => Array<{ from: string; to: string }>;

/**
 * A stay's last lawful day (domain.md §10), with the guest's earlier stays at this hotel as the
 * known earlier days for the 90-in-180 cap, and the long-stay note. null for a citizen of
 * Kazakhstan, and for a stay whose stored dates the engine refuses (an entry after the check-in
 * saved before the check existed): the detail still opens.
 */
export function stayLimitView(
  deps: Pick<ServiceDeps, 'ruleSettings' | 'repos'>,
  f: StayLimitFacts,
  now: Date,
  settings: StayLimitSettings = stayLimitSettings(deps),
  /** Where the guest's earlier stays come from (In house reads every guest's at once). */
  earlierOf: EarlierStaysOf = deps.repos.stays.earlierStaysOf,
): StayLimitView | null {
  if (f.citizenship === 'KAZ') return null;
  const today = kzDateOf(now);
  const from = f.entryDate ?? f.checkInDate;
  const earlierStays = earlierOf(
    f.guestId,
    f.stayId,
    from,
    addDays(from, -(settings.capWindow - 1)),
  );
  try {
    const result = stayLimitFor({
      citizenship: f.citizenship,
      checkInDate: f.checkInDate,
      entryDate: f.entryDate,
      plannedCheckOut: f.plannedCheckOut,
      documentExpiry: f.documentExpiry,
      visaNumber: f.visaNumber,
      visaValidUntil: f.visaValidUntil,
      earlierStays,
      today,
      settings,
    });
    const long = longStayFor(
      {
        citizenship: f.citizenship,
        checkInDate: f.checkInDate,
        plannedCheckOut: f.plannedCheckOut,
        today,
      },
      settings,
    );
    return { ...result, longStay: long ? { ...long, days: settings.longStayDays } : null };
  } catch {
    return null;
  }
}
