// `npx tsx bench/audit-chain.ts [ROWS]`: how long verifying the audit chain takes at start, on a
// file holding ROWS entries (default one million; a third carry personal data kept beside).
// Wall-clock on this machine; never used as an assertion.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, writeTransaction } from '../electron/core/db/connection';
import { createAuditRepo } from '../electron/core/db/repos/audit-repo';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-bench-audit-'));
const db = openDatabase(path.join(dir, 'audit.db'));
const audit = createAuditRepo(db);
const at = '2026-03-23T06:00:00.000Z';
const t0 = process.hrtime.bigint();
for (let done = 0; done < rows; done += 50_000) {
  writeTransaction(db, () => {
    for (let i = done; i < Math.min(rows, done + 50_000); i++) {
      audit.record(at, null, 'stay.edit', 'stay', i, {
        guestId: i % 500,
        room: String(100 + (i % 300)),
        ...(i % 3 === 0 ? { before: { person: { surname: 'IVANOV', givenNames: 'PETR' } } } : {}),
      });
    }
  });
}
const built = Number(process.hrtime.bigint() - t0) / 1e9;
const t1 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
const report = audit.verify();
const verified = Number(process.hrtime.bigint() - t1) / 1e9;
const cpu = process.cpuUsage(cpu0);
// CPU time too: on a shared machine the wall clock mostly measures the neighbours.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `appended ${rows} rows in ${built.toFixed(1)} s; verified ${report.rows} rows ` +
    `(ok: ${report.ok}) in ${verified.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`,
);
db.close();
fs.rmSync(dir, { recursive: true, force: true });
