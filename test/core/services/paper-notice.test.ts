import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type {
  AttachProofResult,
  CheckInResult,
  FileRef,
  FilingView,
  RegisterView,
} from '../../../shared/contract';
import { PORTAL_STEPS } from '../../../shared/filing/portal-steps';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';

const NOW = new Date('2026-03-20T06:00:00Z');
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 2, 0, 0, 0,
]);

async function guest(core: Core): Promise<number> {
  await value(core, 'hotel.save', {
    name: 'Қонақ үйі «Сарыарқа»',
    bin: '000740000728',
    address: 'Астана қ., Сарыарқа даңғылы 12, 3-кіреберіс',
    region: 'KZ-71',
    businessSize: 'small',
  });
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' })]),
  );
  return stays[0]!.notices[0]!.id;
}

const pdfText = (bytes: Uint8Array): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paper-')), 'n.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('the paper notice, filed in person', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('prints the host and the guest in the portals’ order, in Russian and Kazakh, on one page', async () => {
    core = memoryCore(NOW);
    const id = await guest(core);
    const ref = await value<FileRef>(core, 'notifications.paperNotice', { notificationId: id });
    expect(ref).toMatchObject({ type: 'application/pdf', name: `paper-notice-${id}.pdf` });
    const bytes = core.files.bytes(ref.fileId);
    const text = pdfText(bytes);
    // Both languages' titles, the host, the guest and the date it was printed.
    expect(text).toContain('Уведомление о прибытии иностранца');
    expect(text).toContain('Шетелдіктің келгені туралы хабарлама');
    expect(text).toContain('000740000728');
    expect(text).toContain('Қонақ үйі «Сарыарқа»');
    expect(text).toContain('TAYLOR');
    expect(text).toContain('Дата / Күні: 20.03.2026');
    // e-Qonaq's order: the dates, the address, the first name before the surname, the document.
    const order = ['Дата заезда - выезда', 'Адрес прибывания', 'Имя / Аты', 'Фамилия / Тегі'];
    const at = order.map((label) => text.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // One A4 page: the signature line never lands alone on a second one.
    expect(text.split('\f').filter((p) => p.trim()).length).toBe(1);
  });

  it('files on paper with its own checklist, and takes a photo of the stamped copy as proof', async () => {
    core = memoryCore(NOW);
    const id = await guest(core);
    const view = await value<FilingView>(core, 'notifications.filing', {
      notificationId: id,
      portal: 'paper',
    });
    expect(view.steps).toEqual([...PORTAL_STEPS.paper]);
    await value(core, 'notifications.saveProgress', {
      notificationId: id,
      portal: 'paper',
      done: ['print_notice'],
    });
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'paper',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    // Not a scan: refused, in words of its own.
    const text = core.files.put(new TextEncoder().encode('hello'), 'a.txt', 'text/plain');
    const refused = await core.call('notifications.attachProof', {
      notificationId: id,
      fileId: text.fileId,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'file.not_scan' } });

    const photo = core.files.put(PNG, 'IMG_0042.png', 'image/png');
    const r = await value<AttachProofResult>(core, 'notifications.attachProof', {
      notificationId: id,
      fileId: photo.fileId,
    });
    // Nothing to match on a photo: attached without asking, under a name of its own.
    expect(r).toMatchObject({ attached: true, proof: { name: `notice-${id}.png` } });
    if (!r.attached) throw new Error('not attached');
    const again = await value<FileRef>(core, 'notifications.proofFile', { proofId: r.proof.id });
    expect(again).toMatchObject({ type: 'image/png', size: PNG.byteLength });
    const after = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
    expect(after.state).toBe('proven');
    const register = await value<RegisterView>(core, 'reports.register', {
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(register.rows[0]).toMatchObject({ portal: 'paper', proof: 'stamped' });
  });

  it('reads a scanned PDF only for its pages: no text needed, no pages refused', async () => {
    core = memoryCore(NOW);
    const id = await guest(core);
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'paper',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    const broken = core.files.put(
      new TextEncoder().encode('%PDF-1.7\n%%EOF'),
      's.pdf',
      'application/pdf',
    );
    const no = await core.call('notifications.attachProof', {
      notificationId: id,
      fileId: broken.fileId,
    });
    expect(no.ok).toBe(false);
    // A PDF that names nobody (a scan has no text) is still the stamped copy.
    const scan = core.files.put(await makePdf(['']), 'scan.pdf', 'application/pdf');
    const r = await value<AttachProofResult>(core, 'notifications.attachProof', {
      notificationId: id,
      fileId: scan.fileId,
    });
    expect(r).toMatchObject({ attached: true, proof: { name: `notice-${id}.pdf` } });
  });

  it('a portal’s filing still needs its PDF, not a photo', async () => {
    core = memoryCore(NOW);
    const id = await guest(core);
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'vmp',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    const photo = core.files.put(PNG, 'x.png', 'image/png');
    const r = await core.call('notifications.attachProof', {
      notificationId: id,
      fileId: photo.fileId,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'file.not_pdf' } });
  });
});
