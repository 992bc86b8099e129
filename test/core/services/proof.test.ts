import { afterEach, describe, expect, it } from 'vitest';
import type {
  AttachProofResult,
  BoardView,
  CheckInResult,
  FileRef,
  FilingView,
} from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';

const NOW = new Date('2026-03-20T06:00:00Z');

async function filedTaylor(core: Core) {
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([
      guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' }),
      guestEntry({ surname: 'SMITH', givenNames: 'JOHN', citizenship: 'USA' }),
    ]),
  );
  const id = stays[0]!.notices[0]!.id;
  await value(core, 'notifications.markFiled', {
    notificationId: id,
    portal: 'eqonaq',
    filedAt: '2026-03-20T10:00:00+05:00',
    reference: '',
  });
  return { id, taylorDoc: stays[0]!.document!.number, smithDoc: stays[1]!.document!.number };
}

const upload = async (core: Core, lines: string[], name = 'notice.pdf'): Promise<FileRef> =>
  core.files.put(await makePdf(lines), name, 'application/pdf');

const jobAudits = (core: Core) =>
  core.db
    .prepare("SELECT action, details FROM audit_log WHERE entity = 'job' ORDER BY id")
    .all() as Array<{ action: string; details: string }>;

describe('attaching the notice PDF', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('keeps a PDF that names the guest, with its SHA-256, and the notice leaves the board', async () => {
    core = memoryCore(NOW);
    const { id, taylorDoc } = await filedTaylor(core);
    const file = await upload(core, [
      'УВЕДОМЛЕНИЕ о прибытии иностранца',
      `TAYLOR EMMA ${taylorDoc}`,
    ]);
    const r = await value<AttachProofResult>(core, 'notifications.attachProof', {
      notificationId: id,
      fileId: file.fileId,
    });
    // Stored under a name of its own: the user's file name may name the guest (issue 19).
    expect(r).toMatchObject({ attached: true, proof: { name: `notice-${id}.pdf`, matched: true } });
    if (!r.attached) throw new Error('not attached');
    expect(r.proof.sha256).toMatch(/^[0-9a-f]{64}$/);
    const view = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
    expect(view.state).toBe('proven');
    expect(view.filings[0]!.proof).toMatchObject({ sha256: r.proof.sha256 });
    const board = await value<BoardView>(core, 'notifications.board', {});
    expect(board.rows.map((x) => x.notificationId)).not.toContain(id);
    // Opened again from the app: the same bytes.
    const again = await value<FileRef>(core, 'notifications.proofFile', { proofId: r.proof.id });
    expect(again).toMatchObject({ type: 'application/pdf', size: file.size });
    // The user's file name is kept beside the chain, erasable with the guest; never chained.
    const chained = core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'notification.proof_attached'")
      .pluck()
      .get() as string;
    expect(chained).not.toContain('notice.pdf');
    expect(core.repos.audit.forEntity('notification', id).at(-1)).toMatchObject({
      action: 'notification.proof_attached',
      details: { fileName: 'notice.pdf' },
    });
    expect(jobAudits(core).map((a) => a.action)).toEqual(['job.done']);
    expect(JSON.parse(jobAudits(core)[0]!.details)).toMatchObject({
      method: 'notifications.attachProof',
      matched: true,
    });
  });

  it('says whom a PDF for another guest names, and keeps nothing without confirmation', async () => {
    core = memoryCore(NOW);
    const { id, taylorDoc, smithDoc } = await filedTaylor(core);
    const file = await upload(core, ['Уведомление', `SMITH JOHN, паспорт ${smithDoc}`]);
    const r = await value<AttachProofResult>(core, 'notifications.attachProof', {
      notificationId: id,
      fileId: file.fileId,
    });
    expect(r).toEqual({
      attached: false,
      expected: `TAYLOR EMMA (${taylorDoc})`,
      found: `SMITH JOHN (${smithDoc})`,
      noText: false,
    });
    expect(
      (await value<FilingView>(core, 'notifications.filing', { notificationId: id })).state,
    ).toBe('filed_no_proof');
    // Accepting it anyway takes an explicit confirmation, and says so in the record.
    const forced = await value<AttachProofResult>(core, 'notifications.attachProof', {
      notificationId: id,
      fileId: file.fileId,
      confirmMismatch: true,
    });
    expect(forced).toMatchObject({
      attached: true,
      proof: { matched: false, confirmedMismatch: true },
    });
    const attached = core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'notification.proof_attached'")
      .get() as { details: string };
    expect(JSON.parse(attached.details)).toMatchObject({ confirmedMismatch: true });
  });

  it('refuses a file that is not a PDF, and records the failed job', async () => {
    core = memoryCore(NOW);
    const { id } = await filedTaylor(core);
    const file = core.files.put(new TextEncoder().encode('hello'), 'notice.pdf', 'application/pdf');
    const r = await core.call('notifications.attachProof', {
      notificationId: id,
      fileId: file.fileId,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'file.not_pdf' } });
    const [failed] = jobAudits(core);
    expect(failed!.action).toBe('job.failed');
    expect(JSON.parse(failed!.details)).toMatchObject({ error: 'file.not_pdf' });
  });

  it('needs the notice filed first; a removed proof is audited with its reason', async () => {
    core = memoryCore(NOW);
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' })]),
    );
    const id = stays[0]!.notices[0]!.id;
    const file = await upload(core, ['TAYLOR EMMA']);
    const early = await core.call('notifications.attachProof', {
      notificationId: id,
      fileId: file.fileId,
    });
    expect(early).toMatchObject({ ok: false, error: { issues: [{ code: 'filing.not_filed' }] } });
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    await value(core, 'notifications.attachProof', { notificationId: id, fileId: file.fileId });
    await value(core, 'notifications.removeProof', { notificationId: id, reason: 'wrong page' });
    expect(
      (await value<FilingView>(core, 'notifications.filing', { notificationId: id })).state,
    ).toBe('filed_no_proof');
  });

  it('reports progress of the job as events', async () => {
    core = memoryCore(NOW);
    const { id } = await filedTaylor(core);
    const seen: Array<{ done: number; total: number; method: string }> = [];
    core.subscribe((event, payload) => {
      if (event === 'job.progress') seen.push(payload as (typeof seen)[number]);
    });
    const file = await upload(core, ['TAYLOR EMMA']);
    await value(core, 'notifications.attachProof', { notificationId: id, fileId: file.fileId });
    expect(seen.map((p) => [p.done, p.total])).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    expect(seen[0]!.method).toBe('notifications.attachProof');
  });
});
