import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { CheckInResult, MovedNotice, StayDetail } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

describe('the notices a stay owes', () => {
  let core: Core;
  afterEach(() => core?.close());

  const checkIn = async (
    checkInAt: string,
    citizenship: string,
    entryDate: string | null,
  ): Promise<StayDetail> =>
    (
      await value<CheckInResult>(
        core,
        'stays.checkIn',
        checkInInput([guestEntry({ citizenship }, { entryDate })], {
          checkInAt,
          plannedCheckOut: null,
        }),
      )
    ).stays[0]!;

  const edit = (stay: StayDetail, change: { entryDate?: string | null; checkInAt?: string }) => {
    const { id: _id, ...document } = stay.document!;
    return value<StayDetail>(core, 'stays.update', {
      stayId: stay.stayId,
      person: stay.person,
      document,
      checkInAt: change.checkInAt ?? stay.checkInAt,
      plannedCheckOut: stay.plannedCheckOut,
      purposeCode: stay.purposeCode,
      visaNumber: stay.visaNumber,
      entryDate: change.entryDate === undefined ? stay.entryDate : change.entryDate,
    });
  };

  it('gives the order No. 923 tasks once per stay: a return owes only a new host notice', async () => {
    core = memoryCore(new Date('2026-07-20T06:00:00Z'));
    const stay = await checkIn('2026-07-01T12:00:00+05:00', 'RUS', '2026-06-28');
    await value(core, 'stays.markAbsent', { stayId: stay.stayId, at: '2026-07-05T09:00:00+05:00' });
    const back = await value<StayDetail>(core, 'stays.markReturned', {
      stayId: stay.stayId,
      at: '2026-07-09T20:00:00+05:00',
    });
    expect(back.notices.map((n) => [n.event, n.kind])).toEqual([
      ['check_in', 'host_notice'],
      ['check_in', 'guest_self_registration'],
      ['check_in', 'host_confirmation'],
      ['return', 'host_notice'],
    ]);
  });

  it('never tells a guest who entered two months ago a registration date already past', async () => {
    core = memoryCore(new Date('2026-09-14T06:00:00Z'));
    // Mon 14 Sep 2026; entered 10 Jul, so entry + 30 (9 Aug) passed a month before check-in.
    const stay = await checkIn('2026-09-14T10:00:00+05:00', 'KGZ', '2026-07-10');
    const own = stay.notices.find((n) => n.kind === 'guest_self_registration')!;
    // domain.md §4: only the 5 working days of a change of address can apply.
    expect(own).toMatchObject({ dueDate: '2026-09-18', calendar: 'confirmed', status: {} });
    expect(own.status!.kind).toBe('not_due');
  });

  it('moves the guest’s date to entry + 30 when a corrected entry date makes that the earlier', async () => {
    core = memoryCore(new Date('2026-07-03T06:00:00Z'));
    const stay = await checkIn('2026-07-03T10:00:00+05:00', 'RUS', '2026-07-01');
    const own = () => edited.notices.find((n) => n.kind === 'guest_self_registration')!;
    let edited = stay;
    expect(own().dueDate).toBe('2026-07-10');
    edited = await edit(stay, { entryDate: '2026-06-05' });
    expect(own()).toMatchObject({ dueDate: '2026-07-05', calendar: null });
  });

  it('refreshes a stale provisional mark on an edit even when the date stays', async () => {
    core = memoryCore(new Date('2026-04-06T06:00:00Z'));
    const stay = await checkIn('2026-04-06T10:00:00+05:00', 'DEU', null);
    expect(stay.notices[0]).toMatchObject({ dueDate: '2026-04-08', calendar: 'confirmed' });
    // As an older Tirkeu or an older calendar left it: the right date under a wrong mark.
    core.db.prepare("UPDATE notifications SET calendar_status = 'provisional'").run();
    const edited = await edit(stay, { entryDate: '2026-04-01' });
    expect(edited.notices[0]).toMatchObject({ dueDate: '2026-04-08', calendar: 'confirmed' });
  });

  it('moves the guest’s own date with a calendar change when working days decide it', async () => {
    core = memoryCore(new Date('2026-07-15T06:00:00Z'));
    // Wed 15 Jul, entered 10 Jul: 5 working days end Tue 21 Jul, before entry + 30 (9 Aug).
    const stay = await checkIn('2026-07-15T10:00:00+05:00', 'RUS', '2026-07-10');
    const change = { date: '2026-07-16', working: false, source: 'Order No. 7' };
    const moved = await value<MovedNotice[]>(core, 'calendar.previewOverride', change);
    expect(moved.map((m) => [m.kind, m.dueDate, m.newDueDate])).toEqual([
      ['host_notice', '2026-07-17', '2026-07-20'],
      ['guest_self_registration', '2026-07-21', '2026-07-22'],
    ]);
    await value(core, 'calendar.saveOverride', change);
    const after = await value<StayDetail>(core, 'stays.get', { stayId: stay.stayId });
    expect(after.notices.map((n) => n.dueDate)).toEqual(['2026-07-20', '2026-07-22', null]);
  });
});
