import path from 'node:path';
import { AppFailure, type BackupInfo, type Language } from '../../shared/contract';
import { translate } from '../../shared/locales';
import { backupDirFor, newestGoodBackup } from './db/backup/backup';
import type { FinishedRestore } from './db/backup/restore';

// A damaged file, or one whose schema was altered outside Tirkeu: a good backup is the way back.
const RECOVERABLE = new Set(['db.corrupt', 'db.schema_altered']);

/**
 * When the database fails its check at open it is never overwritten: this finds the newest
 * backup that passes its own checks, for the shell to offer. Null for any other failure.
 */
export function recoveryFor(err: unknown, dbFile: string): { backup: BackupInfo | null } | null {
  if (!(err instanceof AppFailure) || !RECOVERABLE.has(err.error.code)) return null;
  return { backup: newestGoodBackup(backupDirFor(dbFile)) };
}

/** The recovery advice in words, with the exact CLI command that restores the backup. */
export function recoveryText(
  lang: Language,
  dbFile: string,
  backup: BackupInfo | null,
  withCommand = true,
): string {
  if (!backup?.counts) {
    return translate(lang, 'trust:recovery.none', { dir: backupDirFor(dbFile) });
  }
  const quote = (p: string) => (/[\s"']/.test(p) ? JSON.stringify(p) : p);
  const command = `npm run cli -- restore --db ${quote(dbFile)} --from ${quote(backup.file)} --force`;
  const newest = translate(lang, 'trust:recovery.newest', {
    file: path.basename(backup.file),
    date: backup.takenAt,
    ...backup.counts,
  });
  return withCommand
    ? `${newest}\n${translate(lang, 'trust:recovery.command', { command })}`
    : newest;
}

/** What a start that completed an interrupted restore tells the person at the desk. */
export function restoreFinishedText(lang: Language, finished: FinishedRestore): string {
  return finished.keptAside
    ? translate(lang, 'trust:recovery.restore_finished', {
        aside: path.basename(finished.keptAside),
      })
    : translate(lang, 'trust:recovery.restore_finished_no_aside');
}
