import { toDayNumber, type IsoDate } from '../rules/dates';

/** What an EDS key (ЭЦП / ЭЦҚ) is for: signing in to a portal (AUTH) or signing (RSA / GOST). */
export const KEY_PURPOSES = ['auth', 'sign'] as const;
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

/** The days before an expiry on which the owner is warned (issue 23): 30, 7 and 1. */
export const KEY_WARNING_DAYS = [30, 7, 1] as const;

/**
 * How near a key's expiry is: `d30`, `d7`, `d1` from 30, 7 and 1 day before it, `expired` on the
 * day it stops working and after, null before the first warning.
 */
export type KeyStage = 'd30' | 'd7' | 'd1' | 'expired';

export interface KeyExpiryFact {
  id: number;
  holder: string;
  purpose: KeyPurpose;
  /** The Kazakh calendar day the key stops working (its certificate's end, UTC+5). */
  expiresOn: IsoDate;
}

export interface KeyOutlook<K extends KeyExpiryFact = KeyExpiryFact> {
  key: K;
  /** Whole days from today to the expiry: 0 on the day itself, negative after. */
  daysLeft: number;
  stage: KeyStage | null;
}

/** Whole calendar days from `today` (the hotel's date, kzDateOf) to the key's expiry day. */
export const daysLeft = (expiresOn: IsoDate, today: IsoDate): number =>
  toDayNumber(expiresOn) - toDayNumber(today);

/** The warning a number of days left calls for (see KeyStage). */
export function keyStage(days: number): KeyStage | null {
  if (days <= 0) return 'expired';
  if (days <= KEY_WARNING_DAYS[2]) return 'd1';
  if (days <= KEY_WARNING_DAYS[1]) return 'd7';
  if (days <= KEY_WARNING_DAYS[0]) return 'd30';
  return null;
}

/** One key as seen today. */
export const outlookOf = <K extends KeyExpiryFact>(key: K, today: IsoDate): KeyOutlook<K> => {
  const days = daysLeft(key.expiresOn, today);
  return { key, daysLeft: days, stage: keyStage(days) };
};

/**
 * The keys as seen today: the soonest to expire (what the shift report and the owner's notice
 * name; ties go to the key recorded first), and every key that no longer works (the board's
 * warning: without one nobody can sign in to e-Qonaq or sign a notice on VMP).
 */
export function keysOutlook<K extends KeyExpiryFact>(
  keys: readonly K[],
  today: IsoDate,
): { soonest: KeyOutlook<K> | null; expired: KeyOutlook<K>[] } {
  const all = keys
    .map((k) => outlookOf(k, today))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.key.id - b.key.id);
  return { soonest: all[0] ?? null, expired: all.filter((o) => o.stage === 'expired') };
}

/**
 * Whether the owner's notice should show again: once per key and stage, so a dismissed 30-day
 * notice comes back at 7 days, at 1 day and on the day itself, and never more often.
 */
export const keyNoticeToken = (o: KeyOutlook): string | null =>
  o.stage ? `${o.key.id}:${o.key.expiresOn}:${o.stage}` : null;
