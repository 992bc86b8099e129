import { isIsoDate, KZ_UTC_OFFSET, kzNowParts, type IsoDate } from '../../../shared/rules';

// The desk types dates as DD.MM.YYYY (the portals' own format, domain.md §5); the contract
// speaks yyyy-MM-dd. Times are Kazakhstan time (UTC+5) whatever the PC's zone (domain.md §2).

/** Keeps digits only and puts the dots in: "20031985" → "20.03.1985". ISO pastes are turned round. */
export function maskDate(raw: string): string {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(raw);
  if (iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  const digits = raw.replace(/\D/g, '').slice(0, 8);
  if (digits.length <= 2) return digits;
  if (digits.length <= 4) return `${digits.slice(0, 2)}.${digits.slice(2)}`;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
}

export type DateTextResult =
  { ok: true; value: IsoDate | null } | { ok: false; code: 'date.format' | 'date.invalid' };

/** "" → null; "20.03.1985" → "1985-03-20"; anything else says why it is refused. */
export function parseDateText(text: string): DateTextResult {
  const s = text.trim();
  if (s === '') return { ok: true, value: null };
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s);
  if (!m) return { ok: false, code: 'date.format' };
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, code: 'date.invalid' };
}

export const isoToDateText = (iso: string | null | undefined): string =>
  iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '';

/** "1405" → "14:05". */
export function maskTime(raw: string): string {
  const digits = raw.replace(/\D/g, '').slice(0, 4);
  return digits.length <= 2 ? digits : `${digits.slice(0, 2)}:${digits.slice(2)}`;
}

export function parseTimeText(text: string): string | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]}:${m[2]}`;
}

/** The current date and time in Kazakhstan, as the form shows them. */
export function kzNowText(now: Date = new Date()): { date: string; time: string } {
  const p = kzNowParts(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: isoToDateText(p.date), time: `${pad(p.hour)}:${pad(p.minute)}` };
}

export const kzToday = (now: Date = new Date()): IsoDate => kzNowParts(now).date;

/** The instant the contract wants, written with the +05:00 offset. */
export const kzInstant = (date: IsoDate, time: string): string =>
  `${date}T${time}:00${KZ_UTC_OFFSET}`;

/** An instant (any offset) as the Kazakh date and time the form shows. */
export function instantToKzText(instant: string): { date: string; time: string } {
  return kzNowText(new Date(instant));
}
