import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { PublicContext } from '../../../electron/core/context';
import { contract, type StaffRole } from '../../../shared/contract';
import { memoryCore } from '../../helpers/core';
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
  'staff.current': 'RAO',
  'auth.signOut': 'RAO',
  'auth.changeSecret': 'RAO',
  'auth.lockSettings': 'RAO',
  'calendar.year': 'RAO',
  'rules.get': 'RAO',
  'deadlines.moved': 'RAO',
  'deadlines.dismissMoved': 'RAO',
  'documents.readMrzImage': 'RAO',
  'guests.match': 'RAO',
  'stays.checkIn': 'RAO',
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
  'notifications.completeTask': 'RAO',
  'notifications.guestSheet': 'RAO',
  'notifications.settings': 'RAO',
  'audit.status': 'RAO',
  'privacy.stay': 'RAO',

  'notifications.shiftReport': 'AO',
  'notifications.signShiftReport': 'AO',
  'history.search': 'AO',
  'history.options': 'AO',
  'reports.register': 'AO',
  'reports.statistics': 'AO',

  'hotel.save': 'O',
  'audit.list': 'O',
  'audit.browse': 'O',
  'audit.staff': 'O',
  'calendar.previewOverride': 'O',
  'calendar.previewRemoval': 'O',
  'calendar.saveOverride': 'O',
  'calendar.removeOverride': 'O',
  'calendar.confirmYear': 'O',
  'calendar.unconfirmYear': 'O',
  'rules.save': 'O',
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
  'guests.erase': 'O',
  'auth.saveLockSettings': 'O',
  'staff.list': 'O',
  'staff.create': 'O',
  'staff.update': 'O',
  'staff.deactivate': 'O',
  'staff.resetSecret': 'O',
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
