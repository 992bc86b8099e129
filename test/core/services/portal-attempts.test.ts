import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { exportToBuffer } from '../../../electron/core/exports/register-export';
import { guestData } from '../../../electron/core/privacy/guest-export';
import { screenshotType } from '../../../electron/core/services/attempt-service';
import { registerDocument } from '../../../electron/core/services/reports-service';
import type {
  BoardView,
  CheckInResult,
  FileRef,
  FilingView,
  PortalAttemptView,
  RegisterView,
  Statistics,
} from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

const NOW = new Date('2026-03-20T06:00:00Z');
const RANGE = { from: '2026-03-01', to: '2026-03-31' };
// The smallest PNG: its signature and an IHDR, enough for the type to be told by its bytes.
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 2, 0, 0, 0,
]);

async function taylor(core: Core): Promise<{ id: number; guestId: number }> {
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' })]),
  );
  return { id: stays[0]!.notices[0]!.id, guestId: stays[0]!.guestId };
}

const put = (core: Core, bytes: Uint8Array, name: string, type: string): FileRef =>
  core.files.put(bytes, name, type);

const attempts = (core: Core) =>
  core.db.prepare('SELECT count(*) FROM portal_attempts').pluck().get() as number;

describe('the portal did not accept it', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('records when, where, what the portal said and who tried; the notice stays owed', async () => {
    core = memoryCore(NOW);
    const { id } = await taylor(core);
    const r = await value<{ attempt: PortalAttemptView }>(core, 'notifications.recordAttempt', {
      notificationId: id,
      portal: 'eqonaq',
      attemptedAt: '2026-03-20T10:40:00+05:00',
      message: 'Сервис временно недоступен. Повторите попытку позже.',
    });
    expect(r.attempt).toMatchObject({
      portal: 'eqonaq',
      attemptedAt: '2026-03-20T05:40:00.000Z',
      message: 'Сервис временно недоступен. Повторите попытку позже.',
      screenshot: false,
    });
    expect(r.attempt.triedBy?.name).toBeTruthy();

    const view = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
    expect(view.state).toBe('owed');
    expect(view.notice.state).toBe('pending');
    expect(view.attempts).toHaveLength(1);

    const board = await value<BoardView>(core, 'notifications.board', {});
    const row = board.rows.find((x) => x.notificationId === id)!;
    expect(row.attempts).toBe(1);
    expect(row.lastAttempt).toEqual({ at: '2026-03-20T05:40:00.000Z', portal: 'eqonaq' });
  });

  it('shows the latest attempt on the board when there were several', async () => {
    core = memoryCore(NOW);
    const { id } = await taylor(core);
    for (const [portal, at] of [
      ['vmp', '2026-03-20T11:00:00+05:00'],
      ['eqonaq', '2026-03-20T09:00:00+05:00'],
    ] as const) {
      await value(core, 'notifications.recordAttempt', {
        notificationId: id,
        portal,
        attemptedAt: at,
        message: 'Ошибка 500',
      });
    }
    const board = await value<BoardView>(core, 'notifications.board', {});
    const row = board.rows.find((x) => x.notificationId === id)!;
    expect(row.attempts).toBe(2);
    // The latest by the time it happened, not by the order it was typed in.
    expect(row.lastAttempt).toEqual({ at: '2026-03-20T06:00:00.000Z', portal: 'vmp' });
    const view = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
    expect(view.attempts.map((a) => a.portal)).toEqual(['vmp', 'eqonaq']);
  });

  it('is audited, with what the portal said kept beside the chain', async () => {
    core = memoryCore(NOW);
    const { id } = await taylor(core);
    await value(core, 'notifications.recordAttempt', {
      notificationId: id,
      portal: 'vmp',
      attemptedAt: '2026-03-20T10:40:00+05:00',
      message: 'TAYLOR EMMA: ЭЦП не прошла проверку',
    });
    expect(core.repos.audit.forEntity('notification', id).at(-1)).toMatchObject({
      action: 'notification.portal_failed',
      details: {
        portal: 'vmp',
        attemptedAt: '2026-03-20T05:40:00.000Z',
        portalMessage: 'TAYLOR EMMA: ЭЦП не прошла проверку',
      },
    });
    const chained = core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'notification.portal_failed'")
      .pluck()
      .get() as string;
    expect(chained).not.toContain('TAYLOR');
  });

  it('keeps a screenshot and hands it out again, told an image by its bytes', async () => {
    core = memoryCore(NOW);
    const { id } = await taylor(core);
    const file = put(core, PNG, 'Снимок экрана.png', 'image/png');
    const r = await value<{ attempt: PortalAttemptView }>(core, 'notifications.recordAttempt', {
      notificationId: id,
      portal: 'vmp',
      attemptedAt: '2026-03-20T10:40:00+05:00',
      fileId: file.fileId,
    });
    expect(r.attempt).toMatchObject({ message: '', screenshot: true });
    const again = await value<FileRef>(core, 'notifications.attemptScreenshot', {
      attemptId: r.attempt.id,
    });
    expect(again).toMatchObject({
      type: 'image/png',
      size: PNG.byteLength,
      name: `attempt-${r.attempt.id}.png`,
    });
  });

  it('refuses a file that is not an image, a huge one, nothing said and an over-long text', async () => {
    core = memoryCore(NOW);
    const { id } = await taylor(core);
    const base = { notificationId: id, portal: 'vmp', attemptedAt: '2026-03-20T10:40:00+05:00' };
    const pdf = put(core, new TextEncoder().encode('%PDF-1.7\n'), 'x.png', 'image/png');
    const notImage = await core.call('notifications.recordAttempt', {
      ...base,
      fileId: pdf.fileId,
    });
    expect(notImage).toMatchObject({ ok: false, error: { code: 'file.not_image' } });

    const huge = new Uint8Array(6 * 1024 * 1024);
    huge.set(PNG);
    const big = put(core, huge, 'big.png', 'image/png');
    const tooBig = await core.call('notifications.recordAttempt', { ...base, fileId: big.fileId });
    expect(tooBig).toMatchObject({
      ok: false,
      error: { code: 'file.too_large', params: { max: 5 } },
    });

    const empty = await core.call('notifications.recordAttempt', { ...base, message: '  ' });
    expect(empty).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'message', code: 'attempt.empty' }] },
    });
    const long = await core.call('notifications.recordAttempt', {
      ...base,
      message: 'я'.repeat(2001),
    });
    expect(long).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'message', code: 'too_long' }] },
    });
    const future = await core.call('notifications.recordAttempt', {
      ...base,
      message: 'x',
      attemptedAt: '2026-03-21T10:40:00+05:00',
    });
    expect(future).toMatchObject({ ok: false, error: { issues: [{ field: 'attemptedAt' }] } });
    expect(attempts(core)).toBe(0);
  });

  it('tells PNG, JPEG and WebP by their first bytes and nothing else', () => {
    expect(screenshotType(PNG)).toBe('image/png');
    expect(screenshotType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
    expect(screenshotType(webp)).toBe('image/webp');
    expect(screenshotType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(screenshotType(new Uint8Array())).toBeNull();
  });

  it('carries the attempts into the register, its files and the statistics', async () => {
    core = memoryCore(NOW);
    const { id } = await taylor(core);
    await value(core, 'notifications.recordAttempt', {
      notificationId: id,
      portal: 'eqonaq',
      attemptedAt: '2026-03-20T10:40:00+05:00',
      message: 'Ошибка',
    });
    await value(core, 'notifications.recordAttempt', {
      notificationId: id,
      portal: 'vmp',
      attemptedAt: '2026-03-20T11:05:00+05:00',
      message: 'Ошибка',
    });
    const view = await value<RegisterView>(core, 'reports.register', RANGE);
    expect(view.rows[0]).toMatchObject({
      attempts: 2,
      lastAttempt: { portal: 'vmp', at: '2026-03-20T06:05:00.000Z' },
    });
    expect(view.totals).toMatchObject({ attempted: 1, attempts: 2 });
    const stats = await value<Statistics>(core, 'reports.statistics', RANGE);
    expect(stats.totals).toMatchObject({ attempted: 1, attempts: 2 });

    const csv = (await exportToBuffer(registerDocument(core.deps, RANGE, 'ru', NOW), 'csv'))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const rows = parse(csv, { delimiter: ';', relax_column_count: true }) as string[][];
    const header = rows.find((r) => r.includes('Отказы порталов'))!;
    expect(header).toBeTruthy();
    const col = header.indexOf('Отказы порталов');
    const row = rows[rows.indexOf(header) + 1]!;
    expect(row[col]).toBe('2: vmp.gov.kz 20.03.2026 11:05');
  });

  it('is part of everything held about the guest, for their data export', async () => {
    core = memoryCore(NOW);
    const { id, guestId } = await taylor(core);
    await value(core, 'notifications.recordAttempt', {
      notificationId: id,
      portal: 'vmp',
      attemptedAt: '2026-03-20T10:40:00+05:00',
      message: 'TAYLOR EMMA: ошибка',
      fileId: put(core, PNG, 'shot.png', 'image/png').fileId,
    });
    const data = guestData(core.deps, guestId, NOW);
    expect(data.portalAttempts).toEqual([
      expect.objectContaining({
        notification_id: id,
        portal: 'vmp',
        message: 'TAYLOR EMMA: ошибка',
        screenshot_type: 'image/png',
        screenshot_size: PNG.byteLength,
      }),
    ]);
  });

  it('erases what the portal said and the screenshot with the guest, keeping the try', async () => {
    core = memoryCore(NOW);
    const { id, guestId } = await taylor(core);
    const file = put(core, PNG, 'shot.png', 'image/png');
    await value(core, 'notifications.recordAttempt', {
      notificationId: id,
      portal: 'vmp',
      attemptedAt: '2026-03-20T10:40:00+05:00',
      message: 'TAYLOR EMMA',
      fileId: file.fileId,
    });
    core.db.transaction(() => core.repos.privacy.erase(guestId, NOW.toISOString()))();
    const [a] = core.repos.attempts.ofNotification(id);
    expect(a).toMatchObject({ portal: 'vmp', message: '', screenshot: false });
  });
});
