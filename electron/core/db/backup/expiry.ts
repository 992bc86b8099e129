import fs from 'node:fs';
import path from 'node:path';
import type { BackupsHolding } from '../../../../shared/contract';
import {
  addDays,
  dateParts,
  daysInMonth,
  makeIsoDate,
  type IsoDate,
} from '../../../../shared/rules/dates';
import { kzDateOf } from '../../../../shared/rules/kz-time';
import { manifestFor } from '../audit/backup-anchor';
import { backupDirFor, listBackups } from './backup';
import { KEEP } from './rotation';

/** The day `months` months after `day` (before, when negative); the 31st becomes the month's last. */
export function shiftMonths(day: IsoDate, months: number): IsoDate {
  const { year, month, day: d } = dateParts(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return makeIsoDate(y, m, Math.min(d, daysInMonth(y, m)));
}

/** A whole copy of the database: a backup, or one kept aside before an upgrade or a restore. */
interface DataCopy {
  /** The file, with its -wal and -shm when it has them. */
  files: string[];
  name: string;
  takenAt: Date;
  /** Backups are rotated (12 months at most); the copies kept aside are not. */
  rotated: boolean;
}

// The time in a copy's name, as backup.ts and the migrations write it (`:` and `.` made `-`).
const STAMP = '(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The copies beside the database: `backups/`, `<db>.vN-<time>.bak`, `<db>.before-restore-<time>`. */
function dataCopies(dbFile: string): DataCopy[] {
  if (dbFile === ':memory:') return [];
  const copies: DataCopy[] = listBackups(backupDirFor(dbFile)).map((b) => ({
    // A backup's manifest (its chain's head) goes with it.
    files: [b.file, manifestFor(b.file)],
    name: b.name,
    takenAt: b.takenAt,
    rotated: true,
  }));
  const base = escape(path.basename(dbFile));
  const aside = [
    new RegExp(`^${base}\\.v\\d+-${STAMP}\\.bak$`),
    new RegExp(`^${base}\\.before-restore-${STAMP}$`),
  ];
  const dir = path.dirname(dbFile);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    names = [];
  }
  for (const name of names) {
    const m = aside.map((r) => r.exec(name)).find((x) => x !== null);
    if (!m) continue;
    const file = path.join(dir, name);
    copies.push({
      files: [file, `${file}-wal`, `${file}-shm`],
      name,
      takenAt: new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`),
      rotated: false,
    });
  }
  return copies;
}

/** The day after which a copy no longer exists (KZ date), or null when nothing removes it. */
function goneAfter(copy: DataCopy, retentionMonths: number | null): IsoDate | null {
  const day = kzDateOf(copy.takenAt);
  const limits: IsoDate[] = [];
  // expireCopies removes a copy once its day falls before the cutoff: a day after N months.
  if (retentionMonths !== null) limits.push(addDays(shiftMonths(day, retentionMonths), 1));
  // The rotation keeps the newest of each of the 12 latest months (rotation.ts): not longer.
  if (copy.rotated) limits.push(addDays(shiftMonths(day, KEEP.monthly), 1));
  return limits.length ? limits.sort()[0]! : null;
}

/**
 * Retention for the copies (issue 19): a copy taken before the cutoff day (Kazakhstan date, the
 * one the purge uses) holds guests the purge erased since, so it goes too. Returns the names
 * deleted.
 */
export function expireCopies(dbFile: string, cutoff: IsoDate): string[] {
  const gone: string[] = [];
  for (const copy of dataCopies(dbFile)) {
    if (!takenBefore(copy, cutoff)) continue;
    for (const f of copy.files) fs.rmSync(f, { force: true });
    gone.push(copy.name);
  }
  return gone;
}

const takenBefore = (copy: DataCopy, cutoff: IsoDate) => kzDateOf(copy.takenAt) < cutoff;

/** How many copies `expireCopies` would delete with this cutoff. */
export const copiesBefore = (dbFile: string, cutoff: IsoDate): number =>
  dataCopies(dbFile).filter((c) => takenBefore(c, cutoff)).length;

/**
 * The copies that hold the data as it is now, and the day the last of them will be gone. What is
 * erased now stays in every one of them until it expires: the erase dialogs say so and when.
 * `expiringBefore`: leave out the copies a purge with that cutoff deletes.
 */
export function copiesHolding(
  dbFile: string,
  retentionMonths: number | null,
  expiringBefore?: IsoDate,
): BackupsHolding {
  const copies = dataCopies(dbFile).filter(
    (c) => expiringBefore === undefined || !takenBefore(c, expiringBefore),
  );
  let goneBy: IsoDate | null = null;
  for (const c of copies) {
    const day = goneAfter(c, retentionMonths);
    if (day === null) return { copies: copies.length, goneBy: null };
    if (goneBy === null || day > goneBy) goneBy = day;
  }
  return { copies: copies.length, goneBy };
}
