import { afterEach, describe, expect, it } from 'vitest';
import type {
  BoardView,
  CheckInResult,
  InHouseRow,
  NotificationCounts,
  StayDetail,
} from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

describe('stay limits on stays (domain.md §10)', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('stores the visa’s end and ends a visa holder’s stay on it, in the detail and In house', async () => {
    core = memoryCore(new Date('2026-03-10T06:00:00Z'));
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput(
        [
          guestEntry(
            { citizenship: 'IND' },
            { visaNumber: 'V1234', visaValidUntil: '2026-03-20', entryDate: '2026-03-08' },
          ),
        ],
        { checkInAt: '2026-03-10T12:00:00+05:00', plannedCheckOut: '2026-03-25' },
      ),
    );
    const stay = stays[0]!;
    expect(stay.visaValidUntil).toBe('2026-03-20');
    expect(stay.stayLimit).toMatchObject({
      lastDay: '2026-03-20',
      exceeded: true,
      reasons: [{ kind: 'visa_end' }],
    });
    const rows = await value<InHouseRow[]>(core, 'stays.inHouse', {});
    expect(rows[0]!.stayLimit).toMatchObject({ lastDay: '2026-03-20', exceeded: true });
  });

  it('counts the guest’s earlier stays here towards the 90-in-180 cap', async () => {
    let now = new Date('2026-01-10T06:00:00Z');
    core = createCore({ dbFile: ':memory:', now: () => now });
    const first = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'RUS' }, { entryDate: '2026-01-10' })], {
        checkInAt: '2026-01-10T12:00:00+05:00',
        plannedCheckOut: '2026-03-20',
      }),
    );
    const guestId = first.stays[0]!.guestId;
    now = new Date('2026-03-20T06:00:00Z');
    await value(core, 'stays.checkOut', {
      stayId: first.stays[0]!.stayId,
      at: '2026-03-20T11:00:00+05:00',
    });
    now = new Date('2026-04-01T06:00:00Z');
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'RUS' }, { guestId, entryDate: '2026-04-01' })], {
        checkInAt: '2026-04-01T12:00:00+05:00',
        plannedCheckOut: '2026-05-15',
      }),
    );
    // 10 Jan – 20 Mar: 70 days known; 20 left from 1 Apr.
    const limit = stays[0]!.stayLimit!;
    expect(limit.lastDay).toBe('2026-04-20');
    expect(limit.reasons.map((r) => r.kind)).toEqual(['cap_90_180']);
    expect(limit.exceeded).toBe(true);
  });

  it('gives no stay limit to a citizen of Kazakhstan', async () => {
    core = memoryCore(new Date('2026-03-10T06:00:00Z'));
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'KAZ' })], {
        checkInAt: '2026-03-10T12:00:00+05:00',
      }),
    );
    expect((stays[0] as StayDetail).stayLimit).toBeNull();
  });
});

describe('the board’s Stay limit group (domain.md §10)', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('lists a stay whose planned check-out passes the limit, and counts it for the nav', async () => {
    core = memoryCore(new Date('2026-03-10T06:00:00Z'));
    await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput(
        [
          guestEntry({ surname: 'WANG', citizenship: 'CHN' }, { entryDate: '2026-03-05' }),
          guestEntry({ surname: 'PETROV', citizenship: 'RUS' }, { entryDate: '2026-03-05' }),
        ],
        { checkInAt: '2026-03-10T12:00:00+05:00', plannedCheckOut: '2026-04-06' },
      ),
    );
    const board = await value<BoardView>(core, 'notifications.board', {});
    expect(board.stayLimits.map((r) => [r.surname, r.limit.lastDay, r.limit.exceeded])).toEqual([
      ['WANG', '2026-04-03', true],
    ]);
    const counts = await value<NotificationCounts>(core, 'notifications.counts', {});
    expect(counts.stayLimit).toBe(1);
  });

  it('reminds three days before the last day of a stay without a planned check-out', async () => {
    core = memoryCore(new Date('2026-03-31T06:00:00Z'));
    await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'CHN' }, { entryDate: '2026-03-05' })], {
        checkInAt: '2026-03-30T12:00:00+05:00',
        plannedCheckOut: null,
      }),
    );
    const board = await value<BoardView>(core, 'notifications.board', {});
    expect(board.stayLimits[0]!.limit).toMatchObject({
      lastDay: '2026-04-03',
      reminder: true,
      exceeded: false,
      checkedAgainst: '2026-03-31',
    });
  });
});
