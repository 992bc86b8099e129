import { benchMrzImage } from './mrz-image';
// `npm run bench` (`-- --quick` for a reduced size in under a minute): a ten-year history of a
// 300-room hotel in a temporary database, then each figure as a median, beside the raw
// better-sqlite3 statement doing the same work where one applies. Never used in tests.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { verifyAuditFile } from '../electron/core/db/audit/verify';
import { backupFigures } from './figures/backup';
import { calendarFigures } from './figures/calendar';
import { deskFigures } from './figures/desk';
import {
  auditChainFigure,
  historyChainFigure,
  historyReportFigures,
} from './figures/history-reports';
import { lanFigures } from './figures/lan';
import { registerPdfFigures } from './figures/register-pdf';
import { rulesFigures } from './figures/rules';
import { storageFigures } from './figures/storage';
import { bundleFigures, startupFigures } from './figures/web';
import { crashStartFigures, firstScreenFigures } from './figures/first-screen';
import { seedDemoStaff } from '../electron/core/demo/seed-demo';
import { checkInTemplate, extendHistory } from './lib/history';
import { record, writeResults } from './lib/measure';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
// `--stays N`: a history of N stays instead (a million takes long to build on a small PC).
const target = Number(option('--stays') ?? (quick ? 20_000 : 1_000_000));
const runs = quick ? 9 : 21;
// `--db FILE`: build the history into FILE and keep it, or measure FILE as it is when it exists
// (a million stays take minutes to build; working on one figure should not).
// `--only desk,history,backup,...`: just these figure groups.
const kept = option('--db');
const only = option('--only')?.split(',');
const wanted = (group: string) => !only || only.includes(group);
const dir = kept
  ? path.dirname(path.resolve(kept))
  : fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-bench-'));
const dbFile = kept ? path.resolve(kept) : path.join(dir, 'bench.db');
const reuse = kept !== undefined && fs.existsSync(dbFile);
const now = new Date('2026-03-20T06:00:00Z');
const today = '2026-03-20';

console.log(
  `Tirkeu bench (${quick ? 'quick' : 'full'}): ${os.cpus()[0]?.model} ×${os.cpus().length}, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}\n`,
);
console.log(
  `${'figure'.padEnd(64)} ${'value'.padStart(10)} ${'unit'.padEnd(10)} ${'raw limit'.padStart(10)} ${'ratio'.padStart(7)}`,
);
try {
  let stays: number;
  if (reuse) {
    stays = storedStays(dbFile);
    console.log(`measuring ${dbFile} as it is (${stays} stays)`);
  } else {
    const core = createCore({ dbFile, now: () => now });
    const t0 = Date.now();
    // The demo hotel's staff with their PINs: web start is timed up to the sign-in screen and on.
    await seedDemoStaff(core, now);
    const guests = await checkInTemplate(core, now);
    record('template checked in through the API', guests, 'guests');
    record('template check-in time', (Date.now() - t0) / 1000, 's');
    core.close();
    const built = extendHistory(dbFile, target);
    record('history extended in bulk', built.seconds, 's');
    stays = built.stays;
    // The history's trail is a chain the app accepts (issue 21), as `audit-verify` and the
    // start check see it: hashes, MACs and head, and the replay against every stay, notice and
    // filing. Timed with the other chain figures (`audit`).
    const chain = verifyAuditFile(dbFile, { replay: true });
    if (!chain.ok) throw new Error(`the history's audit chain breaks: ${JSON.stringify(chain)}`);
  }
  let core = await opened(true);
  if (wanted('rules')) rulesFigures(quick);
  if (wanted('desk')) await deskFigures(core, dbFile, today, runs);
  if (wanted('history')) await historyReportFigures(core, dbFile, today, runs);
  if (wanted('audit')) {
    auditChainFigure(quick ? 100_000 : 1_000_000);
    historyChainFigure(dbFile);
  }
  if (wanted('storage')) storageFigures(dbFile);
  if (wanted('backup')) await backupFigures(core, dbFile, today);
  if (wanted('bundle')) bundleFigures();
  // Web mode starts on a file the app closed cleanly, as a front desk's PC starts every morning.
  core.close();
  // Four desks over the LAN on a copy of the history (issue 22): the host's board meanwhile.
  if (wanted('lan')) await lanFigures(dbFile, now, quick ? 10 : 60);
  if (wanted('web')) await startupFigures(dbFile, quick ? 1 : 3);
  if (wanted('first-screen')) await firstScreenFigures(quick ? 3 : 7);
  if (wanted('crash')) await crashStartFigures(dbFile, quick ? 3 : 5);
  core = await opened(false);
  if (wanted('calendar')) await calendarFigures(core, dbFile, today, quick ? 3 : 7);
  core.close();
  if (wanted('pdf')) await registerPdfFigures(quick ? 5 : 9);
  if (wanted('mrz')) await benchMrzImage();
  if (!only) {
    writeResults(path.resolve('bench/results.json'), { mode: quick ? 'quick' : 'full', stays });
    console.log('\nwrote bench/results.json');
  }
} finally {
  if (!kept) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The app on the history, its start check done: at every open it walks the whole audit chain in
 * a worker thread, replaying it against the tables (a million stays' trail: tens of seconds), and
 * a figure timed meanwhile would share the 2 cores with it. `audit.status` answers when
 * the walk has ended; `timed`: record how long it took, with nothing else asked.
 */
async function opened(timed: boolean) {
  const app = createCore({ dbFile, now: () => now });
  const t0 = process.hrtime.bigint();
  const status = await app.call('audit.status', {});
  if (!status.ok || !(status.value as { ok: boolean }).ok)
    throw new Error(`the start's chain check failed: ${JSON.stringify(status)}`);
  if (timed) {
    const rows = (status.value as { rows: number }).rows;
    record(
      `start chain check, in its worker thread (${rows} rows, replayed)`,
      Number(process.hrtime.bigint() - t0) / 1e9,
      's',
    );
  }
  return app;
}

function storedStays(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM stays').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
