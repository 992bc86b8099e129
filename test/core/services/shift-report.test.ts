import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CheckInResult, FileRef, ShiftReportView } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// poppler-utils' pdftotext reads the PDF as a person's viewer would: the test sees what prints.
function pdfToText(core: Core, ref: FileRef, file: string): string {
  fs.writeFileSync(file, core.files.bytes(ref.fileId));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the end-of-shift report', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let core: Core;
  afterEach(() => core?.close());

  async function hotelWithGuests(at: string) {
    let now = new Date('2026-03-16T06:00:00Z');
    core = createCore({ dbFile: ':memory:', now: () => now });
    await value(core, 'hotel.save', {
      name: 'Saryarqa',
      bin: '',
      address: 'Астана, Қабанбай батыр 11',
      region: '',
      businessSize: 'small',
    });
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'GONE', givenNames: 'AWAY', citizenship: 'DEU' })], {
        room: '101',
        checkInAt: '2026-03-16T10:00:00+05:00',
        plannedCheckOut: '2026-03-17',
      }),
    );
    now = new Date('2026-03-17T06:00:00Z');
    await value(core, 'stays.checkOut', {
      stayId: stays[0]!.stayId,
      at: '2026-03-17T11:00:00+05:00',
    });
    now = new Date('2026-03-20T06:00:00Z');
    await value(
      core,
      'stays.checkIn',
      checkInInput(
        [
          guestEntry({ surname: 'ӘЛІБЕКОВА', givenNames: 'ҒАЛИЯ', citizenship: 'KGZ' }),
          guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' }),
        ],
        { room: '204' },
      ),
    );
    now = new Date(at);
  }

  it('lists the foreign guests in house and every open notice with its state and deadline', async () => {
    await hotelWithGuests('2026-03-26T18:00:00Z');
    const report = await value<ShiftReportView & { file: FileRef }>(
      core,
      'notifications.shiftReport',
      {
        language: 'kk',
      },
    );
    expect(report).toMatchObject({ inHouse: 2, open: 3, language: 'kk', signedAt: null });
    expect(report.file).toMatchObject({ type: 'application/pdf' });
    const text = pdfToText(core, report.file, tmp.file('kk.pdf'));
    expect(text).toContain('Ауысым соңындағы есеп');
    expect(text).toContain('ӘЛІБЕКОВА ҒАЛИЯ');
    expect(text).toMatch(/GONE AWAY \(кетті\)/);
    expect(text).toMatch(/101\s+GONE AWAY.*Мерзімі өтті/);
    expect(text).toContain('18.03.2026');
    expect(text).toContain('27.03.2026');
    expect(text).toContain('Астана, Қабанбай батыр 11');
  });

  it('is written in the language asked for', async () => {
    await hotelWithGuests('2026-03-26T18:00:00Z');
    const ru = await value<{ file: FileRef }>(core, 'notifications.shiftReport', {
      language: 'ru',
    });
    expect(pdfToText(core, ru.file, tmp.file('ru.pdf'))).toContain('Отчёт за смену');
    const en = await value<{ file: FileRef }>(core, 'notifications.shiftReport', {
      language: 'en',
    });
    const text = pdfToText(core, en.file, tmp.file('en.pdf'));
    expect(text).toContain('End-of-shift report');
    expect(text).toContain('Open notices (3)');
  });

  it('says what the desk tried on a notice the portal refused (issue 23)', async () => {
    await hotelWithGuests('2026-03-26T18:00:00Z');
    const board = await value<{ rows: Array<{ notificationId: number; surname: string }> }>(
      core,
      'notifications.board',
      {},
    );
    const id = board.rows.find((r) => r.surname === 'TAYLOR')!.notificationId;
    for (const [portal, at] of [
      ['eqonaq', '2026-03-20T10:40:00+05:00'],
      ['vmp', '2026-03-23T09:00:00+05:00'],
    ] as const) {
      await value(core, 'notifications.recordAttempt', {
        notificationId: id,
        portal,
        attemptedAt: at,
        message: 'Ошибка 500',
      });
    }
    const ru = await value<{ file: FileRef }>(core, 'notifications.shiftReport', {
      language: 'ru',
    });
    const text = pdfToText(core, ru.file, tmp.file('attempts-ru.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('портал отказал 2 раза, последний — VMP 23.03.2026');
    const kk = await value<{ file: FileRef }>(core, 'notifications.shiftReport', {
      language: 'kk',
    });
    expect(pdfToText(core, kk.file, tmp.file('attempts-kk.pdf')).replace(/\s+/g, ' ')).toContain(
      'портал 2 рет қабылдамады, соңғысы — VMP 23.03.2026',
    );
  });

  it('says how many days the EDS keys have left, the soonest key named, in kk, ru and en', async () => {
    // 2026-03-26 23:00 in Kazakhstan.
    await hotelWithGuests('2026-03-26T18:00:00Z');
    const line = async (language: 'kk' | 'ru' | 'en') => {
      const r = await value<{ file: FileRef }>(core, 'notifications.shiftReport', { language });
      return pdfToText(core, r.file, tmp.file(`keys-${language}.pdf`)).replace(/\s+/g, ' ');
    };
    expect(await line('en')).toContain('EDS keys: none recorded (Settings › EDS keys)');
    await value(core, 'keys.add', {
      holder: 'SAPAROVA A.',
      purpose: 'auth',
      expiresOn: '2026-06-01',
    });
    await value(core, 'keys.add', {
      holder: 'ИВАНОВ И.',
      purpose: 'sign',
      expiresOn: '2026-04-02',
    });
    expect(await line('en')).toContain(
      'EDS keys: 7 days left: ИВАНОВ И., signing key (RSA / GOST), until 02.04.2026',
    );
    expect(await line('ru')).toContain(
      'Ключи ЭЦП: осталось 7 дней: ИВАНОВ И., ключ для подписи (RSA / ГОСТ), до 02.04.2026',
    );
    expect(await line('kk')).toContain(
      'ЭЦҚ кілттері: 7 күн қалды: ИВАНОВ И., қол қоюға арналған кілт (RSA / ГОСТ), 02.04.2026 дейін',
    );
    await value(core, 'keys.add', { holder: 'OLD KEY', purpose: 'auth', expiresOn: '2026-03-26' });
    expect(await line('en')).toContain(
      'EDS keys: expires today: OLD KEY, sign-in key (AUTH), 26.03.2026. Renew at the NCA RK (pki.gov.kz)',
    );
    await value(core, 'keys.add', { holder: 'DEAD KEY', purpose: 'sign', expiresOn: '2026-03-20' });
    expect(await line('ru')).toContain(
      'Ключи ЭЦП: срок истёк 20.03.2026: DEAD KEY, ключ для подписи (RSA / ГОСТ). Перевыпустите в НУЦ РК (pki.gov.kz)',
    );
  });

  it('signed, names who signed, when, and the audit chain at that moment', async () => {
    await hotelWithGuests('2026-03-26T18:00:00Z');
    const report = await value<ShiftReportView & { file: FileRef }>(
      core,
      'notifications.shiftReport',
      { language: 'en' },
    );
    const unsigned = pdfToText(core, report.file, tmp.file('unsigned.pdf'));
    const entry = (action: string) => {
      const row = core.db
        .prepare('SELECT id, details FROM audit_log WHERE action = ?')
        .get(action) as { id: number; details: string };
      const { chainHead } = JSON.parse(row.details) as { chainHead: { id: number; hash: string } };
      return { id: row.id, head: chainHead };
    };
    const produced = entry('shift_report.produced');
    // The head the report saw: the row before its own entry.
    expect(produced.head.id).toBe(produced.id - 1);
    expect(unsigned).toContain('Signed off by the night auditor: ____');
    expect(unsigned).toContain(`Audit trail when produced: entry ${produced.head.id}, SHA-256`);
    const unsignedBytes = core.files.bytes(report.file.fileId);

    const signed = await value<ShiftReportView & { file: FileRef }>(
      core,
      'notifications.signShiftReport',
      { reportId: report.id },
    );
    const at = core.repos.audit.head();
    const text = pdfToText(core, signed.file, tmp.file('signed.pdf'));
    expect(
      Buffer.from(core.files.bytes(signed.file.fileId)).equals(Buffer.from(unsignedBytes)),
    ).toBe(false);
    expect(text).not.toContain('____');
    expect(text).toContain('Signed off by Tirkeu command line, 26.03.2026 23:00 (UTC+5)');
    const { id: signedId, head } = entry('shift_report.signed');
    expect(head.id).toBe(signedId - 1);
    expect(at.id).toBeGreaterThan(head.id);
    expect(text).toContain(`Audit trail at signing: entry ${head.id}, SHA-256`);
    expect(text.replace(/\s+/g, '')).toContain(head.hash);
    expect(text.replace(/\s+/g, '')).toContain(report.sha256);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      tmp.file('signed.pdf'),
      tmp.file('signed'),
    ]);
  });

  it('is signed off by the night auditor once, recorded and audited', async () => {
    await hotelWithGuests('2026-03-26T18:00:00Z');
    const report = await value<ShiftReportView>(core, 'notifications.shiftReport', {
      language: 'en',
    });
    const signed = await value<ShiftReportView>(core, 'notifications.signShiftReport', {
      reportId: report.id,
    });
    expect(signed).toMatchObject({
      signedAt: '2026-03-26T18:00:00.000Z',
      signedBy: { name: 'Tirkeu command line' },
    });
    const audit = core.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'shift_report' ORDER BY id")
      .all() as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(['shift_report.produced', 'shift_report.signed']);
    const twice = await core.call('notifications.signShiftReport', { reportId: report.id });
    expect(twice).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'report.already_signed' }] },
    });
  });
});

describe("the guest's order-923 sheet", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('tells the guest their own registration date in kk, ru and en', async () => {
    const core = createCore({ dbFile: ':memory:', now: () => new Date('2026-07-10T06:00:00Z') });
    try {
      const { stays } = await value<CheckInResult>(
        core,
        'stays.checkIn',
        checkInInput(
          [
            guestEntry(
              { surname: 'SMIRNOV', givenNames: 'IVAN', citizenship: 'RUS' },
              { entryDate: '2026-07-09' },
            ),
          ],
          { checkInAt: '2026-07-10T11:00:00+05:00', plannedCheckOut: '2026-07-20' },
        ),
      );
      const sheet = await value<FileRef>(core, 'notifications.guestSheet', {
        stayId: stays[0]!.stayId,
        language: 'en',
      });
      const text = pdfToText(core, sheet, tmp.file('sheet.pdf'));
      expect(text).toContain('Your registration in Kazakhstan');
      expect(text).toContain('Ваша регистрация в Казахстане');
      expect(text).toContain('Қазақстанда тіркелуіңіз');
      // domain.md §4: the earlier of entry + 30 days (8 August) and the 5th working day counted
      // from the check-in on Friday 10 July (10, 13, 14, 15, 16) → 16 July.
      expect(text).toContain('16.07.2026');
      expect(text.indexOf('Your registration')).toBeLessThan(text.indexOf('Ваша регистрация'));
    } finally {
      core.close();
    }
  });
});
