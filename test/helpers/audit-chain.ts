import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { createCore } from '../../electron/core/core';
import { runAuditVerifyCommand } from '../../electron/core/cli/trust-commands';
import { rowHash, type ChainedRow } from '../../electron/core/db/audit/canonical';
import type { CheckInResult } from '../../shared/contract';
import { checkInInput, guestEntry } from './check-in';
import { value } from './core';

// Friday 20 March 2026, 11:00 in Astana.
export const now = new Date('2026-03-20T06:00:00Z');

/** A file database with a check-in, its notice filed, and `extra` more audited writes. */
export async function hotel(
  file: string,
  extra = 0,
): Promise<{ stayId: number; noticeId: number }> {
  const core = createCore({ dbFile: file, now: () => now });
  try {
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'TAYLOR', citizenship: 'GBR' })], { room: '204' }),
    );
    const stay = stays[0]!;
    const noticeId = stay.notices[0]!.id;
    await value(core, 'notifications.markFiled', {
      notificationId: noticeId,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: 'EQ-1',
    });
    // A second guest whose notice stays owed.
    await value(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'SMITH', citizenship: 'GBR' })], { room: '205' }),
    );
    for (let i = 0; i < extra; i++) {
      await value(core, 'stays.changeRoom', { stayId: stay.stayId, room: String(300 + i) });
    }
    return { stayId: stay.stayId, noticeId };
  } finally {
    core.close();
  }
}

/**
 * A raw connection, as someone with the sqlite3 shell would have: the audit triggers dropped
 * for `sql` and put back after it, as a careful forger would (so the file's schema still
 * matches, and only the chain can tell).
 */
export function tamper(file: string, sql: string | ((raw: Database.Database) => void)): void {
  const raw = new Database(file);
  raw.pragma('foreign_keys = OFF');
  const names = ['audit_log_no_update', 'audit_log_no_delete', 'audit_personal_erase_only'];
  const triggers = raw
    .prepare(
      `SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(',')})`,
    )
    .pluck()
    .all(...names) as string[];
  for (const name of names) raw.exec(`DROP TRIGGER IF EXISTS ${name}`);
  if (typeof sql === 'string') raw.exec(sql);
  else sql(raw);
  for (const s of triggers) raw.exec(s);
  raw.close();
}

/** `audit-verify` as the command line runs it: its exit code and its one JSON object. */
export function verify(file: string, ...args: string[]) {
  const r = runAuditVerifyCommand(['--db', file, ...args]);
  expect(r.stdout.trim().split('\n')).toHaveLength(1);
  return { exitCode: r.exitCode, out: JSON.parse(r.stdout) as Record<string, unknown> };
}

export const lastId = (file: string): number => {
  const ro = new Database(file, { readonly: true });
  try {
    return ro.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
  } finally {
    ro.close();
  }
};

/**
 * Rewrites the chain from row `from` on as a forger with the file alone would: an edited row,
 * every hash after it recomputed with SHA-256 (correct by the chain's own rule).
 */
export function forgeFrom(file: string, from: number, mac: 'kept' | 'dropped'): void {
  tamper(file, (raw) => {
    const rows = raw
      .prepare(
        `SELECT id, at, staff_id AS staffId, action, entity, entity_id AS entityId,
           guest_id AS guestId, details, personal_sha256 AS personal FROM audit_log
         WHERE id >= ? ORDER BY id`,
      )
      .all(from) as ChainedRow[];
    let prev = raw
      .prepare('SELECT hash FROM audit_log WHERE id = ?')
      .pluck()
      .get(from - 1) as string;
    const update = raw.prepare(
      `UPDATE audit_log SET details = ?, hash = ?${mac === 'dropped' ? ', mac = NULL' : ''} WHERE id = ?`,
    );
    raw.transaction(() => {
      for (const r of rows) {
        const row = r.id === from ? { ...r, details: '{"forged":true}' } : r;
        prev = rowHash(prev, row);
        update.run(row.details, prev, r.id);
      }
    })();
  });
}
