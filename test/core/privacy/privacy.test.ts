import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type {
  AttachProofResult,
  CheckInResult,
  EraseResult,
  ErasePlan,
  GuestExport,
  RetentionPreview,
  StayPrivacy,
  Statistics,
} from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { monthsBefore } from '../../../electron/core/services/privacy-service';
import { pdfText } from '../../../electron/core/files/pdf-text';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';

let clock = new Date('2025-01-10T06:00:00Z');
const at = (iso: string) => {
  clock = new Date(iso);
};

function newCore(dbFile = ':memory:'): Core {
  clock = new Date('2025-01-10T06:00:00Z');
  return createCore({ dbFile, now: () => clock });
}

/** Checks a guest in on a day, files the notice with a proof PDF, and checks out a few days on. */
async function pastStay(
  core: Core,
  surname: string,
  citizenship: string,
  day: string,
  outDay: string,
  proof = false,
  file = true,
): Promise<{ stayId: number; guestId: number }> {
  at(`${day}T08:00:00Z`);
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname, citizenship, phone: '+7 700 000 00 00' })], {
      checkInAt: `${day}T10:00:00+05:00`,
      plannedCheckOut: outDay,
    }),
  );
  const stay = stays[0]!;
  if (proof) {
    // A corrected phone number: the audit keeps before and after beside the chain.
    const { id: _id, ...document } = stay.document!;
    await value(core, 'stays.update', {
      stayId: stay.stayId,
      person: { ...stay.person, phone: '+7 701 111 11 11' },
      document,
      checkInAt: stay.checkInAt,
      plannedCheckOut: outDay,
      purposeCode: stay.purposeCode ?? '11',
      visaNumber: '',
      entryDate: null,
    });
  }
  const notice = stay.notices[0];
  if (notice && file) {
    await value(core, 'notifications.markFiled', {
      notificationId: notice.id,
      portal: 'eqonaq',
      filedAt: `${day}T12:00:00+05:00`,
      reference: 'R-1',
    });
    if (proof) {
      const file = core.files.put(
        await makePdf(['УВЕДОМЛЕНИЕ', `${surname} PETR ${stay.document!.number}`]),
        'notice.pdf',
        'application/pdf',
      );
      const r = await value<AttachProofResult>(core, 'notifications.attachProof', {
        notificationId: notice.id,
        fileId: file.fileId,
      });
      expect(r.attached).toBe(true);
    }
  }
  at(`${outDay}T06:00:00Z`);
  await value(core, 'stays.checkOut', { stayId: stay.stayId, at: `${outDay}T11:00:00+05:00` });
  return { stayId: stay.stayId, guestId: stay.guestId };
}

const personalLeft = (core: Core, guestId: number) =>
  core.db
    .prepare('SELECT count(*) FROM audit_personal WHERE guest_id = ? AND data IS NOT NULL')
    .pluck()
    .get(guestId) as number;

describe('retention of personal data', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('counts the months back from today, the 31st becoming the month’s last day', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-23', 12)).toBe('2025-03-23');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('is off by default and only the saved period is purged', async () => {
    core = newCore();
    expect(await value(core, 'privacy.settings')).toEqual({ months: null });
    await value(core, 'privacy.setRetention', { months: 24 });
    const r = await core.call('privacy.purge', { months: 12 });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  // In memory the purge runs in batches on the desk's thread; on a file, in the core's worker
  // thread with its own connection (issue 21). The same guarantees hold in both.
  it.each([
    ['in memory, on the desk thread', false],
    ['in a file, in the worker thread', true],
  ])(
    'purges exactly what the preview counted (%s); the chain verifies and the statistics hold',
    async (_where, inFile) => {
      const tmp = tempDir();
      onTestFinished(() => {
        core?.close();
        tmp.cleanup();
      });
      core = newCore(inFile ? tmp.file('tirkeu.db') : ':memory:');
      const aliev = await pastStay(core, 'ALIEV', 'RUS', '2025-01-13', '2025-01-16', true);
      const bekov = await pastStay(core, 'BEKOV', 'CHN', '2025-02-10', '2025-02-14', true);
      // Past the cutoff but still owed (issue 19): a notice never filed, a filing without its PDF.
      const unfiled = await pastStay(core, 'OWED', 'CHN', '2025-01-20', '2025-01-22', false, false);
      const noProof = await pastStay(core, 'NOPROOF', 'CHN', '2025-02-03', '2025-02-05');
      // Ended within the period: kept.
      const chen = await pastStay(core, 'CHEN', 'CHN', '2025-12-01', '2025-12-05');
      at('2026-03-23T06:00:00Z');
      // Staying now: kept.
      await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'DOSOV' })]));
      const range = { from: '2025-01-01', to: '2026-03-31' };
      const statsBefore = await value<Statistics>(core, 'reports.statistics', range);

      await value(core, 'privacy.setRetention', { months: 12 });
      const preview = await value<RetentionPreview>(core, 'privacy.preview', { months: 12 });
      expect(preview).toEqual({
        months: 12,
        cutoff: '2025-03-23',
        guests: 2,
        stays: 2,
        proofs: 2,
        oldest: '2025-01-16',
        newest: '2025-02-14',
        kept: {
          count: 2,
          listed: [
            {
              guestId: unfiled.guestId,
              stayId: unfiled.stayId,
              surname: 'OWED',
              givenNames: 'PETR',
              ended: '2025-01-22',
              reasons: ['notice_unfiled'],
            },
            {
              guestId: noProof.guestId,
              stayId: noProof.stayId,
              surname: 'NOPROOF',
              givenNames: 'PETR',
              ended: '2025-02-05',
              reasons: ['proof_missing'],
            },
          ],
        },
        // An in-memory database has no copies beside it (backup-expiry.test.ts has them).
        backupsExpiring: 0,
        backups: { copies: 0, goneBy: null },
      });
      const done = await value<RetentionPreview>(core, 'privacy.purge', { months: 12 });
      expect(done).toEqual(preview);

      expect(core.repos.audit.verify().ok).toBe(true);
      for (const g of [aliev, bekov]) {
        expect(core.repos.privacy.guest(g.guestId)).toMatchObject({
          surname: '',
          given_names: '',
          birth_date: null,
          phone: '',
          erased_at: '2026-03-23T06:00:00.000Z',
        });
        expect(personalLeft(core, g.guestId)).toBe(0);
        expect(core.repos.guests.documentsOf(g.guestId)).toEqual([]);
      }
      expect(core.repos.privacy.guest(chen.guestId)).toMatchObject({ surname: 'CHEN' });
      // What is still owed keeps its name and document: the notice can still be filed.
      expect(core.repos.privacy.guest(unfiled.guestId)).toMatchObject({ surname: 'OWED' });
      expect(core.repos.privacy.guest(noProof.guestId)).toMatchObject({ erased_at: null });
      expect(core.repos.guests.documentsOf(noProof.guestId)).toHaveLength(1);
      const proofBytes = core.db.prepare('SELECT length(bytes) FROM proofs').pluck().all();
      expect(proofBytes).toEqual([0, 0]);
      expect(await value<Statistics>(core, 'reports.statistics', range)).toEqual(statsBefore);
      const erasures = core.db
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'guest.erase'")
        .pluck()
        .get();
      expect(erasures).toBe(2);
      // Nothing is left for the same period but what is owed.
      expect(await value(core, 'privacy.preview', { months: 12 })).toMatchObject({
        guests: 0,
        kept: { count: 2 },
      });
    },
  );
});

describe('a guest’s data on request', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('exports every stay, notice, filing and audit entry as JSON and a PDF', async () => {
    core = newCore();
    const first = await pastStay(core, 'ALIEV', 'RUS', '2025-01-13', '2025-01-16', true);
    // The same person returns (same document): one guest, two stays.
    const second = await pastStay(core, 'ALIEV', 'RUS', '2025-06-02', '2025-06-05');
    expect(second.guestId).toBe(first.guestId);
    at('2026-03-23T06:00:00Z');
    const out = await value<GuestExport>(core, 'guests.exportData', {
      guestId: first.guestId,
      language: 'kk',
    });
    expect(out.stays).toBe(2);
    const data = JSON.parse(Buffer.from(core.files.bytes(out.json.fileId)).toString('utf8'));
    expect(data.guest).toMatchObject({ surname: 'ALIEV', citizenship: 'RUS' });
    expect(data.stays.map((s: { id: number }) => s.id)).toEqual([first.stayId, second.stayId]);
    expect(data.notices).toHaveLength(2);
    expect(data.filings).toHaveLength(2);
    expect(data.proofs).toHaveLength(1);
    const actions = data.audit.map((a: { action: string }) => a.action);
    expect(actions.filter((a: string) => a === 'stay.check_in')).toHaveLength(2);
    const text = await pdfText(core.files.bytes(out.pdf.fileId));
    expect(text).toContain('ALIEV');
    expect(text).toContain('Тұрулар (2)');
    // The export itself is audited, about that guest.
    const audited = core.repos.audit.browse({ guestId: first.guestId, limit: 1 });
    expect(audited[0]).toMatchObject({
      action: 'job.done',
      details: { method: 'guests.exportData' },
    });
  });

  it('erases a guest only with the surname typed, never while staying', async () => {
    core = newCore();
    at('2026-03-23T06:00:00Z');
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'DOSOV' })]),
    );
    const guestId = stays[0]!.guestId;
    const wrong = await core.call('guests.erase', { guestId, confirm: 'DOS', reason: 'request' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ field: 'confirm', code: 'privacy.confirm_mismatch' }] },
    });
    const staying = await core.call('guests.erase', { guestId, confirm: 'dosov', reason: 'x' });
    expect(staying).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'privacy.guest_active' }] },
    });
    expect(core.repos.privacy.guest(guestId)).toMatchObject({ surname: 'DOSOV' });
  });

  it('warns that a notice is still owed and erases only when asked again', async () => {
    core = newCore();
    const g = await pastStay(core, 'OWED', 'CHN', '2025-01-13', '2025-01-16', false, false);
    at('2026-03-23T06:00:00Z');
    const plan = await value<ErasePlan>(core, 'guests.erasePlan', { guestId: g.guestId });
    expect(plan.owed).toEqual([
      expect.objectContaining({ stayId: g.stayId, reason: 'notice_unfiled' }),
    ]);
    const input = { guestId: g.guestId, confirm: 'OWED', reason: 'Written request' };
    const first = await core.call('guests.erase', input);
    expect(first).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'owedConfirmed', code: 'privacy.guest_owed' }] },
    });
    expect(core.repos.privacy.guest(g.guestId)).toMatchObject({ surname: 'OWED' });
    await value<EraseResult>(core, 'guests.erase', { ...input, owedConfirmed: true });
    expect(core.repos.privacy.guest(g.guestId)).toMatchObject({ surname: '' });
    // The trail says what was left owed.
    expect(core.repos.audit.browse({ guestId: g.guestId, limit: 1 })[0]).toMatchObject({
      action: 'guest.erase',
      details: { owed: [plan.owed[0]!.notificationId] },
    });
  });

  it('erases names, documents and proofs; the stays stay, anonymous, and the chain verifies', async () => {
    core = newCore();
    const g = await pastStay(core, 'ALIEV', 'RUS', '2025-01-13', '2025-01-16', true);
    at('2026-03-23T06:00:00Z');
    const staysBefore = core.db.prepare('SELECT count(*) FROM stays').pluck().get();
    expect(personalLeft(core, g.guestId)).toBeGreaterThan(0);
    const r = await value<EraseResult>(core, 'guests.erase', {
      guestId: g.guestId,
      confirm: ' aliev ',
      reason: 'Written request of 20.03.2026',
    });
    expect(r).toMatchObject({ guestId: g.guestId, stays: 1, proofs: 1 });
    expect(r.auditRows).toBeGreaterThan(0);
    expect(personalLeft(core, g.guestId)).toBe(0);
    expect(core.repos.audit.verify()).toMatchObject({ ok: true, firstBadRow: null });
    expect(core.db.prepare('SELECT count(*) FROM stays').pluck().get()).toBe(staysBefore);
    expect(core.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT length(bytes) FROM proofs').pluck().get()).toBe(0);
    const stay = await value<StayPrivacy>(core, 'privacy.stay', { stayId: g.stayId });
    expect(stay).toMatchObject({
      erasedAt: '2026-03-23T06:00:00.000Z',
      consentBy: 'Tirkeu command line',
    });
    const entry = core.repos.audit.browse({ guestId: g.guestId, limit: 1 })[0];
    expect(entry).toMatchObject({
      action: 'guest.erase',
      details: { basis: 'request', note: 'Written request of 20.03.2026', proofs: 1 },
    });
    // Erased once: a second request finds nothing to erase.
    const again = await core.call('guests.erase', {
      guestId: g.guestId,
      confirm: '',
      reason: 'again',
    });
    expect(again.ok).toBe(false);
  });

  it('shows the consent of a stay: when, who took it and in which language', async () => {
    core = newCore();
    at('2026-03-23T06:00:00Z');
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'DOSOV' })], { consentLanguage: 'kk' }),
    );
    expect(await value(core, 'privacy.stay', { stayId: stays[0]!.stayId })).toEqual({
      guestId: stays[0]!.guestId,
      consentAt: '2026-03-23T06:00:00.000Z',
      consentLanguage: 'kk',
      consentBy: 'Tirkeu command line',
      erasedAt: null,
    });
  });
});
