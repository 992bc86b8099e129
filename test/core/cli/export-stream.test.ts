import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../../electron/core/cli/export-command';
import { createCore, type Core } from '../../../electron/core/core';
import { readSnapshotWhile } from '../../../electron/core/db/read-snapshot';
import { exportToBuffer } from '../../../electron/core/exports/register-export';
import { registerDocument, registerStream } from '../../../electron/core/services/reports-service';
import type { Place } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { value, type tempDir } from '../../helpers/core';
import { demoCore, DEMO_NOW, FEBRUARY } from '../reports/demo-fixture';

/** Every sheet's rows as their values (a workbook's zip entries carry the time written). */
async function cells(bytes: Buffer): Promise<unknown[][][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push(row.values as unknown[]));
    return rows;
  });
}

// Issue 21: the command line's export reads the register's rows as it writes them (the statement
// iterated, one read transaction), so a year of them is never held; the file is the one the
// app's export makes from the rows in memory.
describe('npm run cli -- export, streamed', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let db: string;
  beforeAll(async () => {
    ({ core, tmp } = await demoCore());
    db = tmp.file('demo.db');
    // A second place of stay: the register is grouped by place, in the places' order.
    const places = await value<Place[]>(core, 'places.save', {
      id: null,
      name: 'Корпус Б',
      address: 'Астана қ., Абай даңғылы 15',
      region: 'KZ-71',
    });
    for (const surname of ['ADAMS', 'ZHOU']) {
      await value(
        core,
        'stays.checkIn',
        checkInInput([guestEntry({ surname, citizenship: 'CHN' })], {
          checkInAt: '2026-02-10T14:00:00+05:00',
          plannedCheckOut: '2026-02-12',
          placeId: places[1]!.id,
        }),
      );
    }
  }, 120_000);
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  it.each(['kk', 'ru', 'en'] as const)(
    'writes the same CSV byte for byte and XLSX cell for cell as the app (%s)',
    async (lang) => {
      const inMemory = registerDocument(core.deps, FEBRUARY, lang, DEMO_NOW);
      // Rows from both places, the annex's after the main house's.
      expect(new Set(inMemory.rows.map((r) => r.place)).size).toBe(2);
      for (const format of ['csv', 'xlsx'] as const) {
        const out = tmp.file(`feb-${lang}.${format}`);
        const r = await runExportCommand(
          [
            ...['--db', db, '--from', FEBRUARY.from, '--to', FEBRUARY.to],
            ...['--format', format, '--out', out, '--lang', lang, '--force'],
          ],
          () => DEMO_NOW,
        );
        expect(r).toMatchObject({ exitCode: 0, stderr: '' });
        expect(r.stdout).toContain(`${inMemory.rows.length} rows`);
        const expected = await exportToBuffer(inMemory, format);
        const written = fs.readFileSync(out);
        if (format === 'csv') expect(written.equals(expected)).toBe(true);
        else expect(await cells(written)).toEqual(await cells(expected));
      }
    },
  );

  it('reads every pass in one snapshot, whatever the desk writes between them', async () => {
    const cli = createCore({ dbFile: db, now: () => DEMO_NOW, chainCheck: 'when-asked' });
    try {
      const seen = await readSnapshotWhile(cli.db, async () => {
        const doc = registerStream(cli.deps, FEBRUARY, 'en', DEMO_NOW);
        // Not held: the rows are read again at each pass.
        expect(Array.isArray(doc.rows)).toBe(false);
        // The desk checks in a guest for February meanwhile, on its own connection.
        await value(
          core,
          'stays.checkIn',
          checkInInput([guestEntry({ surname: 'LATECOMER', citizenship: 'DEU' })], {
            checkInAt: '2026-02-20T14:00:00+05:00',
            plannedCheckOut: '2026-02-22',
          }),
        );
        const before = registerDocument(core.deps, FEBRUARY, 'en', DEMO_NOW);
        expect(before.rows.length).toBe(doc.rows.length + 1);
        // Asked before any pass: counted by a pass of their own, in the same snapshot.
        expect(doc.totals).toEqual(registerDocument(cli.deps, FEBRUARY, 'en', DEMO_NOW).totals);
        const first = [...doc.rows].map((r) => r.notificationId);
        const second = [...doc.rows].map((r) => r.notificationId);
        expect(second).toEqual(first);
        return { rows: first.length, counted: doc.rows.length, notices: doc.totals.notices };
      });
      expect(seen.rows).toBe(seen.counted);
      expect(seen.notices).toBe(seen.rows);
      // After the snapshot, the new guest's notice is there.
      const after = registerDocument(cli.deps, FEBRUARY, 'en', DEMO_NOW);
      expect(after.rows.length).toBe(seen.rows + 1);
    } finally {
      cli.close();
    }
  });
});
