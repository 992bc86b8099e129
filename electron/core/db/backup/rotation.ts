/**
 * Which backups to keep: the newest of each of the 7 most recent days, of the 4 most recent
 * weeks (Monday to Sunday) and of the 12 most recent months that have a backup, counted in
 * Kazakhstan's time (UTC+5, whatever the PC's zone), like every other date at the desk. A
 * backup kept for any reason is kept; the rest may go. Pure: the caller deletes.
 */
export interface Dated {
  name: string;
  takenAt: Date;
}

export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

const KZ_OFFSET_MS = 5 * 3600_000;
const DAY_MS = 86_400_000;

function kzDayNumber(d: Date): number {
  return Math.floor((d.getTime() + KZ_OFFSET_MS) / DAY_MS);
}

const dayKey = (d: Date) => String(kzDayNumber(d));
// Day 0 (1970-01-01) was a Thursday: +3 makes Monday the first day of each week.
const weekKey = (d: Date) => String(Math.floor((kzDayNumber(d) + 3) / 7));
const monthKey = (d: Date) => new Date(d.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 7);

function newestPerPeriod(sorted: Dated[], key: (d: Date) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const b of sorted) {
    const k = key(b.takenAt);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(b.name);
    if (seen.size === count) break;
  }
  return kept;
}

export function rotate(backups: Dated[]): { keep: string[]; drop: string[] } {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set([
    ...newestPerPeriod(sorted, dayKey, KEEP.daily),
    ...newestPerPeriod(sorted, weekKey, KEEP.weekly),
    ...newestPerPeriod(sorted, monthKey, KEEP.monthly),
  ]);
  return {
    keep: sorted.filter((b) => keep.has(b.name)).map((b) => b.name),
    drop: sorted.filter((b) => !keep.has(b.name)).map((b) => b.name),
  };
}
