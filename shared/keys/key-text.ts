import type { KeyPurpose } from './key-expiry';

/** `t` over the `keys` namespace, for keys built from stable codes. */
export type KeysT = (key: string, params?: Record<string, unknown>) => string;

interface Soonest {
  holder: string;
  purpose: KeyPurpose;
  expiresOn: string;
  daysLeft: number;
}

/**
 * The end-of-shift report's line on the keys (on paper and on screen): how many days the key
 * that expires soonest has left, which one, and what to do once it no longer works.
 */
export function keysReportLine(t: KeysT, soonest: Soonest | null, date: (iso: string) => string) {
  const label = t('report.label');
  if (!soonest) return `${label}: ${t('report.none')}`;
  const params = {
    holder: soonest.holder,
    key: t(`key.${soonest.purpose}`),
    date: date(soonest.expiresOn),
    count: soonest.daysLeft,
  };
  if (soonest.daysLeft > 0) return `${label}: ${t('report.left', params)}`;
  return `${label}: ${t(soonest.daysLeft === 0 ? 'report.today' : 'report.ended', params)}`;
}

/** One key's warning, in a sentence: "HOLDER: sign-in key (AUTH) expires in 7 days (14.12.2026)." */
export function keyWarningLine(t: KeysT, k: Soonest, date: (iso: string) => string): string {
  const params = {
    holder: k.holder,
    key: t(`key.${k.purpose}`),
    date: date(k.expiresOn),
    count: k.daysLeft,
  };
  if (k.daysLeft > 0) return t('line', params);
  return t(k.daysLeft === 0 ? 'lineToday' : 'lineEnded', params);
}
