import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Tirkeu';
export const DB_FILE_NAME = 'tirkeu.db';

/**
 * The per-user app-data folder, the same one Electron's `app.getPath('userData')` gives for an
 * app named Tirkeu, so web mode, the CLI and the desktop app share one database.
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** `--db FILE` wins over `TIRKEU_DB`, which wins over the app-data default. */
export function resolveDbPath(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  dataDir?: string,
): string {
  const i = argv.indexOf('--db');
  const fromFlag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice(5);
  const chosen = fromFlag ?? env.TIRKEU_DB;
  if (chosen) return path.resolve(chosen);
  return path.join(dataDir ?? userDataDir(env), DB_FILE_NAME);
}
