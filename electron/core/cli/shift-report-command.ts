import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type FileRef, type Language } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { createCore } from '../core';
import { resolveDbPath } from '../paths';
import { nameTaken, TargetExistsError, writeFileInPlace } from '../files/place-file';
import { describeError } from './describe-error';
import { languageFromEnv } from './language';

type CommandResult = { exitCode: number; stdout: string; stderr: string };

const flag = (args: string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/**
 * `shift-report --out FILE [--db FILE] [--lang kk|ru|en] [--force]`: the end-of-shift report as
 * a PDF, produced and audited as in the app; an existing file (or symlink) is kept unless
 * --force, and the report is written owner-only under a temporary name, then put in place.
 */
export async function runShiftReportCommand(
  argv: string[],
  now: () => Date = () => new Date(),
): Promise<CommandResult> {
  const out = flag(argv, '--out');
  if (!out) return { exitCode: 2, stdout: '', stderr: 'error: --out FILE is required\n' };
  const langText = flag(argv, '--lang') ?? languageFromEnv();
  if (!(LANGUAGES as readonly string[]).includes(langText)) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `error: --lang: "${langText}" is not kk, ru or en\n`,
    };
  }
  const language = langText as Language;
  const target = path.resolve(out);
  const force = argv.includes('--force');
  const exists = (): CommandResult => ({
    exitCode: 2,
    stdout: '',
    stderr: `error: --out: ${target} already exists; add --force to replace it\n`,
  });
  // Checked early to spare the work; placing the file checks again, without a window between.
  if (!force && nameTaken(target)) return exists();
  const dbFile = resolveDbPath(argv);
  if (dbFile !== ':memory:' && !fs.existsSync(dbFile)) {
    return { exitCode: 2, stdout: '', stderr: `error: --db: ${dbFile} does not exist\n` };
  }
  try {
    const core = createCore({ dbFile, now });
    try {
      const r = await core.call('notifications.shiftReport', { language });
      if (!r.ok) {
        const text = translate(language, `errors.${r.error.code}`, r.error.params ?? {});
        return { exitCode: 1, stdout: '', stderr: `error: ${text}\n` };
      }
      const { file, open, inHouse } = r.value as { file: FileRef; open: number; inHouse: number };
      try {
        writeFileInPlace(target, core.files.bytes(file.fileId), force);
      } catch (err) {
        if (err instanceof TargetExistsError) return exists();
        throw err;
      }
      return {
        exitCode: 0,
        stdout: `${target}: ${inHouse} foreign guests in house, ${open} open notices\n`,
        stderr: '',
      };
    } finally {
      core.close();
    }
  } catch (err) {
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, dbFile)}\n` };
  }
}
