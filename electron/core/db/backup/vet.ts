import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure, type BackupInfo } from '../../../../shared/contract';
import { LATEST_VERSION } from '../migrations';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, makePrivate } from '../file-mode';
import { TIRKEU_APPLICATION_ID, isUnmarkedTirkeu } from '../ownership';
import { schemaDifferences } from '../schema-check';
import { inspectBackup } from './backup';
import { inspectInThread } from './backup-thread';

/**
 * Checks a file before it may replace the database (an uploaded backup from a USB stick, a
 * backup named on the command line): a Tirkeu database (our mark, or the tables of an unmarked
 * schema 1), not written by a newer Tirkeu, with exactly the schema its version must have (no
 * trigger, table, index or view added, none dropped or changed), whole (`integrity_check`) and
 * with an audit chain that holds. Throws the reason as an AppFailure; returns what it holds when
 * it passes. A backup whose name carries no date is dated by its newest audit entry. `shownAs`:
 * the name a refusal gives (a copy is looked at under a name of ours).
 */
export function vetBackup(
  file: string,
  supported = LATEST_VERSION,
  shownAs = path.basename(file),
): BackupInfo {
  const header = vetHeader(file, supported);
  return vetted(header, inspectBackup(file), shownAs);
}

/**
 * `vetBackup` with the full check (seconds per gigabyte) in the backup's worker thread: what the
 * desk's calls use (an upload looked at, a restore prepared), so the desk answers meanwhile.
 */
export async function vetBackupInThread(
  file: string,
  supported = LATEST_VERSION,
  shownAs = path.basename(file),
): Promise<BackupInfo> {
  const header = vetHeader(file, supported);
  let info: BackupInfo;
  try {
    info = await inspectInThread(file);
  } catch (err) {
    // The thread could not check it (out of memory, killed): no verdict, so nothing restored.
    throw Object.assign(new AppFailure('backup.check_failed', { params: { file: shownAs } }), {
      cause: err,
    });
  }
  return vetted(header, info, shownAs);
}

interface Header {
  appId: number;
  version: number;
  tables: string[];
  lastAt: string | null;
  altered: string | null;
}

/** The quick part: whose file it is, its version and its schema; throws the reason. */
function vetHeader(file: string, supported: number): Header {
  let header: Header;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const tables = (db.pragma('table_list') as Array<{ name: string; schema: string }>)
        .filter((t) => t.schema === 'main')
        .map((t) => t.name);
      const version = db.pragma('user_version', { simple: true }) as number;
      header = {
        appId: db.pragma('application_id', { simple: true }) as number,
        version,
        tables,
        altered: version > supported ? null : (schemaDifferences(db, version)[0]?.object ?? null),
        lastAt: tables.includes('audit_log')
          ? ((db.prepare('SELECT max(at) FROM audit_log').pluck().get() as string | null) ?? null)
          : null,
      };
    } finally {
      db.close();
    }
  } catch {
    // Not SQLite at all, or a header too damaged to read.
    throw new AppFailure('backup.not_tirkeu');
  }
  const ours =
    header.appId === TIRKEU_APPLICATION_ID || isUnmarkedTirkeu(header.version, header.tables);
  if (!ours) throw new AppFailure('backup.not_tirkeu');
  if (header.version > supported) {
    throw new AppFailure('backup.newer_schema', {
      params: { found: header.version, supported },
    });
  }
  if (header.altered) {
    throw new AppFailure('backup.schema_altered', { params: { object: header.altered } });
  }
  return header;
}

/** The full check's verdict on a file whose header passed. */
function vetted(header: Header, info: BackupInfo, shownAs: string): BackupInfo {
  if (!info.good) throw new AppFailure('backup.not_good', { params: { file: shownAs } });
  const named = /^tirkeu-\d{4}-\d{2}-\d{2}T/.test(info.name);
  return named || !header.lastAt ? info : { ...info, takenAt: header.lastAt };
}

/**
 * Writes uploaded bytes, or copies a file (without reading it into memory), to a private file
 * beside the backups, for `vetBackup` to open.
 */
export function writePrivateCopy(dir: string, name: string, from: Uint8Array | string): string {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const file = path.join(dir, name);
  if (typeof from === 'string') {
    fs.copyFileSync(from, file, fs.constants.COPYFILE_EXCL);
    makePrivate(file);
  } else fs.writeFileSync(file, from, { mode: PRIVATE_FILE_MODE });
  return file;
}
