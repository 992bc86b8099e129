import { afterEach, describe, expect, it } from 'vitest';
import type {
  BoardView,
  CheckInResult,
  FilingView,
  NotificationCounts,
  NoticeView,
} from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { value } from '../../helpers/core';
import { seedDemo } from '../../../electron/core/demo/seed-demo';

// Friday 20 March 2026, 11:00 in Astana. A check-in that day is due Fri 27 March (Nauryz
// holidays 21–25 March skipped, domain.md §2).
const FRI_20 = new Date('2026-03-20T06:00:00Z');

function clockCore(start: Date): { core: Core; set: (d: Date | string) => void } {
  let now = start;
  const core = createCore({ dbFile: ':memory:', now: () => now });
  return { core, set: (d) => (now = new Date(d)) };
}

const hotel = (core: Core, businessSize = 'small') =>
  value(core, 'hotel.save', {
    name: 'Saryarqa',
    bin: '',
    address: 'Astana, Qabanbai Batyr Ave 11',
    region: '',
    businessSize,
  });

async function checkIn(
  core: Core,
  guests = [guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' })],
  extra = {},
) {
  const r = await value<CheckInResult>(core, 'stays.checkIn', checkInInput(guests, extra));
  return r.stays;
}

const audit = (core: Core) =>
  core.db.prepare('SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    action: string;
    details: string;
  };
const stateOf = async (core: Core, id: number) =>
  (await value<FilingView>(core, 'notifications.filing', { notificationId: id })).state;

describe('filing states', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('go owed → in progress (checklist saved per portal) → filed, proof missing', async () => {
    ({ core } = clockCore(FRI_20));
    const [stay] = await checkIn(core);
    const id = stay!.notices[0]!.id;
    expect(await stateOf(core, id)).toBe('owed');

    const saved = await value(core, 'notifications.saveProgress', {
      notificationId: id,
      portal: 'eqonaq',
      done: ['sign_in', 'add_guest'],
    });
    expect(saved).toEqual({ state: 'in_progress', done: ['sign_in', 'add_guest'] });
    expect(audit(core).action).toBe('notification.progress');
    const view = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
    expect(view).toMatchObject({
      state: 'in_progress',
      portal: 'eqonaq',
      done: ['sign_in', 'add_guest'],
    });
    // Another portal's checklist is its own.
    expect(
      (await value<FilingView>(core, 'notifications.filing', { notificationId: id, portal: 'vmp' }))
        .done,
    ).toEqual([]);

    const filed = await value<NoticeView>(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: 'EQ-1',
    });
    expect(filed.state).toBe('filed');
    expect(await stateOf(core, id)).toBe('filed_no_proof');
    expect(JSON.parse(audit(core).details)).toMatchObject({ onTime: true, lateWorkingDays: 0 });
  });

  it('unchecking every step goes back to owed; an unknown step is refused', async () => {
    ({ core } = clockCore(FRI_20));
    const id = (await checkIn(core))[0]!.notices[0]!.id;
    await value(core, 'notifications.saveProgress', {
      notificationId: id,
      portal: 'vmp',
      done: ['sign_in'],
    });
    await value(core, 'notifications.saveProgress', {
      notificationId: id,
      portal: 'vmp',
      done: [],
    });
    expect(await stateOf(core, id)).toBe('owed');
    const bad = await core.call('notifications.saveProgress', {
      notificationId: id,
      portal: 'eqonaq',
      done: ['sign_eds'],
    });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ code: 'filing.unknown_step' }] } });
  });

  it('"accepted but no PDF" keeps the notice owed and its deadline running, until filed again', async () => {
    ({ core } = clockCore(FRI_20));
    const id = (await checkIn(core))[0]!.notices[0]!.id;
    const n = await value<NoticeView>(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
      outcome: 'no_pdf',
    });
    expect(n).toMatchObject({ state: 'pending', status: { kind: 'not_due' } });
    expect(await stateOf(core, id)).toBe('no_pdf');
    expect(audit(core).action).toBe('notification.accepted_no_pdf');
    // The reminder to file again comes whatever the deadline.
    const reminders = await value<{ noPdf: Array<{ notificationId: number }> }>(
      core,
      'notifications.reminders',
    );
    expect(reminders.noPdf.map((r) => r.notificationId)).toEqual([id]);
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:30:00+05:00',
      reference: '',
    });
    expect(await stateOf(core, id)).toBe('filed_no_proof');
  });

  it('undo needs a reason, is audited and returns the notice to where it was', async () => {
    ({ core } = clockCore(FRI_20));
    const id = (await checkIn(core))[0]!.notices[0]!.id;
    await value(core, 'notifications.saveProgress', {
      notificationId: id,
      portal: 'eqonaq',
      done: ['sign_in'],
    });
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    const noReason = await core.call('notifications.undoFiling', {
      notificationId: id,
      reason: '',
    });
    expect(noReason).toMatchObject({ ok: false, error: { issues: [{ code: 'reason.required' }] } });
    const back = await value<NoticeView>(core, 'notifications.undoFiling', {
      notificationId: id,
      reason: 'marked for the wrong guest',
    });
    expect(back.state).toBe('pending');
    expect(await stateOf(core, id)).toBe('in_progress');
    expect(JSON.parse(audit(core).details)).toMatchObject({ reason: 'marked for the wrong guest' });
    const view = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
    expect(view.filings).toHaveLength(1);
    expect(view.filings[0]).toMatchObject({ voidReason: 'marked for the wrong guest' });
    const again = await core.call('notifications.undoFiling', {
      notificationId: id,
      reason: 'twice',
    });
    expect(again).toMatchObject({ ok: false, error: { issues: [{ code: 'filing.not_filed' }] } });
  });

  it('a correction of the filing time recomputes lateness and keeps before and after', async () => {
    const clock = clockCore(FRI_20);
    core = clock.core;
    const id = (await checkIn(core))[0]!.notices[0]!.id;
    clock.set('2026-04-02T06:00:00Z');
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'eqonaq',
      filedAt: '2026-03-27T12:00:00+05:00',
      reference: '',
    });
    await value(core, 'notifications.correctFiling', {
      notificationId: id,
      reason: 'it was filed on Tuesday, not Friday',
      filedAt: '2026-03-31T12:00:00+05:00',
    });
    const details = JSON.parse(audit(core).details) as Record<string, unknown>;
    expect(details).toMatchObject({
      before: { filedAt: '2026-03-27T07:00:00.000Z' },
      after: { filedAt: '2026-03-31T07:00:00.000Z' },
      lateWorkingDays: 2,
    });
    const same = await core.call('notifications.correctFiling', {
      notificationId: id,
      reason: 'no change at all',
      filedAt: '2026-03-31T12:00:00+05:00',
    });
    expect(same).toMatchObject({ ok: false, error: { issues: [{ code: 'filing.no_change' }] } });
  });

  it('order-923 tasks are completed, not filed on a portal', async () => {
    ({ core } = clockCore(new Date('2026-07-10T06:00:00Z')));
    const [stay] = await checkIn(
      core,
      [
        guestEntry(
          { surname: 'SMIRNOV', givenNames: 'IVAN', citizenship: 'RUS' },
          { entryDate: '2026-07-09' },
        ),
      ],
      { checkInAt: '2026-07-10T11:00:00+05:00', plannedCheckOut: '2026-07-20' },
    );
    const task = stay!.notices.find((n) => n.kind === 'host_confirmation')!;
    expect(task).toBeDefined();
    const wrong = await core.call('notifications.markFiled', {
      notificationId: task.id,
      portal: 'eqonaq',
      filedAt: '2026-07-10T11:00:00+05:00',
      reference: '',
    });
    expect(wrong).toMatchObject({ ok: false, error: { issues: [{ code: 'filing.not_owed' }] } });
    const done = await value<NoticeView>(core, 'notifications.completeTask', {
      notificationId: task.id,
      doneAt: '2026-07-10T11:00:00+05:00',
      note: 'confirmed in eGov',
    });
    expect(done.state).toBe('filed');
    expect(audit(core)).toMatchObject({ action: 'notification.task_done' });
    const host = stay!.notices.find((n) => n.kind === 'host_notice')!;
    const notTask = await core.call('notifications.completeTask', {
      notificationId: host.id,
      doneAt: '2026-07-10T11:00:00+05:00',
      note: '',
    });
    expect(notTask).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'filing.not_a_task' }] },
    });
  });
});

describe('lateness and the fine it exposes the hotel to', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('records a late filing in working days and shows the owner the Art. 518 fine', async () => {
    const clock = clockCore(FRI_20);
    core = clock.core;
    await hotel(core, 'medium');
    const id = (await checkIn(core))[0]!.notices[0]!.id;
    // Due Fri 27 March; filed Wed 1 April: Mon 30, Tue 31, Wed 1 are three working days late.
    clock.set('2026-04-01T06:00:00Z');
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'vmp',
      filedAt: '2026-04-01T10:00:00+05:00',
      reference: '',
    });
    expect(JSON.parse(audit(core).details)).toMatchObject({ onTime: false, lateWorkingDays: 3 });
    const view = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
    expect(view.filings[0]!.lateWorkingDays).toBe(3);
    expect(view.lateness).toMatchObject({
      workingDays: 3,
      businessSize: 'medium',
      lateInYear: 1,
      article48: false,
      // Part 1, medium business: 15 MCI × 4,325 ₸ (2026).
      fine: { mci: 15, tenge: 64875, warningOnly: false },
    });
  });

  it('a filing on the Saturday after a Friday deadline is late by one', async () => {
    const clock = clockCore(FRI_20);
    core = clock.core;
    const id = (await checkIn(core))[0]!.notices[0]!.id;
    clock.set('2026-03-28T06:00:00Z');
    await value(core, 'notifications.markFiled', {
      notificationId: id,
      portal: 'eqonaq',
      filedAt: '2026-03-28T10:00:00+05:00',
      reference: '',
    });
    expect(JSON.parse(audit(core).details)).toMatchObject({ lateWorkingDays: 1 });
  });

  it('a second late notice within a year is exposed to part 3 and raises the Art. 48 warning', async () => {
    const clock = clockCore(FRI_20);
    core = clock.core;
    const [a] = await checkIn(core);
    const [b] = await checkIn(
      core,
      [guestEntry({ surname: 'BROWN', givenNames: 'ANN', citizenship: 'GBR' })],
      { room: '301' },
    );
    clock.set('2026-04-01T06:00:00Z');
    await value(core, 'notifications.markFiled', {
      notificationId: a!.notices[0]!.id,
      portal: 'eqonaq',
      filedAt: '2026-04-01T10:00:00+05:00',
      reference: '',
    });
    const open = await value<FilingView>(core, 'notifications.filing', {
      notificationId: b!.notices[0]!.id,
    });
    expect(open.lateness).toMatchObject({
      lateInYear: 2,
      article48: true,
      fine: { mci: 40 },
    });
  });
});

describe('the board', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('groups every unproven notice, departed guests included, sorted by deadline, with counts', async () => {
    const clock = clockCore(new Date('2026-03-16T06:00:00Z'));
    core = clock.core;
    await hotel(core);
    // Mon 16 March: due Wed 18. Checked out, never filed.
    const [gone] = await checkIn(
      core,
      [guestEntry({ surname: 'GONE', givenNames: 'AWAY', citizenship: 'DEU' })],
      {
        room: '101',
        checkInAt: '2026-03-16T10:00:00+05:00',
        plannedCheckOut: '2026-03-17',
      },
    );
    clock.set('2026-03-17T06:00:00Z');
    await value(core, 'stays.checkOut', { stayId: gone!.stayId, at: '2026-03-17T11:00:00+05:00' });
    // Thu 19 March (due Thu 26: 19, 20, 26).
    clock.set('2026-03-19T06:00:00Z');
    await checkIn(core, [guestEntry({ surname: 'LATER', givenNames: 'ONE', citizenship: 'FRA' })], {
      room: '102',
      checkInAt: '2026-03-19T10:00:00+05:00',
    });
    // Fri 20 March: the one due Fri 27.
    clock.set('2026-03-20T06:00:00Z');
    const [filed] = await checkIn(
      core,
      [guestEntry({ surname: 'FILED', givenNames: 'NOPDF', citizenship: 'ITA' })],
      {
        room: '103',
      },
    );
    await value(core, 'notifications.markFiled', {
      notificationId: filed!.notices[0]!.id,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    // Today Thu 26 March (Nauryz over): GONE overdue, LATER due today, FILED filed without proof.
    clock.set('2026-03-26T06:00:00Z');
    const [next] = await checkIn(
      core,
      [guestEntry({ surname: 'NEXT', givenNames: 'DAY', citizenship: 'ESP' })],
      { room: '104', checkInAt: '2026-03-24T10:00:00+05:00' },
    );
    const board = await value<BoardView>(core, 'notifications.board', {});
    const groups = Object.fromEntries(board.groups.map((g) => [g.group, g.count]));
    expect(groups).toEqual({
      overdue: 1,
      due_today: 1,
      due_next: 0,
      later: 1,
      filed_no_proof: 1,
      needs_data: 0,
    });
    expect(board.rows.map((r) => [r.surname, r.group])).toEqual([
      ['GONE', 'overdue'],
      ['LATER', 'due_today'],
      ['FILED', 'filed_no_proof'],
      ['NEXT', 'later'],
    ]);
    expect(board.rows[0]).toMatchObject({ stayStatus: 'checked_out', status: { kind: 'overdue' } });
    expect(next).toBeDefined();
    const counts = await value<NotificationCounts>(core, 'notifications.counts');
    expect(counts).toMatchObject({ overdue: 1, dueToday: 1, urgent: 2, total: 4 });
    const byRoom = await value<BoardView>(core, 'notifications.board', { room: '101' });
    expect(byRoom.rows.map((r) => r.surname)).toEqual(['GONE']);
    expect(byRoom.rooms).toEqual(['101', '102', '103', '104']);
  });

  it('"needs data" names what the chosen portal asks for and the guest lacks', async () => {
    ({ core } = clockCore(FRI_20));
    await hotel(core);
    const entry = guestEntry({ surname: 'NOISSUE', givenNames: 'DATE', citizenship: 'GBR' });
    entry.document = { ...entry.document!, issueDate: null };
    await checkIn(core, [entry]);
    const eq = await value<BoardView>(core, 'notifications.board', { portal: 'eqonaq' });
    expect(eq.rows[0]).toMatchObject({ group: 'needs_data', missing: ['issueDate'] });
    // VMP does not ask for the date of issue.
    const vmp = await value<BoardView>(core, 'notifications.board', { portal: 'vmp' });
    expect(vmp.rows[0]).toMatchObject({ group: 'later', missing: [] });
  });

  it("order-923 tasks are rows of their own beside the host's notice", async () => {
    ({ core } = clockCore(new Date('2026-07-10T06:00:00Z')));
    await checkIn(
      core,
      [
        guestEntry(
          { surname: 'SMIRNOV', givenNames: 'IVAN', citizenship: 'RUS' },
          { entryDate: '2026-07-09' },
        ),
      ],
      { checkInAt: '2026-07-10T11:00:00+05:00', plannedCheckOut: '2026-07-20' },
    );
    const board = await value<BoardView>(core, 'notifications.board', {});
    expect(board.rows.map((r) => r.kind).sort()).toEqual([
      'guest_self_registration',
      'host_confirmation',
      'host_notice',
    ]);
  });
});

describe('a family on VMP', () => {
  let core: Core;
  afterEach(() => core?.close());

  it("lists the children on the parent's document and files them in the same filing", async () => {
    ({ core } = clockCore(FRI_20));
    const parent = guestEntry({
      surname: 'TAYLOR',
      givenNames: 'EMMA',
      citizenship: 'GBR',
      sex: 'F',
    });
    const child = guestEntry(
      {
        surname: 'TAYLOR',
        givenNames: 'LILY',
        citizenship: 'GBR',
        birthDate: '2019-05-02',
        sex: 'F',
      },
      { document: null, onDocumentOf: 0 },
    );
    const stays = await checkIn(core, [parent, child]);
    const parentNotice = stays[0]!.notices[0]!.id;
    const childNotice = stays[1]!.notices[0]!.id;
    const view = await value<FilingView>(core, 'notifications.filing', {
      notificationId: parentNotice,
      portal: 'vmp',
    });
    expect(view.children).toHaveLength(1);
    expect(view.children[0]!.fields.find((f) => f.key === 'givenNames')!.value).toBe('LILY');
    expect(view.family).toEqual([
      expect.objectContaining({
        givenNames: 'LILY',
        onThisDocument: true,
        notificationId: childNotice,
      }),
    ]);
    // e-Qonaq has no children section.
    const eq = await value<FilingView>(core, 'notifications.filing', {
      notificationId: parentNotice,
      portal: 'eqonaq',
    });
    expect(eq.children).toEqual([]);
    await value(core, 'notifications.markFiled', {
      notificationId: parentNotice,
      portal: 'vmp',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: 'VMP-7',
      includeChildren: true,
    });
    expect(await stateOf(core, childNotice)).toBe('filed_no_proof');
    const childAudit = core.db
      .prepare(
        "SELECT details FROM audit_log WHERE action = 'notification.filed' AND entity_id = ?",
      )
      .get(String(childNotice)) as { details: string };
    expect(JSON.parse(childAudit.details)).toMatchObject({
      viaParent: parentNotice,
      reference: 'VMP-7',
    });
  });
});

describe('the counts read', () => {
  it('agrees with the board on the demo hotel', async () => {
    const now = new Date('2026-03-26T07:00:00Z');
    const core = createCore({ dbFile: ':memory:', now: () => now });
    try {
      await seedDemo(core, now);
      const board = await value<BoardView>(core, 'notifications.board', {});
      const counts = await value<NotificationCounts>(core, 'notifications.counts');
      const g = Object.fromEntries(board.groups.map((x) => [x.group, x.count]));
      expect(counts).toEqual({
        overdue: g.overdue,
        dueToday: g.due_today,
        dueNext: g.due_next,
        later: g.later,
        filedNoProof: g.filed_no_proof,
        needsData: g.needs_data,
        total: board.rows.length,
        urgent: g.overdue! + g.due_today!,
        stayLimit: board.stayLimits.length,
      });
      // The demo's departed guests with unfiled notices are on the board.
      expect(board.rows.some((r) => r.group === 'overdue' && r.stayStatus === 'checked_out')).toBe(
        true,
      );
    } finally {
      core.close();
    }
  }, 60_000);
});

describe('portal notes', () => {
  it('sends a check-in older than two days to VMP: e-Qonaq no longer takes it', async () => {
    const clock = clockCore(FRI_20);
    const core = clock.core;
    try {
      const id = (await checkIn(core))[0]!.notices[0]!.id;
      const today = await value<FilingView>(core, 'notifications.filing', {
        notificationId: id,
        portal: 'eqonaq',
      });
      expect(today.portalNotes).toEqual([]);
      clock.set('2026-03-26T06:00:00Z');
      const late = await value<FilingView>(core, 'notifications.filing', {
        notificationId: id,
        portal: 'eqonaq',
      });
      expect(late.portalNotes).toEqual(['eqonaq_check_in_too_old']);
      const vmp = await value<FilingView>(core, 'notifications.filing', {
        notificationId: id,
        portal: 'vmp',
      });
      expect(vmp.portalNotes).toEqual([]);
    } finally {
      core.close();
    }
  });

  it('opens a notice e-Qonaq cannot take on VMP, even when e-Qonaq is usual or was started', async () => {
    const clock = clockCore(FRI_20);
    const core = clock.core;
    try {
      const id = (await checkIn(core))[0]!.notices[0]!.id;
      const fresh = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
      expect([fresh.portal, fresh.usualPortal, fresh.closedPortals]).toEqual([
        'eqonaq',
        'eqonaq',
        [],
      ]);
      await value(core, 'notifications.saveProgress', {
        notificationId: id,
        portal: 'eqonaq',
        done: ['sign_in'],
      });
      clock.set('2026-03-26T06:00:00Z');
      const late = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
      expect(late.portal).toBe('vmp');
      expect(late.closedPortals).toEqual(['eqonaq']);
      expect(late.portalNotes).toEqual([]);
      // Once filed (on VMP, late), nothing is closed any more: there is nothing left to file.
      await value(core, 'notifications.markFiled', {
        notificationId: id,
        portal: 'vmp',
        filedAt: '2026-03-26T06:00:00Z',
        reference: '',
      });
      const filed = await value<FilingView>(core, 'notifications.filing', { notificationId: id });
      expect([filed.portal, filed.closedPortals, filed.state]).toEqual([
        'vmp',
        [],
        'filed_no_proof',
      ]);
    } finally {
      core.close();
    }
  });
});
