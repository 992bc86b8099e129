import type { AuditEntry } from '../../../../shared/contract';
import { trust } from '../../../../shared/locales/en/trust';

const KNOWN = new Set(Object.keys(trust.actions));

/** `stay.check_in` → `actions.stay_check_in`; an action no one translated yet says its code. */
export function actionKey(code: string): { key: string; params: Record<string, string> } {
  const key = code.replace(/\./g, '_');
  return KNOWN.has(key) && key !== 'other'
    ? { key: `actions.${key}`, params: {} }
    : { key: 'actions.other', params: { code } };
}

const text = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;

/** A short line of the details people look for (room, from → to, reason, portal, reference). */
export function detailsLine(e: AuditEntry): string {
  const d = e.details;
  const parts: string[] = [];
  const from = text(d.from);
  const to = text(d.to);
  if (from && to) parts.push(`${from} → ${to}`);
  // A staff entry's `reason` is a system note in English ("first start"), not the user's words.
  const keys =
    e.entity === 'staff' ? ['room', 'language'] : ['room', 'portal', 'reference', 'reason'];
  for (const k of keys) {
    const v = text(d[k]);
    if (v) parts.push(v);
  }
  return parts.join(' · ');
}

const KZ = '+05:00';
const DAY_MS = 86_400_000;

/** A day at the desk, 00:00–24:00 Kazakhstan time, as the instants the trail is stored in. */
export function dayRange(date: string): { from: string; to: string } {
  const start = Date.parse(`${date}T00:00:00${KZ}`);
  return { from: new Date(start).toISOString(), to: new Date(start + DAY_MS).toISOString() };
}

/** A `datetime-local` value read as Kazakhstan time. */
export const kzInstant = (local: string): string | undefined => {
  const t = Date.parse(`${local}:00${KZ}`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
};
