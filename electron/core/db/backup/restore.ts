import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppFailure, type BackupInfo } from '../../../../shared/contract';
import { PRIVATE_FILE_MODE, makePrivate } from '../file-mode';
import { checkRestoreChain, manifestFor, writeRestoredHead } from '../audit/backup-anchor';
import { fsyncPath, parseBackupName, stamp } from './backup';
import { vetBackup, vetBackupInThread } from './vet';

/**
 * Putting a backup in the database's place, so that a crash at any instant leaves the old data
 * or the new, whole, and never an empty database:
 *
 * 1. the backup is copied beside the database (`<db>.restoring`), synced, and vetted there (the
 *    copy is what gets checked and what goes in: the source is never opened by SQLite, so it is
 *    left without -wal/-shm files, and a USB stick changed in between cannot slip anything in);
 * 2. a journal (`<db>.restore-journal`) names where the current file goes, written whole
 *    (temporary name, sync, rename) before anything is renamed;
 * 3. the current file and its -wal/-shm go aside (`<db>.before-restore-<time>`), the copy
 *    takes the database's name, and the journal is removed.
 *
 * From the journal on, every step can be done again: the next open (`finishInterruptedRestore`)
 * completes whatever a crash interrupted. Before it, the database was never touched.
 */
export type RestoreStep = 'copied' | 'journaled' | 'aside' | 'aside-wal' | 'aside-shm' | 'swapped';

const SIDECARS = ['', '-wal', '-shm'] as const;
const incomingOf = (dbFile: string) => `${dbFile}.restoring`;
const journalOf = (dbFile: string) => `${dbFile}.restore-journal`;
const ASIDE = '.before-restore-';

const Journal = z
  .object({
    v: z.literal(1),
    aside: z.string().nullable(),
    // The restored chain's head, written once the copy holds the database's name.
    head: z
      .object({ id: z.number().int(), hash: z.string(), keyedFrom: z.number().int().min(1) })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
type Journal = z.infer<typeof Journal>;

const removeCopy = (incoming: string) => {
  for (const s of SIDECARS) fs.rmSync(incoming + s, { force: true });
};

function asideName(dbFile: string, now: Date): string | null {
  if (!SIDECARS.some((s) => fs.existsSync(dbFile + s))) return null;
  // Never onto an earlier restore's kept file (a rename would replace it without a word).
  let at = now;
  const nameAt = (d: Date) => `${dbFile}${ASIDE}${stamp(d)}`;
  while (SIDECARS.some((s) => fs.existsSync(nameAt(at) + s))) at = new Date(at.getTime() + 1);
  return nameAt(at);
}

function writeJournal(dbFile: string, journal: Journal): void {
  const target = journalOf(dbFile);
  const temp = `${target}.tmp`;
  const fd = fs.openSync(temp, 'w', PRIVATE_FILE_MODE);
  try {
    fs.writeSync(fd, JSON.stringify(journal));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  fsyncPath(path.dirname(dbFile));
}

/** Steps 3 on: idempotent, so a crash at any point is finished by running it again. */
function complete(dbFile: string, journal: Journal, onStep: (s: RestoreStep) => void): void {
  const incoming = incomingOf(dbFile);
  // While the copy is still there, whatever holds the database's name is the old file.
  if (fs.existsSync(incoming)) {
    if (journal.aside) {
      for (const s of SIDECARS) {
        if (fs.existsSync(dbFile + s)) fs.renameSync(dbFile + s, journal.aside + s);
        onStep(s === '' ? 'aside' : (`aside${s}` as RestoreStep));
      }
    }
    fs.renameSync(incoming, dbFile);
    fsyncPath(path.dirname(dbFile));
    onStep('swapped');
  }
  // Again after a crash here: the file under the name is the restored one either way.
  if (journal.head) writeRestoredHead(dbFile, journal.head);
  fs.rmSync(journalOf(dbFile), { force: true });
  fsyncPath(path.dirname(dbFile));
}

/** A backup copied beside the database and vetted there, ready to take its place. */
export interface PreparedRestore {
  dbFile: string;
  /** What the copy holds, named after the source. */
  info: BackupInfo;
}

/**
 * Step 1, while the database is still open (the desk keeps working during the long check): the
 * copy beside it, vetted. A refusal leaves nothing behind and the database untouched.
 */
export function prepareRestore(dbFile: string, backup: string): PreparedRestore {
  const incoming = stageCopy(dbFile, backup);
  let vetted: BackupInfo;
  try {
    vetted = vetBackup(incoming, undefined, path.basename(backup));
  } catch (err) {
    removeCopy(incoming);
    throw err;
  }
  return prepared(dbFile, backup, incoming, vetted);
}

/** `prepareRestore` with the copy's full check in the backup's worker thread (the desk's calls). */
export async function prepareRestoreInThread(
  dbFile: string,
  backup: string,
): Promise<PreparedRestore> {
  // Copied by the OS off the desk's thread (a gigabyte takes seconds).
  const incoming = clearForCopy(dbFile);
  try {
    await fs.promises.copyFile(backup, incoming);
  } catch (err) {
    removeCopy(incoming);
    throw err;
  }
  secureCopy(incoming);
  let vetted: BackupInfo;
  try {
    vetted = await vetBackupInThread(incoming, undefined, path.basename(backup));
  } catch (err) {
    removeCopy(incoming);
    throw err;
  }
  return prepared(dbFile, backup, incoming, vetted);
}

/** Where the copy goes, cleared (an interrupted restore before this one completed first). */
function clearForCopy(dbFile: string): string {
  // A restore interrupted before this one (no start since) is completed first: its copy is
  // about to be replaced, and its journal says where the file before it went.
  const pending = readJournal(dbFile);
  if (pending) complete(dbFile, pending, () => undefined);
  const incoming = incomingOf(dbFile);
  removeCopy(incoming);
  return incoming;
}

/** The copy made owner-only and synced, ready to be vetted; removed if that fails. */
function secureCopy(incoming: string): string {
  try {
    makePrivate(incoming);
    fsyncPath(incoming);
  } catch (err) {
    removeCopy(incoming);
    throw err;
  }
  return incoming;
}

function stageCopy(dbFile: string, backup: string): string {
  const incoming = clearForCopy(dbFile);
  fs.copyFileSync(backup, incoming);
  return secureCopy(incoming);
}

function prepared(
  dbFile: string,
  backup: string,
  incoming: string,
  vetted: BackupInfo,
): PreparedRestore {
  // Looking at a copy still in WAL mode leaves empty -wal/-shm beside it: not the database's.
  for (const s of ['-wal', '-shm']) fs.rmSync(incoming + s, { force: true });
  const named = parseBackupName(backup);
  const info = {
    ...vetted,
    file: backup,
    name: path.basename(backup),
    takenAt: named ? named.takenAt.toISOString() : vetted.takenAt,
  };
  return { dbFile, info };
}

/**
 * Steps 2 and 3; the caller has closed every connection to the database. The current file
 * (with its -wal and -shm, which belong to it) is kept aside, never deleted. `onStep` is told
 * after each step (tests stop the process there).
 */
export function swapIn(
  prepared: PreparedRestore,
  now: Date,
  onStep: (step: RestoreStep) => void = () => undefined,
): { keptAside: string | null } {
  const { dbFile } = prepared;
  const incoming = incomingOf(dbFile);
  if (!fs.existsSync(incoming)) throw new AppFailure('file.missing');
  // The restored chain is checked against the manifest taken beside the source backup (a copy
  // forged or cut short since is refused, the database untouched); its head goes in the
  // journal and is written at the swap.
  let head;
  try {
    head = checkRestoreChain(dbFile, incoming, manifestFor(prepared.info.file));
  } finally {
    for (const s of ['-wal', '-shm']) fs.rmSync(incoming + s, { force: true });
  }
  onStep('copied');
  const journal: Journal = { v: 1, aside: asideName(dbFile, now), head };
  writeJournal(dbFile, journal);
  onStep('journaled');
  complete(dbFile, journal, onStep);
  return { keptAside: journal.aside };
}

/** Both at once, for a caller with the database closed already (the CLI, the recovery dialog). */
export function restoreFile(
  dbFile: string,
  backup: string,
  now: Date,
  onStep?: (step: RestoreStep) => void,
): { keptAside: string | null; info: BackupInfo } {
  const prepared = prepareRestore(dbFile, backup);
  return { ...swapIn(prepared, now, onStep), info: prepared.info };
}

function readJournal(dbFile: string): Journal | null {
  let text: string;
  try {
    text = fs.readFileSync(journalOf(dbFile), 'utf8');
  } catch {
    return null;
  }
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  const parsed = Journal.safeParse(data);
  // Written under a temporary name and renamed: a journal is whole or absent.
  if (!parsed.success) throw new AppFailure('db.cannot_open', { params: { file: dbFile } });
  return parsed.data;
}

function leftoversOf(dbFile: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(dbFile));
  } catch {
    return [];
  }
  const prefix = path.basename(dbFile) + ASIDE;
  return names
    .filter((n) => n.startsWith(prefix) && !/-(wal|shm)$/.test(n))
    .sort()
    .reverse();
}

/** What the open found and finished: a restore that a crash or power cut interrupted. */
export interface FinishedRestore {
  /** Where the file it replaced is kept, or null when there was none. */
  keptAside: string | null;
}

/**
 * Called before a database is opened or created. A journal means a restore was interrupted
 * after its copy was whole and vetted: it is completed. Without one, a leftover copy beside an
 * existing database is a restore that never started its swap (removed). A database that is
 * missing where a restore left its files is never replaced by a new, empty one.
 */
export function finishInterruptedRestore(dbFile: string): FinishedRestore | null {
  const journal = readJournal(dbFile);
  if (journal) {
    complete(dbFile, journal, () => undefined);
    return { keptAside: journal.aside };
  }
  const incoming = incomingOf(dbFile);
  if (fs.existsSync(dbFile)) {
    removeCopy(incoming);
    return null;
  }
  const aside = leftoversOf(dbFile)[0] ?? null;
  if (fs.existsSync(incoming)) {
    // An earlier Tirkeu renamed without a journal, after syncing the whole copy: finish it when
    // the copy still passes every check and nothing of the old file is left to mix in.
    let good = false;
    try {
      vetBackup(incoming);
      good = !fs.existsSync(`${dbFile}-wal`);
    } catch {
      good = false;
    }
    for (const s of ['-wal', '-shm']) fs.rmSync(incoming + s, { force: true });
    if (good) {
      fs.rmSync(`${dbFile}-shm`, { force: true });
      complete(dbFile, { v: 1, aside: null }, () => undefined);
      return { keptAside: aside && path.join(path.dirname(dbFile), aside) };
    }
  }
  if (aside || fs.existsSync(incoming)) {
    throw new AppFailure('db.missing_after_restore', {
      params: { file: dbFile, aside: aside ?? path.basename(incoming) },
    });
  }
  return null;
}
