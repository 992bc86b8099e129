import fs from 'node:fs';

// Passport data lives in the database and its copies: only the owner reads them. Windows has
// ACLs instead of modes (the per-user app-data folder is private already), so it is skipped there.
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Tightens a file we created (a migration backup, made by SQLite with 0644) to owner-only. */
export function makePrivate(file: string): void {
  if (process.platform !== 'win32') fs.chmodSync(file, PRIVATE_FILE_MODE);
}
