import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { PublicContext } from '../../../electron/core/context';
import {
  contract,
  type AttachProofResult,
  type CheckInResult,
  type StaffRole,
} from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';
import { signInAs } from '../../helpers/sessions';

/**
 * Who may call what (issue 11), written out here so a change to a role is a visible diff:
 * P = public (signed out too), R = receptionist, A = night auditor, O = owner.
 */
const TABLE: Record<string, string> = {
  'app.info': 'P',
  'settings.get': 'P',
  'setup.get': 'P',
  'setup.finish': 'P',
  'auth.signIn': 'P',
  'auth.session': 'P',
  'auth.staffList': 'P',

  'settings.setLanguage': 'RAO',
  'hotel.get': 'RAO',
  'places.list': 'RAO',
  'staff.current': 'RAO',
  'auth.signOut': 'RAO',
  'auth.changeSecret': 'RAO',
  'auth.lockSettings': 'RAO',
  'calendar.year': 'RAO',
  'calendar.pastProvisional': 'RAO',
  'rules.get': 'RAO',
  // The rule inputs a joined desk caches for its kept check-ins (issue 22).
  'rules.inputs': 'RAO',
  'deadlines.moved': 'RAO',
  'deadlines.dismissMoved': 'RAO',
  'documents.readMrzImage': 'RAO',
  'guests.match': 'RAO',
  'guests.earlierStays': 'RAO',
  'stays.checkIn': 'RAO',
  // A joined desk's own outbox (issue 22): every staff member's, as the check-in is.
  'outbox.list': 'RAO',
  'outbox.retry': 'RAO',
  'outbox.discard': 'RAO',
  'outbox.resolve': 'RAO',
  'stays.inHouse': 'RAO',
  'stays.get': 'RAO',
  'stays.update': 'RAO',
  'stays.changeRoom': 'RAO',
  'stays.extend': 'RAO',
  'stays.markAbsent': 'RAO',
  'stays.markReturned': 'RAO',
  'stays.checkOut': 'RAO',
  'stays.cancel': 'RAO',
  'notifications.board': 'RAO',
  'notifications.counts': 'RAO',
  'notifications.reminders': 'RAO',
  'notifications.filing': 'RAO',
  'notifications.markFiled': 'RAO',
  'notifications.saveProgress': 'RAO',
  'notifications.correctFiling': 'RAO',
  'notifications.undoFiling': 'RAO',
  'notifications.attachProof': 'RAO',
  'notifications.removeProof': 'RAO',
  'notifications.proofFile': 'RAO',
  'notifications.recordAttempt': 'RAO',
  'notifications.attemptScreenshot': 'RAO',
  'notifications.paperNotice': 'RAO',
  'notifications.completeTask': 'RAO',
  'notifications.guestSheet': 'RAO',
  'notifications.settings': 'RAO',
  'audit.status': 'RAO',
  'privacy.stay': 'RAO',
  'keys.status': 'RAO',

  'notifications.shiftReport': 'AO',
  'notifications.signShiftReport': 'AO',
  'history.search': 'AO',
  'history.options': 'AO',
  'reports.register': 'AO',
  'reports.statistics': 'AO',

  'hotel.save': 'O',
  'places.save': 'O',
  'places.remove': 'O',
  'audit.list': 'O',
  'audit.browse': 'O',
  'audit.staff': 'O',
  'calendar.previewOverride': 'O',
  'calendar.previewRemoval': 'O',
  'calendar.saveOverride': 'O',
  'calendar.removeOverride': 'O',
  'calendar.confirmYear': 'O',
  'calendar.unconfirmYear': 'O',
  'calendar.confirmDays': 'O',
  'rules.save': 'O',
  'rules.saveStayLimits': 'O',
  'notifications.saveSettings': 'O',
  'reports.export': 'O',
  'backup.list': 'O',
  'backup.create': 'O',
  'backup.restore': 'O',
  'backup.download': 'O',
  'backup.inspectFile': 'O',
  'backup.restoreFile': 'O',
  'privacy.settings': 'O',
  'privacy.setRetention': 'O',
  'privacy.preview': 'O',
  'privacy.purge': 'O',
  'guests.exportData': 'O',
  'guests.erasePlan': 'O',
  'guests.erase': 'O',
  'auth.saveLockSettings': 'O',
  'staff.list': 'O',
  'staff.create': 'O',
  'staff.update': 'O',
  'staff.deactivate': 'O',
  'staff.resetSecret': 'O',
  'keys.list': 'O',
  'keys.readCertificate': 'O',
  'keys.add': 'O',
  'keys.update': 'O',
  'keys.remove': 'O',
  'desks.status': 'O',
  'central.status': 'O',
  'desks.makeCertificate': 'O',
  'desks.saveSharing': 'O',
  'desks.addDesk': 'O',
  'desks.revoke': 'O',
};

const LETTER: Record<StaffRole, string> = { receptionist: 'R', auditor: 'A', owner: 'O' };
type Who = StaffRole | 'signed out';
const WHO: Who[] = ['signed out', 'receptionist', 'auditor', 'owner'];

const expected = (method: string, who: Who): string => {
  const rule = TABLE[method] ?? '?';
  if (rule === 'P') return 'allowed';
  if (who === 'signed out') return 'auth.required';
  return rule.includes(LETTER[who]) ? 'allowed' : 'auth.forbidden';
};

describe('roles on every contract method, through the dispatcher', () => {
  let core: Core;
  const ctx: Partial<Record<Who, PublicContext>> = {};
  beforeAll(async () => {
    core = memoryCore();
    ctx['signed out'] = core.contextFor(null);
    for (const role of ['receptionist', 'auditor', 'owner'] as const) {
      ctx[role] = core.contextFor((await signInAs(core, role)).token);
    }
  });
  afterAll(() => core.close());

  it('names every method of the contract in the table, and nothing else', () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(contract).sort());
  });

  it('allows and refuses each method for each role exactly as the table says', async () => {
    // Signing out last: it ends the session the other calls of that role use.
    const methods = Object.keys(contract).sort(
      (a, b) => Number(a === 'auth.signOut') - Number(b === 'auth.signOut'),
    );
    const seen: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const method of methods) {
      for (const who of WHO) {
        // An input no schema accepts: an allowed call stops at validation and changes nothing.
        const r = await core.dispatch(method, { notAField: 1 }, ctx[who]!);
        const code = r.ok ? 'ok' : r.error.code;
        seen[`${method} as ${who}`] =
          code === 'auth.required' || code === 'auth.forbidden' ? code : 'allowed';
        want[`${method} as ${who}`] = expected(method, who);
      }
    }
    expect(seen).toEqual(want);
  });
});

describe('a receptionist reads only the stays the desk still works on', () => {
  const NOW = new Date('2026-03-21T06:00:00Z');
  let core: Core;
  const ctx: Partial<Record<StaffRole, PublicContext>> = {};
  const stay: Record<'inHouse' | 'departedOwed' | 'departedProven', number> = {
    inHouse: 0,
    departedOwed: 0,
    departedProven: 0,
  };
  const proof: Record<'inHouse' | 'departedProven', number> = { inHouse: 0, departedProven: 0 };

  const checkIn = async (surname: string) => {
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname, givenNames: 'EMMA', citizenship: 'GBR' })]),
    );
    return { stayId: stays[0]!.stayId, noticeId: stays[0]!.notices[0]!.id, stay: stays[0]! };
  };
  const prove = async (surname: string, noticeId: number, doc: string) => {
    await value(core, 'notifications.markFiled', {
      notificationId: noticeId,
      portal: 'eqonaq',
      filedAt: '2026-03-20T16:00:00+05:00',
      reference: '',
    });
    const file = core.files.put(
      await makePdf([`${surname} EMMA ${doc}`]),
      'n.pdf',
      'application/pdf',
    );
    const r = await value<AttachProofResult>(core, 'notifications.attachProof', {
      notificationId: noticeId,
      fileId: file.fileId,
    });
    if (!r.attached) throw new Error('not attached');
    return r.proof.id;
  };
  const checkOut = (stayId: number) =>
    value(core, 'stays.checkOut', { stayId, at: '2026-03-21T10:00:00+05:00' });

  beforeAll(async () => {
    core = memoryCore(NOW);
    for (const role of ['receptionist', 'auditor', 'owner'] as const) {
      ctx[role] = core.contextFor((await signInAs(core, role)).token);
    }
    const a = await checkIn('ADAMS');
    stay.inHouse = a.stayId;
    proof.inHouse = await prove('ADAMS', a.noticeId, a.stay.document!.number);
    const b = await checkIn('BROWN');
    stay.departedOwed = b.stayId;
    await checkOut(b.stayId);
    const c = await checkIn('CLARK');
    stay.departedProven = c.stayId;
    proof.departedProven = await prove('CLARK', c.noticeId, c.stay.document!.number);
    await checkOut(c.stayId);
  });
  afterAll(() => core.close());

  const outcome = async (role: StaffRole, method: string, input: unknown) => {
    const r = await core.dispatch(method, input, ctx[role]!);
    return r.ok ? 'ok' : r.error.code;
  };

  it('opens a stay in house or with a notice still owed, and refuses a finished one', async () => {
    const seen: Record<string, string> = {};
    for (const role of ['receptionist', 'auditor', 'owner'] as const) {
      for (const [name, stayId] of Object.entries(stay)) {
        seen[`${name} as ${role}`] = await outcome(role, 'stays.get', { stayId });
      }
    }
    expect(seen).toEqual({
      'inHouse as receptionist': 'ok',
      'departedOwed as receptionist': 'ok',
      'departedProven as receptionist': 'auth.forbidden',
      'inHouse as auditor': 'ok',
      'departedOwed as auditor': 'ok',
      'departedProven as auditor': 'ok',
      'inHouse as owner': 'ok',
      'departedOwed as owner': 'ok',
      'departedProven as owner': 'ok',
    });
    expect(await outcome('receptionist', 'stays.get', { stayId: 9999 })).toBe('not_found');
  });

  it('hands out the proof PDFs of those stays only', async () => {
    const seen: Record<string, string> = {};
    for (const role of ['receptionist', 'auditor', 'owner'] as const) {
      for (const [name, proofId] of Object.entries(proof)) {
        seen[`${name} as ${role}`] = await outcome(role, 'notifications.proofFile', { proofId });
      }
    }
    expect(seen).toEqual({
      'inHouse as receptionist': 'ok',
      'departedProven as receptionist': 'auth.forbidden',
      'inHouse as auditor': 'ok',
      'departedProven as auditor': 'ok',
      'inHouse as owner': 'ok',
      'departedProven as owner': 'ok',
    });
    expect(await outcome('receptionist', 'notifications.proofFile', { proofId: 9999 })).toBe(
      'not_found',
    );
  });
});
