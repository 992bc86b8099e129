import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckInResult, FileRef, Result } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';
import { bombPdf, pagelessPdf, rawPdf } from '../../helpers/raw-pdf';
import { signInAs } from '../../helpers/sessions';

const NOW = new Date('2026-03-20T06:00:00Z');

const coreWith = (maxInflatedBytes?: number): Core =>
  createCore({
    dbFile: ':memory:',
    now: () => NOW,
    ...(maxInflatedBytes ? { pdfLimits: { maxInflatedBytes } } : {}),
  });

async function filedNotice(core: Core): Promise<number> {
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' })]),
  );
  const id = stays[0]!.notices[0]!.id;
  await value(core, 'notifications.markFiled', {
    notificationId: id,
    portal: 'eqonaq',
    filedAt: '2026-03-20T10:00:00+05:00',
    reference: '',
  });
  return id;
}

const put = (core: Core, bytes: Uint8Array): FileRef =>
  core.files.put(bytes, 'notice.pdf', 'application/pdf');

const proofCode = (r: Result<unknown>) =>
  r.ok ? 'attached' : (r.error.issues?.[0]?.code ?? r.error.code);

const proofRows = (core: Core) =>
  core.db.prepare('SELECT count(*) FROM proofs').pluck().get() as number;

describe('a proof PDF that is heavy or no PDF at all', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('refuses a decompression bomb in words, off the desk’s thread, and answers other calls meanwhile', async () => {
    // 96 MiB of zeros in about 100 KB; the cap below lets the reader inflate two thirds of it
    // before it gives up, long enough for the desk to ask something else.
    core = coreWith(64 * 1024 ** 2);
    const id = await filedNotice(core);
    const ctx = core.contextFor((await signInAs(core, 'receptionist')).token);
    const file = put(core, bombPdf(96));
    const order: string[] = [];
    const reading = new Promise<void>((resolve) => {
      const stop = core.subscribe((event, payload) => {
        const p = payload as { method?: string; done?: number };
        if (event === 'job.progress' && p.method === 'notifications.attachProof' && p.done === 0) {
          stop();
          resolve();
        }
      });
    });
    const attach = core
      .dispatch(
        'notifications.attachProof',
        { notificationId: id, fileId: file.fileId, confirmMismatch: true },
        ctx,
      )
      .finally(() => order.push('proof'));
    await reading;
    const board = await core.dispatch('notifications.board', {}, ctx);
    order.push('board');
    expect(board.ok).toBe(true);
    const r = await attach;
    expect(proofCode(r)).toBe('proof.too_heavy');
    expect(order).toEqual(['board', 'proof']);
    expect(proofRows(core)).toBe(0);
  });

  it('never attaches a PDF without pages, nor a malformed one, even when told to', async () => {
    core = coreWith();
    const id = await filedNotice(core);
    const real = Buffer.from(await makePdf(['TAYLOR EMMA']));
    const files = {
      pageless: pagelessPdf(),
      truncated: real.subarray(0, Math.floor(real.length / 3)),
      kidNotPage: rawPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '42',
      ]),
      headerOnly: Buffer.from('%PDF-1.7\n'),
    };
    const codes: string[] = [];
    for (const bytes of Object.values(files)) {
      const file = put(core, bytes);
      codes.push(
        proofCode(
          await core.call('notifications.attachProof', {
            notificationId: id,
            fileId: file.fileId,
            confirmMismatch: true,
          }),
        ),
      );
    }
    expect(codes).toEqual([
      'proof.no_pages',
      'proof.unreadable',
      'proof.unreadable',
      'proof.unreadable',
    ]);
    expect(proofRows(core)).toBe(0);
  });

  it('loads the reader in its own thread after start, before the first proof asks for it', async () => {
    core = createCore({ dbFile: ':memory:', now: () => NOW, warmPdfReader: true });
    // Nothing at start itself: the first screen is served first.
    expect(core.deps.pdf.isWarm()).toBe(false);
    await vi.waitFor(() => expect(core.deps.pdf.isWarm()).toBe(true), {
      timeout: 25_000,
      interval: 50,
    });
    const id = await filedNotice(core);
    const file = put(core, await makePdf(['TAYLOR EMMA']));
    const r = await core.call('notifications.attachProof', {
      notificationId: id,
      fileId: file.fileId,
    });
    expect(proofCode(r)).toBe('attached');
  });
});
