// `npx tsx bench/central-ship.ts [--stays N]` (issue 25): a property's history shipped to a
// throwaway PostgreSQL cluster (test/helpers/postgres.ts: TLS, loopback) from nothing, in rows
// per second, beside a raw `COPY` of the same audit rows into a bare table on the same cluster.
// Not part of `npm run bench`: it needs PostgreSQL's binaries. Never used in tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../electron/core/core';
import {
  addConsoleLogin,
  addProperty,
  connectCentral,
  installCentral,
} from '../electron/core/central/central-repo';
import { centralRegisterDocument } from '../electron/core/central/central-register';
import { exportToBuffer } from '../electron/core/exports/register-export';
import { shipToCentral } from '../electron/core/central/ship';
import { closeDatabase, openDatabase } from '../electron/core/db/connection';
import { findPgBin, startPgCluster } from '../test/helpers/postgres';
import { checkInTemplate, extendHistory } from './lib/history';

const argv = process.argv.slice(2);
const at = argv.indexOf('--stays');
const stays = Number(at >= 0 ? argv[at + 1] : 20_000);
const now = new Date('2026-03-20T06:00:00Z');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-central-bench-'));
const file = path.join(dir, 'bench.db');
const cluster = await startPgCluster();
try {
  const core = createCore({ dbFile: file, now: () => now });
  await checkInTemplate(core, now);
  core.close();
  extendHistory(file, stays);

  const admin = await connectCentral(cluster.adminUrl);
  await installCentral(admin);
  const p = await addProperty(admin, 'Bench');
  const client = await connectCentral(cluster.urlFor(p.role, p.password));
  const db = openDatabase(file);
  const auditRows = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const t0 = performance.now();
  // The audit rows go first, in batches of 2,000: the time at the last of them splits the two.
  const auditBatches = Math.ceil(auditRows / 2000);
  let calls = 0;
  let auditDone = 0;
  const r = await shipToCentral(db, client, {
    batch: 2000,
    afterBatch: () => {
      if (++calls === auditBatches) auditDone = (performance.now() - t0) / 1000;
    },
  });
  const ship = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const again = await shipToCentral(db, client, { batch: 2000 });
  const nothing = (performance.now() - t1) / 1000;
  // What remembering the shipped rows costs the property's file.
  const kept = db
    .prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%central_shipped_rows%'")
    .pluck()
    .get() as number;
  closeDatabase(db);
  await client.end();

  // The same audit rows as CSV, then COPY into a bare table (no checks, no policies).
  const csv = path.join(dir, 'audit.csv');
  const raw = new Database(file, { readonly: true });
  const out = fs.openSync(csv, 'w');
  const q = (v: unknown) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`);
  for (const row of raw
    .prepare(
      `SELECT id, at, staff_id, action, entity, entity_id, guest_id, details, personal_sha256,
         hash, mac FROM audit_log ORDER BY id`,
    )
    .raw(true)
    .iterate() as IterableIterator<unknown[]>)
    fs.writeSync(out, `${row.map(q).join(',')}\n`);
  fs.closeSync(out);
  raw.close();
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(csv, 0o644);
  await admin.query(`CREATE TABLE bare (id bigint, at text, staff_id bigint, action text,
    entity text, entity_id text, guest_id bigint, details text, personal_sha256 text, hash text,
    mac text)`);
  const t2 = performance.now();
  await admin.query(`COPY bare FROM '${csv}' WITH (FORMAT csv)`);
  const copy = (performance.now() - t2) / 1000;
  // The consolidated register read through the console's login, made into a CSV, beside a raw
  // SELECT of the same notices' rows on the same cluster.
  const login = await addConsoleLogin(admin, 'bench_console');
  const reader = await connectCentral(cluster.urlFor(login.role, login.password));
  const range = { from: '2000-01-01', to: '2099-12-31' };
  const t3 = performance.now();
  const doc = await centralRegisterDocument(reader, range, 'ru', now);
  const read = (performance.now() - t3) / 1000;
  const csvBytes = (await exportToBuffer(doc, 'csv')).length;
  const consolidated = (performance.now() - t3) / 1000;
  await reader.end();
  const t4 = performance.now();
  await admin.query(`SELECT n.*, s.*, g.* FROM central.notifications n
    JOIN central.stays s ON s.property_id = n.property_id AND s.id = n.stay_id
    JOIN central.guests g ON g.property_id = s.property_id AND g.id = s.guest_id
    WHERE n.kind = 'host_notice'`);
  const select = (performance.now() - t4) / 1000;
  await admin.end();

  const registerRows = r.register;
  const lines = [
    `Central shipping bench: ${os.cpus()[0]?.model} ×${os.cpus().length}, Node ${process.version}, PostgreSQL ${path.basename(path.dirname(findPgBin()!))}, load ${os.loadavg()[0]!.toFixed(1)}`,
    `property: ${stays} stays, ${auditRows} audit rows, ${registerRows} register rows`,
    `ship from nothing: ${ship.toFixed(1)} s, ${Math.round(auditRows / ship)} audit rows/s, ${Math.round((auditRows + registerRows) / ship)} rows/s in all (shipped ${r.shipped}, chain ${r.chain})`,
    `  of which the audit rows: ${auditDone.toFixed(1)} s (${Math.round(auditRows / auditDone)} rows/s), the register rows: ${(ship - auditDone).toFixed(1)} s (${Math.round(registerRows / (ship - auditDone))} rows/s)`,
    `raw COPY of the same audit rows: ${copy.toFixed(2)} s, ${Math.round(auditRows / copy)} rows/s`,
    `digests of shipped rows in the property's file: ${(kept / 1e6).toFixed(1)} MB (${(kept / registerRows).toFixed(0)} bytes a row)`,
    `consolidated register, all ${doc.rows.length} rows: read ${read.toFixed(2)} s, CSV made ${consolidated.toFixed(2)} s (${(csvBytes / 1e6).toFixed(1)} MB); raw SELECT of the notices joined to stays and guests: ${select.toFixed(2)} s`,
    `second ship, nothing new: ${nothing.toFixed(2)} s (shipped ${again.shipped}, register ${again.register})`,
  ];
  console.log(lines.join('\n'));
} finally {
  cluster.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
