import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { m0001InitialSchema } from './0001-initial-schema';
import { m0003FilingProof } from './0003-filing-proof';
import { m0004HistoryIndexes } from './0004-history-indexes';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/**
 * The ordered registry. A migration that has shipped is never edited: add the next number.
 * Each entry gets a test in test/core/db/migrations.test.ts when it moves data.
 */
export const MIGRATIONS: Migration[] = [m0001InitialSchema, m0003FilingProof, m0004HistoryIndexes];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Applies every pending migration in one transaction (all or nothing), after copying a
 * non-empty database aside so a failed upgrade can be undone by hand.
 */
export function migrate(
  db: Database.Database,
  file: string | null,
  migrations: Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  const to = pending[pending.length - 1]!.version;
  if (file && from > 0) backupBeforeMigration(db, file, from);
  db.transaction(() => {
    for (const m of pending) m.up(db);
    // user_version lives in the file header and is written by this same transaction.
    db.pragma(`user_version = ${to}`);
  })();
  return { from, to };
}

function backupBeforeMigration(db: Database.Database, file: string, from: number): void {
  const target = `${file}.v${from}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
  if (fs.existsSync(target)) return;
  db.prepare('VACUUM INTO ?').run(target);
}
