import type pg from 'pg';
import { AppFailure } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { createCentralShipRepo } from '../db/repos/central-ship-repo';
import { createSettingsRepo } from '../db/repos/settings-repo';
import {
  centreHashAt,
  myHead,
  receive,
  setRetention,
  upsertRegister,
  type ChainState,
} from './central-repo';
import { REGISTER_TABLES } from './register-tables';

export interface ShipResult {
  /** Audit rows the centre took in this ship. */
  shipped: number;
  /** Audit rows the property holds that the centre does not (yet). */
  behind: number;
  chain: ChainState;
  /** Register rows (stays, guests, notices…) sent because they changed. */
  register: number;
}

export interface ShipOptions {
  /** Audit rows per call, and register rows per transaction. */
  batch?: number;
  now?: () => Date;
  /** Called after each batch the centre committed (tests interrupt a ship here). */
  afterBatch?: () => void;
}

/**
 * The first row where this property's chain and the centre's part, or null when the centre's
 * rows are all ours. Only a restored older backup makes them part; then the whole other branch
 * is shipped from that row, so the centre keeps both for the owner (binary search: a few reads).
 */
async function divergence(
  client: pg.Client,
  local: (id: number) => string | undefined,
  upTo: number,
): Promise<number | null> {
  if (upTo === 0 || (await centreHashAt(client, upTo)) === local(upTo)) return null;
  let lo = 1;
  let hi = upTo;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await centreHashAt(client, mid)) === local(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ships what is new, once: the audit rows after the centre's head, in id order, in batches the
 * centre checks and commits one call at a time (so an interrupted ship resumes from the centre's
 * head, and a retried batch is skipped row by row), then, if the centre took the chain, the
 * register rows that changed since the last ship, a batch per transaction. The property never
 * waits on this: it runs beside the desk, and nothing at the property depends on it.
 */
export async function shipToCentral(
  db: Db,
  client: pg.Client,
  options: ShipOptions = {},
): Promise<ShipResult> {
  const batch = options.batch ?? 500;
  const now = options.now ?? (() => new Date());
  const repo = createCentralShipRepo(db);
  const attemptAt = now().toISOString();
  const before = repo.state();
  try {
    const head = await myHead(client);
    const localLast = repo.lastAuditId();
    const localHash = (id: number) => repo.auditAfter(id - 1, 1)[0]?.hash;
    const split = await divergence(client, localHash, Math.min(head.headId, localLast));
    // From the row where the chains part, else right after the centre's head (a property behind
    // the centre, from a restored backup, sends nothing until it writes: then the chains part).
    let after = split !== null ? split - 1 : Math.min(head.headId, localLast);
    let shipped = 0;
    let chain: ChainState = head.chain;
    let centreHead = head.headId;
    for (;;) {
      const rows = repo.auditAfter(after, batch);
      if (!rows.length) break;
      const r = await receive(client, rows);
      shipped += r.accepted;
      chain = r.chain;
      centreHead = r.headId;
      after = rows[rows.length - 1]!.id;
      options.afterBatch?.();
      if (chain !== 'ok') break;
    }
    let register = 0;
    if (chain === 'ok') {
      for (const table of REGISTER_TABLES) {
        for (const rows of repo.changedRows(table, batch)) {
          await client.query('BEGIN');
          try {
            await upsertRegister(
              client,
              table,
              head.propertyId,
              rows.map((r) => r.row),
            );
            await client.query('COMMIT');
          } catch (err) {
            await client.query('ROLLBACK').catch(() => {});
            throw err;
          }
          // Recorded after the centre committed: a ship killed between the two sends the
          // batch again, and the upsert makes that harmless.
          repo.markShipped(table.name, rows);
          register += rows.length;
          options.afterBatch?.();
        }
      }
    }
    // The property's retention setting goes with its rows: the centre keeps nothing longer
    // than the strictest property allows (issue 25; central-repo.ts, purgeCentral).
    if (chain === 'ok') await setRetention(client, retentionOf(db));
    const behind = Math.max(0, repo.lastAuditId() - centreHead);
    repo.saveState({
      property: head.name,
      shippedThrough: centreHead,
      behind,
      chain,
      lastShippedAt: chain === 'ok' ? now().toISOString() : (before?.lastShippedAt ?? null),
      lastAttemptAt: attemptAt,
      lastError: null,
    });
    return { shipped, behind, chain, register };
  } catch (err) {
    recordShipFailure(db, err, attemptAt);
    throw err;
  }
}

/**
 * Records a ship that did not happen (the centre out of reach, credentials refused), so the
 * property's screen says when it last tried and why; what it last shipped stays as it was.
 */
export function recordShipFailure(db: Db, err: unknown, attemptAt: string): void {
  const repo = createCentralShipRepo(db);
  const before = repo.state();
  repo.saveState({
    property: before?.property ?? '',
    shippedThrough: before?.shippedThrough ?? 0,
    behind: Math.max(0, repo.lastAuditId() - (before?.shippedThrough ?? 0)),
    chain: before?.chain ?? 'ok',
    lastShippedAt: before?.lastShippedAt ?? null,
    lastAttemptAt: attemptAt,
    lastError: err instanceof AppFailure ? err.error.code : 'central.unreachable',
  });
}

/** The property's retention period in months (privacy-service.ts's setting), null when off. */
function retentionOf(db: Db): number | null {
  return (
    createSettingsRepo(db).get<{ months?: number | null }>('privacy.retention')?.months ?? null
  );
}
