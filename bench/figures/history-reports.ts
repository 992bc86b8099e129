// Guest history search, a month's and 3.6 months' register exported as XLSX and CSV, and the audit chain's
// verification (issues 10 and 11); the first two on the same ten-year history as the desk figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../electron/core/core';
import { verifyAuditFile } from '../../electron/core/db/audit/verify';
import { openDatabase, writeTransaction } from '../../electron/core/db/connection';
import { createAuditRepo } from '../../electron/core/db/repos/audit-repo';
import type { ExportedFile, HistoryPage } from '../../shared/contract';
import { paired, record } from '../lib/measure';
import { rawHistory } from './history-raw';

export async function historyReportFigures(
  core: Core,
  dbFile: string,
  today: string,
  runs: number,
) {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await core.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const raw = rawHistory(dbFile);
  // The limit must read what the app shows: the same stays, the same total.
  for (const [input, limit] of [
    [{ query: 'GUEST15' }, raw.search('GUEST15')],
    [{}, raw.newest()],
  ] as const) {
    const page = await call<HistoryPage>('history.search', input);
    const same =
      page.total === limit.total &&
      page.rows.map((r) => r.stayId).join() === limit.rows.map((r) => r.id).join();
    if (!same)
      throw new Error(`the raw history statements read other stays (${JSON.stringify(input)})`);
  }
  await paired(
    'guest history search as you type ("GUEST15")',
    runs,
    () => call('history.search', { query: 'GUEST15' }),
    () => raw.search('GUEST15'),
  );
  await paired(
    'guest history, newest first',
    runs,
    () => call('history.search', {}),
    () => raw.newest(),
  );
  // Each shape of search as the desk types it (issue 21), beside the statement written for it.
  const sample = raw.sample();
  type Shape = [string, Record<string, string>, () => ReturnType<typeof raw.newest>];
  const shapes: Shape[] = [
    ['a common name ("GUEST15")', { query: 'GUEST15' }, () => raw.search('GUEST15')],
    [
      `a rare name ("${sample.surname}")`,
      { query: sample.surname },
      () => raw.rare(sample.surname),
    ],
    ['no match ("ZQX")', { query: 'ZQX' }, () => raw.rare('ZQX')],
    ...[1, 4].map(
      (n) =>
        [
          `a document prefix of ${n} ("${sample.number.slice(0, n)}")`,
          { query: sample.number.slice(0, n) },
          () => raw.document(sample.number.slice(0, n)),
        ] satisfies Shape,
    ),
    ['a room ("101")', { query: '101' }, () => raw.room('101')],
    [
      'a name with a citizenship ("GUEST15", FRA)',
      { query: 'GUEST15', citizenship: 'FRA' },
      () => raw.citizen('GUEST15', 'FRA'),
    ],
  ];
  for (const [name, input, limit] of shapes) {
    const page = await call<HistoryPage>('history.search', input);
    const expected = limit();
    if (
      page.total !== expected.total ||
      page.rows.map((r) => r.stayId).join() !== expected.rows.map((r) => r.id).join()
    )
      throw new Error(`the raw statement for ${name} reads other stays`);
    await paired(
      `guest history search, ${name} (${page.total}${page.capped ? '+' : ''} found)`,
      runs,
      () => call('history.search', input),
      limit,
    );
  }
  raw.close();

  const from = `${today.slice(0, 7)}-01`;
  // This month's register, then 3.6 months of it (2025-12-01 to today): about 10,000 rows at a
  // million stays, what a large hotel writes in one month (the template hotel's are smaller). The first export of a
  // run also loads the XLSX library: it is timed apart, as the cold start.
  const cold = process.hrtime.bigint();
  const first = await call<ExportedFile>('reports.export', {
    from,
    to: today,
    format: 'xlsx',
    language: 'ru',
  });
  core.files.delete(first.file.fileId);
  record(
    'register as XLSX, first export of the run (library loaded)',
    Number(process.hrtime.bigint() - cold) / 1e6,
    'ms',
  );
  for (const [start, format] of [
    [from, 'xlsx'],
    [from, 'csv'],
    ['2025-12-01', 'xlsx'],
    ['2025-12-01', 'csv'],
  ] as const) {
    const t0 = process.hrtime.bigint();
    const out = await call<ExportedFile>('reports.export', {
      from: start,
      to: today,
      format,
      language: 'ru',
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    core.files.delete(out.file.fileId);
    record(`register ${start}..${today} as ${format.toUpperCase()} (${out.rows} rows)`, ms, 'ms');
    record(
      `register as ${format.toUpperCase()}, rows per second`,
      (out.rows / ms) * 1000,
      'rows/s',
    );
  }
}

/**
 * Verifying the history's own trail as `audit-verify` and the start check do (issue 21: the bulk
 * history now appends a chain that holds): hashes, MACs, head, and the replay against every stay,
 * notice and filing.
 */
export function historyChainFigure(dbFile: string) {
  const t0 = process.hrtime.bigint();
  const chain = verifyAuditFile(dbFile, { replay: true });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!chain.ok) throw new Error(`the history's chain does not hold: ${JSON.stringify(chain)}`);
  record(`the history's audit chain verified, replayed (${chain.rows} rows)`, ms / 1000, 's');
  record("the history's chain verification per million rows", (ms / chain.rows) * 1000, 's');
}

/**
 * Verifying the audit chain as the app does at every start, on a chain of `rows` entries appended
 * through the audit repository, a third of them with personal data kept beside (the history's
 * own trail holds none).
 */
export function auditChainFigure(rows: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-bench-chain-'));
  const db = openDatabase(path.join(dir, 'audit.db'));
  try {
    const audit = createAuditRepo(db);
    const at = '2026-03-23T06:00:00.000Z';
    for (let done = 0; done < rows; done += 50_000) {
      writeTransaction(db, () => {
        for (let i = done; i < Math.min(rows, done + 50_000); i++) {
          audit.record(at, null, 'stay.edit', 'stay', i, {
            guestId: i % 500,
            room: String(100 + (i % 300)),
            ...(i % 3 === 0
              ? { before: { person: { surname: 'IVANOV', givenNames: 'PETR' } } }
              : {}),
          });
        }
      });
    }
    const t0 = process.hrtime.bigint();
    const chain = audit.verify();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (!chain.ok || chain.rows !== rows)
      throw new Error(`the bench chain does not hold (${chain.firstBadRow})`);
    record(`audit chain verified (${rows} rows)`, ms, 'ms');
    record('audit chain verification per million rows', (ms / rows) * 1e6, 'ms');
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
