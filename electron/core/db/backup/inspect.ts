import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../../shared/contract';
import { GENESIS } from '../audit/canonical';
import { verifyAuditChain } from '../audit/verify';
import { schemaDifferences } from '../schema-check';
import { BACKUP_KINDS, type BackupKind } from './rotation';

// Apart from backup.ts so the backup's worker thread (copy-check.ts) loads only what it runs.

// The kind follows the time: none for the automatic ones (and every backup made before kinds).
const NAME =
  /^tirkeu-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z(?:-([a-z-]+))?\.db$/;

/** When a backup was taken and whether someone asked for it, from its name; null for any other file. */
export function parseBackupName(file: string): { takenAt: Date; kind: BackupKind } | null {
  const m = NAME.exec(path.basename(file));
  if (!m) return null;
  const kind = (m[6] ?? 'auto') as BackupKind;
  if (!BACKUP_KINDS.includes(kind)) return null;
  return { takenAt: new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`), kind };
}

function takenAtOf(file: string): Date {
  return parseBackupName(file)?.takenAt ?? fs.statSync(file).mtime;
}

/**
 * How much of a copy is checked. `full`: `integrity_check` (every page and every index against
 * its table, not the quick check used at open) and the whole audit chain walked. `copy`: what a
 * fresh online backup of a live database needs before it is given its name, in a fraction of a
 * second at a million stays: the file opens as Tirkeu's, its schema is the migrations' own, its
 * counts are read and its last audit row is taken as the manifest's head. The backup manager
 * runs the full check right after, in the same worker, before the rotation may drop an older
 * copy for it (backup-manager.ts).
 */
export type CheckDepth = 'copy' | 'full';

/**
 * Opens a copy and reports on it: its counts, its schema (schema-check.ts), and with `full` its
 * `integrity_check` and the audit chain. Read-only; a file that cannot be opened is not good.
 */
export function inspectBackup(file: string, depth: CheckDepth = 'full'): BackupInfo {
  const base: BackupInfo = {
    file,
    name: path.basename(file),
    takenAt: takenAtOf(file).toISOString(),
    size: fs.statSync(file).size,
    good: false,
    counts: null,
    chain: null,
  };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return base;
  }
  try {
    if (depth === 'full') {
      const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
      if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') return base;
    }
    // A trigger or view slipped in (or an append-only trigger dropped) is never restored.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (schemaDifferences(db, version).length > 0) return base;
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const counts = {
      guests: count('guests'),
      stays: count('stays'),
      notices: count('notifications'),
      auditRows: count('audit_log'),
    };
    if (depth === 'copy') {
      const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
        { id: number; hash: string } | undefined;
      const head = last ?? { id: 0, hash: GENESIS };
      return {
        ...base,
        good: true,
        counts,
        chain: { ok: true, rows: counts.auditRows, firstBadRow: null, head },
        checked: 'copy',
      };
    }
    const chain = verifyAuditChain(db);
    return { ...base, good: chain.ok, counts, chain, ...(chain.ok ? { checked: 'full' } : {}) };
  } catch {
    return base;
  } finally {
    db.close();
  }
}
