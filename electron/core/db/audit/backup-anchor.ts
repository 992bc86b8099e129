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

/** The head a restored chain is to be held to: its last row and where its MACs start. */
export interface RestoredHead extends ChainHead {
  keyedFrom: number;
}

/**
 * A restore replaces the database, so it replaces the head its chain is held to (else the
 * restored, shorter chain reads as truncated). Checked here, before anything is swapped; the
 * head is written only once the copy holds the database's name (`writeRestoredHead`, carried
 * in the restore journal), so a crash before the swap leaves the old file with its own head.
 * The backup's rows are checked with this folder's key first, and against the manifest taken
 * with it (`<backup>.head`): a forged or truncated copy is refused. A backup whose first keyed
 * row the key does not vouch for was keyed elsewhere (a new PC, the old key lost): it is
 * restored, its rows held by their hashes only, and MACs count from the next row. Null when
 * there is no key to hold anything to.
 */
export function checkRestoreChain(
  dbFile: string,
  backup: string,
  manifest: string = manifestFor(backup),
): RestoredHead | null {
  const key = loadOrCreateKey(dbFile);
  if (!key) return null;
  const db = new BetterSqlite(backup, { readonly: true, fileMustExist: true });
  try {
    const recorded = readAnchor(manifest, key);
    const r = verifyAuditChain(db, { key, anchor: recorded?.genuine ? recorded : null });
    const foreign = r.reason === 'mac' && r.firstBadRow === r.keyedFrom;
    if (!r.ok && !foreign) {
      throw new AppFailure('backup.not_good', { params: { file: backup } });
    }
    const keyedFrom = r.ok ? (r.keyedFrom ?? r.head.id + 1) : r.head.id + 1;
    return { id: r.head.id, hash: r.head.hash, keyedFrom };
  } finally {
    db.close();
  }
}

/** The restored database's head, written (synced) once it holds the database's name. */
export function writeRestoredHead(dbFile: string, head: RestoredHead): void {
  const key = loadOrCreateKey(dbFile);
  if (!key) return;
  writeAnchor(headFileFor(dbFile), key, { id: head.id, hash: head.hash }, head.keyedFrom, {
    sync: true,
  });
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
