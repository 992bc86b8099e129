import BetterSqlite from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../../shared/contract';
import {
  chainKeyOf,
  headFileFor,
  loadOrCreateKey,
  readAnchor,
  writeAnchor,
  type ChainHead,
} from './anchor';
import { verifyAuditChain } from './verify';

/**
 * A restore replaces the database, so it replaces the head its chain is held to (else the
 * restored, shorter chain reads as truncated). Written before the files are swapped: a backup of
 * this database is a prefix of its chain, so the new head holds for the old file too if the
 * swap is cut short. The backup's rows are checked with this folder's key first, and against
 * the manifest taken with it (`<backup>.head`): a forged or truncated copy is refused. A backup
 * whose first keyed row the key does not vouch for was keyed elsewhere (a new PC, the old key
 * lost): it is restored, its rows held by their hashes only, and MACs count from the next row.
 */
export function anchorRestore(
  dbFile: string,
  backup: string,
  manifest: string = manifestFor(backup),
): void {
  const key = loadOrCreateKey(dbFile);
  if (!key) return;
  const db = new BetterSqlite(backup, { readonly: true, fileMustExist: true });
  let keyedFrom: number;
  let head;
  try {
    const recorded = readAnchor(manifest, key);
    const r = verifyAuditChain(db, { key, anchor: recorded?.genuine ? recorded : null });
    head = r.head;
    const foreign = r.reason === 'mac' && r.firstBadRow === r.keyedFrom;
    if (!r.ok && !foreign) {
      throw new AppFailure('backup.not_good', { params: { file: backup } });
    }
    keyedFrom = r.ok ? (r.keyedFrom ?? r.head.id + 1) : r.head.id + 1;
  } finally {
    db.close();
  }
  writeAnchor(headFileFor(dbFile), key, head, keyedFrom, { sync: true });
}

/** Where a backup's manifest lives: beside it, named after it. */
export const manifestFor = (backup: string): string => `${backup}.head`;

/**
 * The backup's manifest: the head of the chain it holds, MACed with the key, so a verifier that
 * keeps it (`audit-verify --head`) catches a later truncation of the database, and a restore
 * refuses a copy cut short or forged since. Nothing is written without a key (a database in
 * memory, a key lost); a manifest that cannot be written leaves the backup as good as before.
 */
export function writeManifest(db: Database.Database, backup: string, head: ChainHead): void {
  const key = chainKeyOf(db);
  if (!key) return;
  try {
    const live = db.memory ? null : readAnchor(headFileFor(db.name), key);
    const keyedFrom = live?.genuine ? live.keyedFrom : head.id + 1;
    writeAnchor(manifestFor(backup), key, head, Math.min(keyedFrom, head.id + 1), {
      sync: true,
    });
  } catch {
    // A full disk: the backup was checked and counts without it.
  }
}
