import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAuditVerifyCommand } from '../../electron/core/cli/trust-commands';
import { createCore } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/connection';
import { inspectBackup } from '../../electron/core/db/backup/inspect';
import { snapshotSync } from '../../electron/core/db/backup/backup';
import { checkInTemplate, extendHistory } from '../../bench/lib/history';

// The bench's ten-year history (issue 21): its audit trail is appended in bulk, yet it must be a
// chain the app accepts, or the bench's backups end as `backup.check_failed` and its chain
// figures time a walk that stops at the first copied row.
describe('the bench history’s audit chain', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-bench-chain-test-'));
  const file = path.join(dir, 'bench.db');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds, MACs and head included, and says what the tables hold', async () => {
    const now = new Date('2026-03-20T06:00:00Z');
    const core = createCore({ dbFile: file, now: () => now });
    await checkInTemplate(core, now);
    core.close();
    const built = extendHistory(file, 1_500);
    expect(built.stays).toBeGreaterThanOrEqual(1_500);

    // `audit-verify`: hashes, MACs under the key beside the file, the head file, and the replay
    // of the trail against every stay, notice and filing.
    const verified = runAuditVerifyCommand(['--db', file]);
    const report = JSON.parse(verified.stdout) as {
      ok: boolean;
      rows: number;
      reason: string | null;
      firstBadRow: number | null;
      head: { id: number };
      anchor: { id: number } | null;
      keyedFrom: number | null;
      macsChecked: boolean;
    };
    expect(report, verified.stdout).toMatchObject({ ok: true, reason: null, macsChecked: true });
    expect(report.anchor?.id).toBe(report.head.id);
    expect(report.keyedFrom).toBe(1);
    // Every copied stay checked in and out, every copied notice filed: more rows than stays.
    const db = openDatabase(file);
    try {
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM stays) AS stays,
             (SELECT count(*) FROM audit_log WHERE action = 'stay.check_out') AS checkOuts,
             (SELECT count(*) FROM stays WHERE status = 'checked_out') AS checkedOut,
             (SELECT count(*) FROM audit_log WHERE action = 'notification.filed') AS filedRows,
             (SELECT count(*) FROM filings) AS filings`,
        )
        .get() as Record<string, number>;
      expect(counts.checkOuts).toBe(counts.checkedOut);
      expect(counts.filedRows).toBe(counts.filings);
      expect(report.rows).toBeGreaterThan(2 * counts.stays!);

      // The backup's own check of its copy (integrity, schema, counts, chain) passes.
      const copy = path.join(dir, 'copy.db');
      snapshotSync(db, copy);
      expect(inspectBackup(copy)).toMatchObject({ good: true, chain: { ok: true } });
    } finally {
      db.close();
    }
  }, 180_000);
});
