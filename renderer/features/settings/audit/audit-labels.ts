import {
  AUDIT_REASONS,
  LANGUAGES,
  PORTALS,
  auditActionKey,
  type AuditEntry,
} from '../../../../shared/contract';
import { trust } from '../../../../shared/locales/en/trust';

const KNOWN = new Set(Object.keys(trust.actions));
const JOBS = new Set(Object.keys(trust.jobs));

/** Translates a key with its namespace (`trust:…`, `notifications:…`, `common:…`). */
export type Words = (key: string, params?: Record<string, string>) => string;

/** `stay.check_in` → `actions.stay_check_in`; an action no one translated yet says its code. */
export function actionKey(code: string): { key: string; params: Record<string, string> } {
  const key = auditActionKey(code);
  return KNOWN.has(key) && key !== 'other'
    ? { key: `actions.${key}`, params: {} }
    : { key: 'actions.other', params: { code } };
}

const text = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** A detail's value in words where it is one of the app's own codes, else as written. */
function valueWords(key: string, v: string, w: Words): string {
  if (key === 'portal' && isOneOf(PORTALS, v)) return w(`notifications:portal.${v}`);
  if (key === 'language' && isOneOf(LANGUAGES, v)) return w(`common:language.${v}`);
  // A person's own reason is free text; only the app's reasons ("start") are codes.
  if (key === 'reason' && isOneOf(AUDIT_REASONS, v))
    return w(`trust:reasons.${v.replace(/ /g, '_')}`);
  if (key === 'method') {
    const job = auditActionKey(v);
    return JOBS.has(job) ? w(`trust:jobs.${job}`) : v;
  }
  return v;
}

/** A short line of the details people look for (room, from → to, reason, portal, reference). */
export function detailsLine(e: AuditEntry, w: Words): string {
  const d = e.details;
  const parts: string[] = [];
  const from = text(d.from);
  const to = text(d.to);
  if (from && to) parts.push(`${from} → ${to}`);
  // An EDS key's entry names whose key it is (issue 23).
  if (e.entity === 'eds_key') return text(d.holder) ?? '';
  const keys =
    e.entity === 'staff'
      ? ['room', 'language', 'reason']
      : ['method', 'room', 'portal', 'reference', 'reason'];
  for (const k of keys) {
    const v = text(d[k]);
    // A staff entry's reason is only ever the app's own ("first start").
    if (v && !(e.entity === 'staff' && k === 'reason' && !isOneOf(AUDIT_REASONS, v)))
      parts.push(valueWords(k, v, w));
  }
  // Issue 22: a write made at another desk names it.
  const desk = text((d.desk as { name?: unknown } | undefined)?.name);
  if (desk) parts.push(w('desks:audit.at', { name: desk }));
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
