// Database size per 100,000 stays (and the audit log's share), and the core's memory.
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
  db.close();
  const bytes = fs.statSync(dbFile).size;
  record('stays in the history', stays, 'stays');
  record('audit rows in the history', auditRows, 'rows');
  record('database size per 100,000 stays', ((bytes / stays) * 100_000) / 2 ** 20, 'MB');
  if (auditBytes !== null)
    record('audit log share of the database', (auditBytes / bytes) * 100, '%');
  const mem = process.memoryUsage();
  record('core memory (resident, bench process)', mem.rss / 2 ** 20, 'MB');
  record('core memory (JS heap used)', mem.heapUsed / 2 ** 20, 'MB');
}
