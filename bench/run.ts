// `npm run bench`: the figures in the README. Wall-clock medians on this machine; run it on the
// target PC for its own numbers. Never used as assertions in tests.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createCore } from '../electron/core/core';
import { seedDemo } from '../electron/core/demo/seed-demo';
import { readMrz } from '../shared/documents/mrz';
import { buildCalendar, computeDeadline, addDays } from '../shared/rules';
import { checkInInput, guestEntry } from '../test/helpers/check-in';
import { benchMrzImage } from './mrz-image';

function measure(name: string, runs: number, fn: (i: number) => unknown, unit = 'op'): void {
  const times: number[] = [];
  for (let r = 0; r < 5; r += 1) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < runs; i += 1) fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6 / runs);
  }
  times.sort((a, b) => a - b);
  const median = times[2]!;
  const shown = median < 0.01 ? `${(median * 1000).toFixed(2)} µs` : `${median.toFixed(3)} ms`;
  console.log(`${name.padEnd(62)} ${shown.padStart(12)} / ${unit}`);
}

async function measureAsync(
  name: string,
  runs: number,
  fn: (i: number) => Promise<unknown>,
  unit = 'op',
) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) await fn(i);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  console.log(`${name.padEnd(62)} ${`${ms.toFixed(3)} ms`.padStart(12)} / ${unit}`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-bench-'));
console.log(
  `Tirkeu benchmarks — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}\n`,
);

measure('build the working calendar (2012–2040, index)', 20, () => buildCalendar());
const calendar = buildCalendar();
measure('compute a deadline with its trace', 100_000, (i) =>
  computeDeadline(calendar, addDays('2024-01-01', i % 3000)),
);
measure('read a TD3 MRZ (parse + check digits)', 20_000, () =>
  readMrz(
    [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    ],
    { today: '2026-03-20' },
  ),
);

const now = new Date('2026-03-20T06:00:00Z');
const core = createCore({ dbFile: path.join(dir, 'bench.db'), now: () => now });
let n = 0;
await measureAsync(
  'check one foreign guest in (durable commit, synchronous=FULL)',
  300,
  async () => {
    n += 1;
    const base = guestEntry({ surname: `GUEST${n}`, citizenship: 'DEU' });
    const entry = { ...base, document: { ...base.document!, number: `B${100000 + n}` } };
    const r = await core.call('stays.checkIn', checkInInput([entry], { room: String(n) }));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  },
);
await measureAsync('In house with 300 guests (all rows, statuses computed)', 50, () =>
  core.call('stays.inHouse', {}),
);
await measureAsync('In house search as you type ("GUEST12")', 200, () =>
  core.call('stays.inHouse', { query: 'GUEST12' }),
);
core.close();

const demoCore = createCore({ dbFile: path.join(dir, 'demo.db'), now: () => now });
const t0 = process.hrtime.bigint();
await seedDemo(demoCore, now);
console.log(
  `${'seed the demo hotel (≈230 stays through the API)'.padEnd(62)} ${`${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`.padStart(12)} / run`,
);
demoCore.close();
fs.rmSync(dir, { recursive: true, force: true });

await benchMrzImage();
