import { afterEach, describe, expect, it } from 'vitest';
import type { CheckInResult, InHouseRow, StayDetail } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

// Thursday 26 March 2026, 21:00 in Astana: after the guest's return.
const NOW = new Date('2026-03-26T16:00:00Z');

/** A guest who checked in on 20 March, left on the 21st and came back on the 26th. */
async function returnedGuest(core: Core): Promise<StayDetail> {
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ citizenship: 'CHN', surname: 'WANG', givenNames: 'LI' })]),
  );
  const stayId = stays[0]!.stayId;
  await value(core, 'stays.markAbsent', { stayId, at: '2026-03-21T09:00:00+05:00' });
  return value<StayDetail>(core, 'stays.markReturned', { stayId, at: '2026-03-26T20:00:00+05:00' });
}

const file = (core: Core, notificationId: number) =>
  value(core, 'notifications.markFiled', {
    notificationId,
    portal: 'eqonaq',
    filedAt: '2026-03-26T20:30:00+05:00',
    reference: '',
  });

const rowNotice = async (core: Core) =>
  (await value<InHouseRow[]>(core, 'stays.inHouse', {}))[0]!.notice;

describe('the notice an In house row shows', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('is the pending one due first, whatever order the notices were made in', async () => {
    core = memoryCore(NOW);
    const stay = await returnedGuest(core);
    const [arrival, back] = stay.notices;
    expect([arrival!.dueDate, back!.dueDate]).toEqual(['2026-03-27', '2026-03-30']);
    expect(await rowNotice(core)).toMatchObject({ id: arrival!.id, dueDate: '2026-03-27' });

    // The arrival notice now falls due after the return's (as an owner's calendar change can
    // make it): the row follows the due date, not the order of the events.
    const record = core.repos.notifications.ofStay(stay.stayId).find((n) => n.id === arrival!.id)!;
    core.repos.notifications.setDue({ ...record, dueDate: '2026-04-02' }, NOW.toISOString());
    expect(await rowNotice(core)).toMatchObject({ id: back!.id, dueDate: '2026-03-30' });
  });

  it('is the return’s pending notice once the arrival’s is filed', async () => {
    core = memoryCore(NOW);
    const [arrival, back] = (await returnedGuest(core)).notices;
    await file(core, arrival!.id);
    expect(await rowNotice(core)).toMatchObject({ id: back!.id, state: 'pending' });
  });

  it('is the latest notice, filed, when nothing is pending', async () => {
    core = memoryCore(NOW);
    const [arrival, back] = (await returnedGuest(core)).notices;
    await file(core, back!.id);
    await file(core, arrival!.id);
    expect(await rowNotice(core)).toMatchObject({ id: back!.id, state: 'filed', status: null });
  });
});
