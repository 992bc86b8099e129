import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../db/file-mode';

/**
 * The property's address and password for the centre, kept as the LAN key is (desks/
 * tls-files.ts): in a folder beside the data file, owner-only (0700 / 0600) from the first
 * byte, never in the database (a backup or a copied file must not carry a way in).
 */
export const centralDirFor = (dbFile: string): string | null =>
  dbFile === ':memory:' ? null : path.join(path.dirname(dbFile), 'central');

const FILE = 'credentials.json';

export function saveCentralUrl(dbFile: string, url: string): void {
  const dir = centralDirFor(dbFile);
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const tmp = path.join(dir, `${FILE}.${process.pid}.tmp`);
  fs.rmSync(tmp, { force: true });
  fs.writeFileSync(tmp, JSON.stringify({ url }), { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  fs.renameSync(tmp, path.join(dir, FILE));
}

export function readCentralUrl(dbFile: string): string | null {
  const dir = centralDirFor(dbFile);
  if (!dir) return null;
  try {
    const v = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8')) as { url?: unknown };
    return typeof v.url === 'string' ? v.url : null;
  } catch {
    return null;
  }
}
