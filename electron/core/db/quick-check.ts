import Database from 'better-sqlite3';

/**
 * `PRAGMA quick_check` through a read-only connection of its own: whether the file passes. Apart
 * from connection.ts so the worker thread that runs it (backup/copy-check.ts) loads only this.
 */
export function quickCheckFile(file: string): boolean {
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const found = ro.pragma('quick_check') as Array<{ quick_check: string }>;
    return found.length === 1 && found[0]!.quick_check === 'ok';
  } finally {
    ro.close();
  }
}
