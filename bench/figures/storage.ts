// Database size per 100,000 stays (and the audit log's share), the integrity check every open
// makes, and the core's memory.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { record } from '../lib/measure';

export function storageFigures(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  const stays = (db.prepare('SELECT count(*) AS n FROM stays').get() as { n: number }).n;
  const auditRows = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  let auditBytes: number | null = null;
  try {
    auditBytes = (
      db.prepare(`SELECT sum(pgsize) AS b FROM dbstat WHERE name LIKE 'audit%'`).get() as {
        b: number;
      }
    ).b;
  } catch {
    // dbstat is compiled out of some SQLite builds.
  }
  // The check every open makes before it writes anything (connection.ts): web mode's start waits
  // for it, and it reads the whole file.
  const t0 = process.hrtime.bigint();
  db.pragma('quick_check');
  const checkMs = Number(process.hrtime.bigint() - t0) / 1e6;
  db.close();
  const bytes = fs.statSync(dbFile).size;
  record('stays in the history', stays, 'stays');
  record('audit rows in the history', auditRows, 'rows');
  record('database size per 100,000 stays', ((bytes / stays) * 100_000) / 2 ** 20, 'MB');
  if (auditBytes !== null)
    record('audit log share of the database', (auditBytes / bytes) * 100, '%');
  record('integrity check at open (quick_check)', checkMs, 'ms');
  const mem = process.memoryUsage();
  record('core memory (resident, bench process)', mem.rss / 2 ** 20, 'MB');
  record('core memory (JS heap used)', mem.heapUsed / 2 ** 20, 'MB');
}
