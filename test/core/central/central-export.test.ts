import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import {
  addConsoleLogin,
  addProperty,
  connectCentral,
  installCentral,
} from '../../../electron/core/central/central-repo';
import { runShipCommand } from '../../../electron/core/cli/ship-command';
import { runExportCommand } from '../../../electron/core/cli/export-command';
import { runCentralCommand } from '../../../electron/core/cli/central-command';
import { pdfText } from '../../../electron/core/files/pdf-text';
import type { CheckInResult } from '../../../shared/contract';
import { hotel, now } from '../../helpers/audit-chain';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';
import { pgMissingReason, startPgCluster, type PgCluster } from '../../helpers/postgres';

const missing = pgMissingReason();
const RANGE = ['--from', '2026-03-01', '--to', '2026-03-31'];

let cluster: PgCluster;
let admin: pg.Client;
let consoleUrl: string;
const tmp = tempDir();
const props: Array<{ name: string; file: string; url: string }> = [];

async function property(name: string) {
  const p = await addProperty(admin, name);
  const dir = tmp.file(name.replace(/\W/g, '_'));
  fs.mkdirSync(dir);
  const made = { name, file: path.join(dir, 'tirkeu.db'), url: cluster.urlFor(p.role, p.password) };
  props.push(made);
  return made;
}

async function ship(p: { file: string; url: string }) {
  const r = await runShipCommand(['--db', p.file, '--central', p.url]);
  expect(r.exitCode, r.stderr).toBe(0);
}

const out = (name: string) => tmp.file(name);

async function exportCentral(format: string, lang: string, url = consoleUrl) {
  const file = out(`central-${lang}-${Math.random().toString(36).slice(2)}.${format}`);
  const r = await runExportCommand(
    ['--central', url, ...RANGE, '--format', format, '--out', file, '--lang', lang],
    () => now,
  );
  return { ...r, file };
}

async function exportLocal(file: string, lang: string) {
  const target = out(`local-${Math.random().toString(36).slice(2)}.csv`);
  const r = await runExportCommand(
    ['--db', file, ...RANGE, '--format', 'csv', '--out', target, '--lang', lang],
    () => now,
  );
  expect(r.exitCode, r.stderr).toBe(0);
  return csvLines(target);
}

/** A CSV's lines without the BOM and the final CRLF. */
const csvLines = (file: string): string[] =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');

/** A line's fields (none of these rows quote a separator), without the running number. */
const fields = (line: string) => line.split(';').slice(1);

describe.skipIf(missing !== null)(
  `the consolidated register from the centre${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    beforeAll(async () => {
      cluster = await startPgCluster();
      admin = await connectCentral(cluster.adminUrl);
      await installCentral(admin);
      const login = await addConsoleLogin(admin, 'owner_console');
      consoleUrl = cluster.urlFor(login.role, login.password);

      const almaty = await property('Hostel Almaty');
      const astana = await property('Hotel Astana');
      await hotel(almaty.file);
      await hotel(astana.file, 3);
      // A portal's refusal and a guest to be erased, at Astana.
      const core = createCore({ dbFile: astana.file, now: () => now });
      try {
        const { stays } = await value<CheckInResult>(
          core,
          'stays.checkIn',
          checkInInput([guestEntry({ surname: 'QUIXLEY', citizenship: 'DEU' })], { room: '101' }),
        );
        await value(core, 'notifications.recordAttempt', {
          notificationId: stays[0]!.notices[0]!.id,
          portal: 'eqonaq',
          attemptedAt: '2026-03-20T10:30:00+05:00',
          message: 'Сервис недоступен',
        });
        const erased = await value<CheckInResult>(
          core,
          'stays.checkIn',
          checkInInput([guestEntry({ surname: 'VORNHOLT', citizenship: 'AUT' })], {
            room: '102',
            checkInAt: '2026-03-19T10:00:00+05:00',
          }),
        );
        await value(core, 'stays.checkOut', {
          stayId: erased.stays[0]!.stayId,
          at: '2026-03-20T10:45:00+05:00',
        });
        await value(core, 'guests.erase', {
          guestId: erased.stays[0]!.guestId,
          confirm: 'VORNHOLT',
          reason: 'Written request',
          owedConfirmed: true,
        });
      } finally {
        core.close();
      }
      await ship(almaty);
      await ship(astana);
    });
    afterAll(async () => {
      await admin?.end().catch(() => {});
      cluster?.stop();
      tmp.cleanup();
    });

    it('the central CSV is the union of the properties’ own CSV rows, with the property, row for row', async () => {
      const r = await exportCentral('csv', 'ru');
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/: 6 rows/);
      const central = csvLines(r.file);
      const [almaty, astana] = [
        await exportLocal(props[0]!.file, 'ru'),
        await exportLocal(props[1]!.file, 'ru'),
      ];
      // The header: the property's after No., the rest as a property's file has it.
      expect(central[0]!.split(';')).toEqual(['№', 'Объект', ...almaty[0]!.split(';').slice(1)]);
      // Grouped by property, in the order they joined, each as its own file orders it.
      const expected = [
        ...almaty.slice(1).map((l) => ['Hostel Almaty', ...fields(l)]),
        ...astana.slice(1).map((l) => ['Hotel Astana', ...fields(l)]),
      ];
      expect(central.slice(1).map(fields)).toEqual(expected);
      expect(central.slice(1).map((l) => l.split(';')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
      // What the centre got of the refusal: its count and latest try, never its text.
      expect(central.join('\n')).toMatch(/1: e-Qonaq 20\.03\.2026 10:30/);
      expect(central.join('\n')).not.toMatch(/Сервис недоступен/);
      // The erased guest: no name at the centre, as at the property, only the anonymous row.
      expect(central.join('\n')).not.toMatch(/VORNHOLT/);
      expect(central.join('\n')).toMatch(/QUIXLEY/);
    });

    it('the XLSX has the property column, typed cells and each property’s totals', async () => {
      const r = await exportCentral('xlsx', 'en');
      expect(r.exitCode, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(r.file);
      const sheet = wb.getWorksheet('Register')!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 3)).toEqual(['No.', 'Property', 'Guest']);
      const col = (name: string) => header.indexOf(name) + 1;
      const rows = [2, 3, 4, 5, 6, 7].map((n) => sheet.getRow(n));
      expect(rows.map((row) => row.getCell(2).value)).toEqual([
        'Hostel Almaty',
        'Hostel Almaty',
        'Hotel Astana',
        'Hotel Astana',
        'Hotel Astana',
        'Hotel Astana',
      ]);
      expect(sheet.getRow(8).values).toEqual([]);
      // Dates are dates, as in a property's file.
      expect(rows[0]!.getCell(col('Check-in')).value).toBeInstanceOf(Date);
      expect(String(rows[0]!.getCell(col('Guest')).value)).toMatch(/^TAYLOR/);
      const summary = wb.getWorksheet('Summary')!;
      const lines: string[] = [];
      summary.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(' | ')));
      expect(lines[1]).toBe('Consolidated register: 2 properties');
      const at = (title: string) => lines.indexOf(title);
      expect(lines[at('Totals') + 1]).toBe('Notifications owed | 6');
      expect(lines[at('Totals: Hostel Almaty') + 1]).toBe('Notifications owed | 2');
      expect(lines[at('Totals: Hotel Astana') + 1]).toBe('Notifications owed | 4');
      expect(lines).toContain('Notices the portals refused | 1');
    });

    it('the PDF in Russian names each property, its rows and its totals', async () => {
      const r = await exportCentral('pdf', 'ru');
      expect(r.exitCode, r.stderr).toBe(0);
      const text = await pdfText(new Uint8Array(fs.readFileSync(r.file)));
      expect(text).toMatch(/Реестр иностранных гостей/);
      expect(text).toMatch(/Сводный реестр: объектов — 2/);
      expect(text).toMatch(/Итого: Hostel Almaty/);
      expect(text).toMatch(/Итого: Hotel Astana/);
      expect(text).toMatch(/TAYLOR/);
      expect(text).toMatch(/QUIXLEY/);
      expect(text).not.toMatch(/VORNHOLT/);
      // In Kazakh too; both kept to be looked at (test-results/screenshots).
      const kk = await exportCentral('pdf', 'kk');
      expect(kk.exitCode, kk.stderr).toBe(0);
      const kkText = await pdfText(new Uint8Array(fs.readFileSync(kk.file)));
      expect(kkText).toMatch(/Жиынтық тізілім: 2 нысан/);
      expect(kkText).toMatch(/Барлығы: Hotel Astana/);
      const shots = path.resolve('test-results/screenshots');
      fs.mkdirSync(shots, { recursive: true });
      fs.copyFileSync(r.file, path.join(shots, 'central-register-ru.pdf'));
      fs.copyFileSync(kk.file, path.join(shots, 'central-register-kk.pdf'));
    });

    it('a bad, a TLS-off or an unreachable URL, or a property’s login, is refused in words with no file', async () => {
      const cases: Array<[string, RegExp]> = [
        ['mysql://owner@localhost/db', /не адрес postgresql:\/\//],
        [consoleUrl.replace(/sslmode=verify-full/, 'sslmode=disable'), /отключает шифрование/],
        [
          consoleUrl.replace(/@127\.0\.0\.1:\d+/, '@127.0.0.1:1'),
          /Центральный реестр на 127\.0\.0\.1 недоступен/,
        ],
        [consoleUrl.replace(/:[0-9a-f]{48}@/, ':wrong@'), /не принял имя или пароль/],
        // A property's login sees only its own rows: never passed off as the whole register.
        [props[0]!.url, /не учётная запись консоли владельца/],
      ];
      for (const [url, message] of cases) {
        const r = await exportCentral('csv', 'ru', url);
        expect(r.exitCode, url).toBe(1);
        expect(r.stderr).toMatch(message);
        expect(fs.existsSync(r.file)).toBe(false);
      }
      const both = await runExportCommand(
        [
          '--db',
          props[0]!.file,
          '--central',
          consoleUrl,
          ...RANGE,
          '--format',
          'csv',
          '--out',
          out('x.csv'),
        ],
        () => now,
      );
      expect(both.exitCode).toBe(2);
      expect(both.stderr).toMatch(/not both/);
    });

    it('retention at the centre follows the strictest property’s setting', async () => {
      const strict = await property('Strict Hostel');
      const lenient = await property('Lenient Hotel');
      await hotel(strict.file);
      let clock = new Date('2025-01-10T06:00:00Z');
      const core = createCore({ dbFile: lenient.file, now: () => clock });
      try {
        // Two guests who left in January 2025: one filed with its proof, one whose notice is owed.
        for (const [i, surname] of ['OLDMANN', 'OWEDSON'].entries()) {
          clock = new Date('2025-01-10T06:00:00Z');
          const entry = guestEntry({ surname, citizenship: 'FRA' });
          entry.document = { ...entry.document!, number: `OL${i}551203` };
          const { stays } = await value<CheckInResult>(
            core,
            'stays.checkIn',
            checkInInput([entry], {
              room: String(40 + i),
              checkInAt: '2025-01-10T10:00:00+05:00',
              plannedCheckOut: '2025-01-12',
            }),
          );
          const stay = stays[0]!;
          if (i === 0) {
            clock = new Date('2025-01-10T08:00:00Z');
            await value(core, 'notifications.markFiled', {
              notificationId: stay.notices[0]!.id,
              portal: 'eqonaq',
              filedAt: '2025-01-10T12:00:00+05:00',
              reference: 'EQ-OLD',
            });
            const pdf = core.files.put(
              await makePdf(['УВЕДОМЛЕНИЕ', `${surname} OL${i}551203`]),
              'notice.pdf',
              'application/pdf',
            );
            await value(core, 'notifications.attachProof', {
              notificationId: stay.notices[0]!.id,
              fileId: pdf.fileId,
            });
          }
          clock = new Date('2025-01-12T07:00:00Z');
          await value(core, 'stays.checkOut', {
            stayId: stay.stayId,
            at: '2025-01-12T11:00:00+05:00',
          });
        }
        clock = now;
        await value(core, 'privacy.setRetention', { months: 36 });
      } finally {
        core.close();
      }
      const strictCore = createCore({ dbFile: strict.file, now: () => now });
      try {
        await value(strictCore, 'privacy.setRetention', { months: 12 });
      } finally {
        strictCore.close();
      }
      await ship(strict);
      await ship(lenient);
      expect(await centralHolds('OLDMANN')).not.toEqual([]);
      const months = await admin.query(
        'SELECT name, retention_months FROM central.properties WHERE retention_months IS NOT NULL ORDER BY name',
      );
      expect(months.rows).toEqual([
        { name: 'Lenient Hotel', retention_months: 36 },
        { name: 'Strict Hostel', retention_months: 12 },
      ]);

      // The console only reads: its login cannot purge (erase_guest is the owner's alone).
      const refused = await runCentralCommand(['purge', '--central', consoleUrl], () => now);
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toMatch(/permission denied/);
      expect(await centralHolds('OLDMANN')).not.toEqual([]);

      const r = await runCentralCommand(['purge', '--central', cluster.adminUrl], () => now);
      expect(r.exitCode, r.stderr).toBe(0);
      // 12 months before 20.03.2026: the Lenient Hotel's own 36 would keep them all.
      expect(JSON.parse(r.stdout)).toEqual({ months: 12, cutoff: '2025-03-20', guests: 1 });
      for (const v of ['OLDMANN', 'OL0551203']) expect(await centralHolds(v), v).toEqual([]);
      // Owed, so kept, as the property keeps it; guests still staying are kept; the property
      // itself keeps its own data by its own setting.
      expect(await centralHolds('OWEDSON')).not.toEqual([]);
      expect(await centralHolds('TAYLOR')).not.toEqual([]);
      const local = await exportLocalText(lenient.file);
      expect(local).toMatch(/OLDMANN/);
      // A second purge finds nothing more.
      const again = await runCentralCommand(['purge', '--central', cluster.adminUrl], () => now);
      expect(JSON.parse(again.stdout)).toMatchObject({ guests: 0 });
    });

    it('a centre made at schema 1 is brought to 2 by the next install, its rows kept', async () => {
      await admin.query('CREATE DATABASE upgrade_from_1');
      const old = await connectCentral(cluster.adminUrl.replace('/postgres?', '/upgrade_from_1?'));
      try {
        await installCentral(old);
        await old.query(`INSERT INTO central.properties (name, role_name) VALUES ('Old', 'old_role');
          INSERT INTO central.stays (property_id, id, room) VALUES (1, 1, '7')`);
        // What schema 1 had: no check-in staff, no portal failures, no retention, no indexes
        // for the register's lookups.
        await old.query(`DROP TABLE central.portal_attempts;
          ALTER TABLE central.stays DROP COLUMN consent_by;
          DROP FUNCTION central.set_retention(integer);
          ALTER TABLE central.properties DROP COLUMN retention_months;
          DROP INDEX central.filings_by_notice, central.proofs_by_filing,
            central.notifications_by_event;
          UPDATE central.schema_version SET version = 1`);
        await installCentral(old);
        const v = await old.query('SELECT version FROM central.schema_version');
        expect(v.rows).toEqual([{ version: 2 }]);
        const cols = await old.query(
          `SELECT table_name || '.' || column_name AS c FROM information_schema.columns
           WHERE table_schema = 'central' AND column_name IN ('consent_by', 'retention_months',
             'attempted_at') ORDER BY 1`,
        );
        expect(cols.rows.map((r) => r.c)).toEqual([
          'portal_attempts.attempted_at',
          'properties.retention_months',
          'stays.consent_by',
        ]);
        const indexes = await old.query(
          "SELECT indexname FROM pg_indexes WHERE schemaname = 'central' AND indexname LIKE '%\\_by\\_%' ORDER BY 1",
        );
        expect(indexes.rows.map((r) => r.indexname)).toEqual([
          'filings_by_notice',
          'notifications_by_event',
          'portal_attempts_by_notice',
          'proofs_by_filing',
        ]);
        const kept = await old.query('SELECT room FROM central.stays');
        expect(kept.rows).toEqual([{ room: '7' }]);
        // Once more: nothing left to do.
        await installCentral(old);
      } finally {
        await old.end();
        await admin.query('DROP DATABASE upgrade_from_1');
      }
    });
  },
);

/** Every central text column holding `needle`, as table.column. */
async function centralHolds(needle: string): Promise<string[]> {
  const cols = await admin.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'central' AND data_type IN ('text', 'jsonb', 'character varying')`,
  );
  const found: string[] = [];
  for (const { table_name: t, column_name: c } of cols.rows) {
    const r = await admin.query(
      `SELECT 1 FROM central.${t} WHERE position(upper($1) in upper(${c}::text)) > 0 LIMIT 1`,
      [needle],
    );
    if (r.rowCount) found.push(`${t}.${c}`);
  }
  return found;
}

/** A property's own register of 2025 as CSV text. */
async function exportLocalText(file: string): Promise<string> {
  const target = tmp.file(`local-2025-${Math.random().toString(36).slice(2)}.csv`);
  const r = await runExportCommand(
    [
      '--db',
      file,
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--format',
      'csv',
      '--out',
      target,
    ],
    () => now,
  );
  expect(r.exitCode, r.stderr).toBe(0);
  return fs.readFileSync(target, 'utf8');
}
