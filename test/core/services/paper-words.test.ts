import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckInResult, ExportedFile, FileRef, Language } from '../../../shared/contract';
import { createCore } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

describe('words on paper: the shift report and the register (issue 20)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('says a departed woman “выехала”, and names the command line in the report’s language', async () => {
    let now = new Date('2026-03-16T06:00:00Z');
    const core = createCore({ dbFile: ':memory:', now: () => now });
    try {
      for (const [surname, givenNames, sex, room] of [
        ['CELIK', 'FATMA', 'F', '101'],
        ['MULLER', 'HANS', 'M', '102'],
      ] as const) {
        const { stays } = await value<CheckInResult>(
          core,
          'stays.checkIn',
          checkInInput([guestEntry({ surname, givenNames, sex, citizenship: 'TUR' })], {
            room,
            checkInAt: '2026-03-16T10:00:00+05:00',
            plannedCheckOut: '2026-03-17',
          }),
        );
        now = new Date('2026-03-17T06:00:00Z');
        await value(core, 'stays.checkOut', {
          stayId: stays[0]!.stayId,
          at: '2026-03-17T11:00:00+05:00',
        });
      }
      now = new Date('2026-03-26T18:00:00Z');
      const text = async (language: Language) => {
        const r = await value<{ file: FileRef }>(core, 'notifications.shiftReport', { language });
        const file = tmp.file(`words-${language}.pdf`);
        fs.writeFileSync(file, core.files.bytes(r.file.fileId));
        return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      };
      const ru = await text('ru');
      expect(ru).toContain('CELIK FATMA (выехала)');
      expect(ru).toContain('MULLER HANS (выехал)');
      expect(ru).toContain('Командная строка Tirkeu');
      expect(ru).not.toContain('Tirkeu command line');
      expect(await text('kk')).toContain('Tirkeu командалық жолы');
      // The register names who checked in and filed in its own language too.
      const csv = async (language: Language) => {
        const r = await value<ExportedFile>(core, 'reports.export', {
          from: '2026-03-01',
          to: '2026-03-31',
          format: 'csv',
          language,
        });
        return Buffer.from(core.files.bytes(r.file.fileId)).toString('utf8');
      };
      expect(await csv('ru')).toContain('Командная строка Tirkeu');
      expect(await csv('ru')).not.toContain('Tirkeu command line');
      expect(await csv('en')).toContain('Tirkeu command line');
    } finally {
      core.close();
    }
  });
});
