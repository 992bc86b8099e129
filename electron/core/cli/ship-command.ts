import fs from 'node:fs';
import { AppFailure } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { closeDatabase, openDatabase } from '../db/connection';
import { connectCentral, myHead } from '../central/central-repo';
import { readCentralUrl, saveCentralUrl } from '../central/credentials';
import { recordShipFailure, shipToCentral } from '../central/ship';
import { flag, usage, type CommandResult } from './args';
import { describeError } from './describe-error';
import { languageFromEnv } from './language';

/**
 * `ship --db FILE [--central postgresql://…] [--property NAME]`: ships what is new to the
 * central register, once, and prints one JSON object {"shipped", "behind", "chain",
 * "register"}; exit 1 when the centre refused the chain or could not be reached. A --central
 * given is kept beside the data, owner-only, for the next ship; --property, when given, must be
 * the property the credentials belong to (a host given another's password stops here).
 */
export async function runShipCommand(argv: string[]): Promise<CommandResult> {
  const dbFile = flag(argv, '--db');
  if (!dbFile) return usage('--db FILE is required');
  if (!fs.existsSync(dbFile)) return usage(`--db: ${dbFile} does not exist`);
  const given = flag(argv, '--central');
  const url = given ?? readCentralUrl(dbFile);
  if (!url) return usage('--central postgresql://… is required (none is kept for this file)');
  const property = flag(argv, '--property');
  const language = languageFromEnv();
  let db;
  try {
    db = openDatabase(dbFile);
  } catch (err) {
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, dbFile)}\n` };
  }
  let client;
  try {
    try {
      client = await connectCentral(url);
    } catch (err) {
      // Said on the property's screen too: when it last tried, and why it could not.
      recordShipFailure(db, err, new Date().toISOString());
      return failed(err, language);
    }
    if (property !== undefined) {
      const head = await myHead(client);
      if (head.name !== property)
        return usage(`--property: these credentials ship for "${head.name}", not "${property}"`);
    }
    const r = await shipToCentral(db, client);
    if (given) saveCentralUrl(dbFile, given);
    return {
      exitCode: r.chain === 'ok' ? 0 : 1,
      stdout: `${JSON.stringify(r)}\n`,
      stderr: '',
    };
  } catch (err) {
    if (err instanceof AppFailure) return failed(err, language);
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, dbFile)}\n` };
  } finally {
    closeDatabase(db);
    await client?.end().catch(() => {});
  }
}

function failed(err: unknown, language: ReturnType<typeof languageFromEnv>): CommandResult {
  if (!(err instanceof AppFailure)) throw err;
  const text = translate(language, `errors.${err.error.code}`, err.error.params ?? {});
  return { exitCode: 1, stdout: '', stderr: `error: ${text}\n` };
}
