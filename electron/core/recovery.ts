import path from 'node:path';
import { AppFailure, type BackupInfo, type Language } from '../../shared/contract';
import { translate } from '../../shared/locales';
import { backupDirFor, newestGoodBackup } from './db/backup/backup';

/**
 * When the database fails its check at open it is never overwritten: this finds the newest
 * backup that passes its own checks, for the shell to offer. Null for any other failure.
 */
export function recoveryFor(err: unknown, dbFile: string): { backup: BackupInfo | null } | null {
  if (!(err instanceof AppFailure) || err.error.code !== 'db.corrupt') return null;
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
