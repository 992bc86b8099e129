import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { exportToBuffer } from '../../../electron/core/exports/register-export';
import { registerDocument } from '../../../electron/core/services/reports-service';
import type { Place } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

const NOW = new Date('2026-03-20T06:00:00Z');
const RANGE = { from: '2026-03-01', to: '2026-03-31' };

async function hostel(core: Core, second: boolean): Promise<void> {
  await value(core, 'hotel.save', {
    name: 'Hostel Nomad',
    bin: '',
    address: 'Астана қ., Кенесары к-сі 40',
    region: 'KZ-71',
    businessSize: 'small',
  });
  let annex: number | undefined;
  if (second) {
    const list = await value<Place[]>(core, 'places.save', {
      id: null,
      name: 'Корпус Б',
      address: 'Астана қ., Абай даңғылы 15',
      region: 'KZ-71',
    });
    annex = list[1]!.id;
  }
  for (const [surname, placeId] of [
    ['ADAMS', annex],
    ['BROWN', undefined],
    ['CLARK', annex],
  ] as const) {
    await value(
      core,
      'stays.checkIn',
      checkInInput(
        [guestEntry({ surname, givenNames: 'EMMA', citizenship: 'GBR' })],
        placeId ? { placeId } : {},
      ),
    );
  }
}

const pdfText = (bytes: Buffer): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reg-')), 'r.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('the register’s files with two places of stay', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('puts the place beside the room in XLSX, grouped by place', async () => {
    core = memoryCore(NOW);
    await hostel(core, true);
    const doc = registerDocument(core.deps, RANGE, 'en', NOW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportToBuffer(doc, 'xlsx')) as never);
    const sheet = wb.getWorksheet('Register')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const place = header.indexOf('Place of stay');
    expect(place).toBeGreaterThan(0);
    expect(header[place + 1]).toBe('Room');
    const rows = [2, 3, 4].map((n) => [
      sheet.getRow(n).getCell(place + 1).value,
      String(sheet.getRow(n).getCell(2).value).split(' ')[0],
    ]);
    expect(rows).toEqual([
      ['Hostel Nomad', 'BROWN'],
      ['Корпус Б', 'ADAMS'],
      ['Корпус Б', 'CLARK'],
    ]);
  });

  it('carries the place column in the CSV (ru) and the PDF (kk)', async () => {
    core = memoryCore(NOW);
    await hostel(core, true);
    const csv = (await exportToBuffer(registerDocument(core.deps, RANGE, 'ru', NOW), 'csv'))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const [head, ...rows] = parse(csv, { delimiter: ';' }) as string[][];
    const at = head!.indexOf('Место пребывания');
    expect(at).toBeGreaterThan(0);
    expect(rows.map((r) => r[at])).toEqual(['Hostel Nomad', 'Корпус Б', 'Корпус Б']);

    const text = pdfText(await exportToBuffer(registerDocument(core.deps, RANGE, 'kk', NOW), 'pdf'));
    expect(text).toContain('Болатын');
    expect(text).toContain('Корпус Б');
  });

  it('has no place column with one place: the files as they always were', async () => {
    core = memoryCore(NOW);
    await hostel(core, false);
    const csv = (await exportToBuffer(registerDocument(core.deps, RANGE, 'ru', NOW), 'csv'))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const [head, ...rows] = parse(csv, { delimiter: ';' }) as string[][];
    expect(head).not.toContain('Место пребывания');
    expect(rows.map((r) => r[1]!.split(' ')[0])).toEqual(['ADAMS', 'BROWN', 'CLARK']);
  });
});
