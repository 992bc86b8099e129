import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  AppFailure,
  EXPORT_FORMATS,
  LANGUAGES,
  type ExportFormat,
  type Language,
} from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { isIsoDate } from '../../../shared/rules';
import { connectCentral } from '../central/central-repo';
import { centralRegisterDocument } from '../central/central-register';
import { createCore } from '../core';
import { exportToFile, TargetExistsError } from '../exports/register-export';
import { readSnapshotWhile } from '../db/read-snapshot';
import { registerStream } from '../services/reports-service';
import { describeError } from './describe-error';
import { languageFromEnv } from './language';
import type { CommandResult } from './args';

export type { CommandResult } from './args';

export const EXPORT_USAGE =
  'export --db FILE | --central postgresql://… --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|csv|pdf --out FILE [--lang kk|ru|en] [--force]';

const usage = (message: string): CommandResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `error: ${message}\nusage: npm run cli -- ${EXPORT_USAGE}\n`,
});

interface Options {
  /** A property's own database, or (exclusive) the centre's URL for the consolidated register. */
  db: string | null;
  central: string | null;
  from: string;
  to: string;
  format: ExportFormat;
  out: string;
  lang: Language;
  force: boolean;
}

function parse(argv: string[]): Options | string {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        central: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }).values;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  if (values.db && values.central) return 'give --db or --central, not both';
  if (!values.db && !values.central)
    return '--db is required (or --central postgresql://… for the consolidated register)';
  for (const name of ['from', 'to', 'format', 'out'] as const) {
    if (!values[name]) return `--${name} is required`;
  }
  const from = values.from!;
  const to = values.to!;
  const format = values.format!;
  for (const [flag, v] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!isIsoDate(v)) return `${flag}: "${v}" is not a date YYYY-MM-DD`;
  }
  if (from > to) return `--to (${to}) is before --from (${from})`;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return `--format: "${format}" is not one of ${EXPORT_FORMATS.join(', ')}`;
  }
  const lang = values.lang ?? languageFromEnv();
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    return `--lang: "${lang}" is not one of ${LANGUAGES.join(', ')}`;
  }
  return {
    db: values.db ? path.resolve(values.db) : null,
    central: values.central ?? null,
    from,
    to,
    format: format as ExportFormat,
    out: path.resolve(values.out!),
    lang: lang as Language,
    force: values.force ?? false,
  };
}

/**
 * `export`: the register for a range as a file, for scheduled exports. Exit 2 on bad arguments
 * or an existing --out without --force; the file appears whole or not at all.
 */
export async function runExportCommand(
  argv: string[],
  now: () => Date = () => new Date(),
  progress: (line: string) => void = () => {},
): Promise<CommandResult> {
  const o = parse(argv);
  if (typeof o === 'string') return usage(o);
  if (o.central !== null) return exportCentral(o, o.central, now, progress);
  if (o.db === null) return usage('--db FILE is required');
  // Opening a missing file would create an empty database and export nothing from it.
  if (!fs.existsSync(o.db)) return usage(`--db: ${o.db} does not exist`);
  if (!o.force && fs.existsSync(o.out)) {
    return usage(`--out: ${o.out} already exists; add --force to replace it`);
  }
  if (!fs.existsSync(path.dirname(o.out))) {
    return usage(`--out: the folder ${path.dirname(o.out)} does not exist`);
  }
  let core;
  try {
    // An export only reads: no walk of the audit chain before it starts (`audit-verify` does that).
    core = createCore({ dbFile: o.db, now, chainCheck: 'when-asked' });
  } catch (err) {
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, o.db)}\n` };
  }
  try {
    const deps = core.deps;
    // Rows are read as they are written (issue 21): a year's register is never held in memory.
    const rows = await readSnapshotWhile(deps.db, async () => {
      const doc = registerStream(deps, { from: o.from, to: o.to }, o.lang, now());
      await exportToFile(doc, o.format, o.out, {
        force: o.force,
        onProgress: (done, total) => progress(`${done}/${total}`),
      });
      return doc.rows.length;
    });
    return {
      exitCode: 0,
      stdout: `Register ${o.from} – ${o.to} written to ${o.out}: ${rows} rows\n`,
      stderr: '',
    };
  } catch (err) {
    if (err instanceof TargetExistsError) {
      return usage(`--out: ${err.target} already exists; add --force to replace it`);
    }
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, o.out)}\n` };
  } finally {
    core.close();
  }
}

/**
 * `export --central postgresql://…`: the consolidated register of every property (issue 25),
 * read through the owner's console login (read-only), written by the property's own writers.
 * A bad or TLS-off URL, refused credentials, a login that is not the console's, or a centre out
 * of reach: exit 1 with the reason in the chosen language, and no file.
 */
async function exportCentral(
  o: Options,
  url: string,
  now: () => Date,
  progress: (line: string) => void,
): Promise<CommandResult> {
  if (!o.force && fs.existsSync(o.out)) {
    return usage(`--out: ${o.out} already exists; add --force to replace it`);
  }
  if (!fs.existsSync(path.dirname(o.out))) {
    return usage(`--out: the folder ${path.dirname(o.out)} does not exist`);
  }
  const failed = (err: AppFailure): CommandResult => ({
    exitCode: 1,
    stdout: '',
    stderr: `error: ${translate(o.lang, `errors.${err.error.code}`, err.error.params ?? {})}\n`,
  });
  let client;
  try {
    client = await connectCentral(url);
    const at = now();
    const doc = await centralRegisterDocument(client, { from: o.from, to: o.to }, o.lang, at);
    await exportToFile(doc, o.format, o.out, {
      force: o.force,
      onProgress: (done, total) => progress(`${done}/${total}`),
    });
    return {
      exitCode: 0,
      stdout: `Consolidated register ${o.from} – ${o.to} written to ${o.out}: ${doc.rows.length} rows\n`,
      stderr: '',
    };
  } catch (err) {
    if (err instanceof AppFailure) return failed(err);
    if (err instanceof TargetExistsError) {
      return usage(`--out: ${err.target} already exists; add --force to replace it`);
    }
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, o.out)}\n` };
  } finally {
    await client?.end().catch(() => {});
  }
}
