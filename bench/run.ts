import { benchMrzImage } from './mrz-image';
// `npm run bench` (`-- --quick` for a reduced size in under a minute): a ten-year history of a
// 300-room hotel in a temporary database, then each figure as a median, beside the raw
// better-sqlite3 statement doing the same work where one applies. Never used in tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { calendarFigures } from './figures/calendar';
import { deskFigures } from './figures/desk';
import { auditChainFigure, historyReportFigures } from './figures/history-reports';
import { rulesFigures } from './figures/rules';
import { storageFigures } from './figures/storage';
import { bundleFigures, startupFigures } from './figures/web';
import { seedDemoStaff } from '../electron/core/demo/seed-demo';
import { checkInTemplate, extendHistory } from './lib/history';
import { record, writeResults } from './lib/measure';

const quick = process.argv.includes('--quick');
const target = quick ? 20_000 : 1_000_000;
const runs = quick ? 9 : 21;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-bench-'));
const dbFile = path.join(dir, 'bench.db');
const now = new Date('2026-03-20T06:00:00Z');
const today = '2026-03-20';

console.log(
  `Tirkeu bench (${quick ? 'quick' : 'full'}): ${os.cpus()[0]?.model} ×${os.cpus().length}, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}\n`,
);
console.log(
  `${'figure'.padEnd(64)} ${'value'.padStart(10)} ${'unit'.padEnd(10)} ${'raw limit'.padStart(10)} ${'ratio'.padStart(7)}`,
);
try {
  let core = createCore({ dbFile, now: () => now });
  const t0 = Date.now();
  // The demo hotel's staff with their PINs: web start is timed up to the sign-in screen and on.
  await seedDemoStaff(core);
  const guests = await checkInTemplate(core, now);
  record('template checked in through the API', guests, 'guests');
  record('template check-in time', (Date.now() - t0) / 1000, 's');
  core.close();
  const built = extendHistory(dbFile, target);
  record('history extended in bulk', built.seconds, 's');
  core = createCore({ dbFile, now: () => now });
  rulesFigures(quick);
  await deskFigures(core, dbFile, today, runs);
  await historyReportFigures(core, today, runs);
  auditChainFigure(quick ? 100_000 : 1_000_000);
  storageFigures(dbFile);
  bundleFigures();
  await startupFigures(dbFile, quick ? 1 : 3);
  await calendarFigures(core, dbFile, today, quick ? 3 : 7);
  await benchMrzImage();
  core.close();
  writeResults(path.resolve('bench/results.json'), {
    mode: quick ? 'quick' : 'full',
    stays: built.stays,
  });
  console.log('\nwrote bench/results.json');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
