/**
 * Which backups to keep. The automatic ones (at start, daily): the newest of each of the 7 most
 * recent days, of the 4 most recent weeks (Monday to Sunday) and of the 12 most recent months
 * that have one, counted in Kazakhstan's time (UTC+5, whatever the PC's zone), like every other
 * date at the desk; a backup kept for any reason is kept. One someone asked for (Back up now,
 * the copy advised before a purge, before a restore) is never replaced by a newer one: it stays
 * until its own expiry, a year after it was taken. Pure: the caller deletes.
 */
export const BACKUP_KINDS = ['auto', 'manual', 'pre-purge', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface Dated {
  name: string;
  takenAt: Date;
  /** Absent: automatic. */
  kind?: BackupKind;
}

export const KEEP = { daily: 7, weekly: 4, monthly: 12, askedForDays: 365 } as const;

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

export function rotate(backups: Dated[], now: Date): { keep: string[]; drop: string[] } {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const auto = sorted.filter((b) => (b.kind ?? 'auto') === 'auto');
  const expiry = now.getTime() - KEEP.askedForDays * DAY_MS;
  const keep = new Set([
    ...newestPerPeriod(auto, dayKey, KEEP.daily),
    ...newestPerPeriod(auto, weekKey, KEEP.weekly),
    ...newestPerPeriod(auto, monthKey, KEEP.monthly),
    ...sorted
      .filter((b) => (b.kind ?? 'auto') !== 'auto' && b.takenAt.getTime() > expiry)
      .map((b) => b.name),
  ]);
  return {
    keep: sorted.filter((b) => keep.has(b.name)).map((b) => b.name),
    drop: sorted.filter((b) => !keep.has(b.name)).map((b) => b.name),
  };
}
