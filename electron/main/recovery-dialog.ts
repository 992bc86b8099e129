import { app, dialog } from 'electron';
import type { Language } from '../../shared/contract';
import { translate } from '../../shared/locales';
import { describeError } from '../core/cli/describe-error';
import { restoreFile } from '../core/db/backup/restore';
import { recoveryFor, recoveryText } from '../core/recovery';

/**
 * The database could not be opened. A damaged file is never overwritten: when a good backup
 * exists, the owner may put it in place (the damaged file is renamed aside) and Tirkeu starts
 * again on it; otherwise the message says what is wrong and where backups were looked for.
 */
export function offerRecovery(err: unknown, dbFile: string, lang: Language): void {
  const title = translate(lang, 'errors.title');
  const message = describeError(err, dbFile);
  const recovery = recoveryFor(err, dbFile);
  if (!recovery) {
    dialog.showErrorBox(title, message);
    return;
  }
  const detail = recoveryText(lang, dbFile, recovery.backup, false);
  if (!recovery.backup) {
    dialog.showErrorBox(title, `${message}\n\n${detail}`);
    return;
  }
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title,
    message,
    detail,
    buttons: [
      translate(lang, 'trust:recovery.restore_button'),
      translate(lang, 'trust:recovery.quit'),
    ],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return;
  try {
    restoreFile(dbFile, recovery.backup.file, new Date());
    app.relaunch();
  } catch (restoreErr) {
    dialog.showErrorBox(title, describeError(restoreErr, dbFile));
  }
}
