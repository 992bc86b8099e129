import fs from 'node:fs';
import { z } from 'zod';
import { PRIVATE_FILE_MODE } from './file-mode';

/**
 * The "clean close" stamp (`<db>.clean`): what the file looked like when the last connection
 * closed it after a full checkpoint. While it still matches, nothing has written the file since,
 * so the open can skip `PRAGMA quick_check` (seconds on a large file). It is deleted before the
 * first write of every open, so a crash while running leaves none and the next start checks in
 * full. Damage that comes from no write at all (a disk going bad) is not what this guards: the
 * start backup's full `integrity_check` on the copy finds it (backup-manager.ts, `startSchedule`).
 */
const STAMP_VERSION = 1;

const Stamp = z
  .object({
    v: z.literal(STAMP_VERSION),
    size: z.string(),
    mtimeNs: z.string(),
    ctimeNs: z.string(),
    ino: z.string(),
    dev: z.string(),
    changeCounter: z.number().int(),
  })
  .strict();
type Stamp = z.infer<typeof Stamp>;

export const cleanStampPath = (file: string): string => `${file}.clean`;

function fingerprint(file: string): { stamp: Stamp; ctimeNs: bigint } {
  const st = fs.statSync(file, { bigint: true });
  const header = Buffer.alloc(28);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 28, 0);
  } finally {
    fs.closeSync(fd);
  }
  const stamp: Stamp = {
    v: STAMP_VERSION,
    size: String(st.size),
    mtimeNs: String(st.mtimeNs),
    ctimeNs: String(st.ctimeNs),
    ino: String(st.ino),
    dev: String(st.dev),
    // Bytes 24..27 of the SQLite header: bumped by every transaction that changes page 1.
    changeCounter: header.readUInt32BE(24),
  };
  return { stamp, ctimeNs: st.ctimeNs };
}

const same = (a: Stamp, b: Stamp) => JSON.stringify(a) === JSON.stringify(b);

/** True only when a stamp parses, matches the file exactly, and no WAL holds frames. */
export function closedCleanly(file: string): boolean {
  try {
    const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
    // A crashed writer leaves its frames here, with the main file's bytes unchanged.
    if (wal && wal.size > 0) return false;
    const stamp = Stamp.safeParse(JSON.parse(fs.readFileSync(cleanStampPath(file), 'utf8')));
    return stamp.success && same(stamp.data, fingerprint(file).stamp);
  } catch {
    return false;
  }
}

/** Before the first write of an open: from here on the file is not known to be clean. */
export function forgetCleanClose(file: string): void {
  fs.rmSync(cleanStampPath(file), { force: true });
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Called after the last connection closed with a complete checkpoint. Best effort: any doubt
 * leaves no stamp, which only costs the next start its full check.
 */
export function stampCleanClose(file: string): void {
  const target = cleanStampPath(file);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    const before = fingerprint(file);
    const body = JSON.stringify(before.stamp);
    // File times tick coarsely (a few ms on Linux): a write landing in the same tick as the
    // checkpoint would keep the recorded ctime. The stamp is only kept once its own write is
    // in a later tick, so any write to the database after it gets a ctime the stamp lacks.
    let later = false;
    for (let i = 0; i < 50 && !later; i++) {
      if (i > 0) Atomics.wait(pause, 0, 0, 2);
      fs.writeFileSync(temp, body, { mode: PRIVATE_FILE_MODE });
      later = fs.statSync(temp, { bigint: true }).mtimeNs > before.ctimeNs;
    }
    // Another process that opened meanwhile has written (or deleted a stamp): no stamp then.
    if (!later || !same(fingerprint(file).stamp, before.stamp) || hasWal(file)) {
      fs.rmSync(temp, { force: true });
      return;
    }
    fs.renameSync(temp, target);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

function hasWal(file: string): boolean {
  return fs.existsSync(`${file}-wal`);
}
