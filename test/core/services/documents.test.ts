import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type { MrzImageReading } from '../../../shared/contract';
import { td3 } from '../../shared/documents/mrz-builders';
import { assertOcrBFont, renderZone } from '../mrz-image/render-zone';
import { tempDir, value } from '../../helpers/core';

const OCR_TIMEOUT = 120_000;
let core: Core | null = null;
const temp = tempDir();

afterEach(() => {
  core?.close();
  core = null;
});

describe('documents.readMrzImage', () => {
  it(
    'reads the zone of a photo sent as base64, and leaves no file and no row behind',
    async () => {
      assertOcrBFont();
      core = createCore({
        dbFile: temp.file('desk.db'),
        now: () => new Date('2026-03-01T06:00:00Z'),
      });
      const filesBefore = fs.readdirSync(temp.dir).sort();
      const cwdBefore = fs.readdirSync(process.cwd()).sort();
      const auditBefore = core.db.prepare('SELECT count(*) AS n FROM audit_log').get();
      const lines = td3();
      const photo = await renderZone(lines, 'jpeg');
      const reading = await value<MrzImageReading>(core, 'documents.readMrzImage', {
        image: photo.toString('base64'),
      });
      expect(reading).toMatchObject({
        kind: 'read',
        lines,
        result: { valid: true, format: 'TD3' },
      });
      // The picture is a guest's document: read in memory only (domain.md §7), and the
      // recogniser writes no cache of its data next to the app.
      expect(fs.readdirSync(temp.dir).sort()).toEqual(filesBefore);
      expect(fs.readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
      expect(core.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(auditBefore);
    },
    OCR_TIMEOUT,
  );

  it('refuses input that is not base64 before any recognition', async () => {
    core = createCore({ dbFile: ':memory:' });
    const r = await core.call('documents.readMrzImage', { image: 'not base64!' });
    expect(r).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } });
  });

  it('says a file that is no picture is not an image', async () => {
    core = createCore({ dbFile: ':memory:' });
    const image = Buffer.from('P<UTOERIKSSON').toString('base64');
    expect(await value(core, 'documents.readMrzImage', { image })).toEqual({
      kind: 'not_an_image',
    });
  });

  it(
    'refuses a camera frame taken while the page moved as blurred, a photo never, and a bad flag as input',
    async () => {
      assertOcrBFont();
      core = createCore({ dbFile: ':memory:', now: () => new Date('2026-03-01T06:00:00Z') });
      const image = (await renderZone(td3(), 'motion-blur')).toString('base64');
      expect(await value(core, 'documents.readMrzImage', { image, frame: true })).toEqual({
        kind: 'blurred',
      });
      const asPhoto = await value<MrzImageReading>(core, 'documents.readMrzImage', { image });
      expect(asPhoto.kind).not.toBe('blurred');
      const bad = await core.call('documents.readMrzImage', { image, frame: 'yes' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } });
    },
    OCR_TIMEOUT,
  );
});
