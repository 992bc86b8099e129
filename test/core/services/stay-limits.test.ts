import { afterEach, describe, expect, it } from 'vitest';
import type {
  BoardView,
  CheckInResult,
  InHouseRow,
  NotificationCounts,
  RulesView,
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
    // In house reads every guest's earlier stays at once, and finds the same.
    const rows = await value<Array<{ stayId: number; stayLimit: unknown }>>(
      core,
      'stays.inHouse',
      {},
    );
    expect(rows.find((r) => r.stayId === stays[0]!.stayId)!.stayLimit).toEqual(limit);
  });

  it('gives the check-in form a returning guest’s earlier spans inside the cap’s window, and only those', async () => {
    let now = new Date('2025-06-01T06:00:00Z');
    core = createCore({ dbFile: ':memory:', now: () => now });
    const stayOf = async (checkIn: string, out: string, guestId?: number) => {
      now = new Date(`${checkIn}T06:00:00Z`);
      const r = await value<CheckInResult>(
        core,
        'stays.checkIn',
        checkInInput([guestEntry({ citizenship: 'RUS' }, guestId ? { guestId } : {})], {
          checkInAt: `${checkIn}T12:00:00+05:00`,
          plannedCheckOut: out,
        }),
      );
      now = new Date(`${out}T06:00:00Z`);
      await value(core, 'stays.checkOut', {
        stayId: r.stays[0]!.stayId,
        at: `${out}T11:00:00+05:00`,
      });
      return r.stays[0]!.guestId;
    };
    const guestId = await stayOf('2025-06-01', '2025-06-10'); // outside 180 days of 1 Apr 2026
    await stayOf('2026-01-10', '2026-03-20', guestId);
    now = new Date('2026-04-01T06:00:00Z');
    const spans = await value(core, 'guests.earlierStays', { guestId, from: '2026-04-01' });
    expect(spans).toEqual([{ from: '2026-01-10', to: '2026-03-20' }]);
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

describe('the stay-limit rules data in Settings › Rules', () => {
  let core: Core;
  afterEach(() => core?.close());

  const limits = async () => (await value<RulesView>(core, 'rules.get')).stayLimits;
  const kinds = (s: StayDetail) =>
    s.notices.filter((n) => n.state !== 'cancelled').map((n) => n.kind);

  it('ships the periods of domain.md §4 with a source each, and saves an owner’s change with an audit entry', async () => {
    core = memoryCore(new Date('2026-03-10T06:00:00Z'));
    const shipped = await limits();
    expect(shipped.visaFree.find((e) => e.citizenship === 'TUR')).toMatchObject({
      days: 90,
      effectiveFrom: '2025-08-01',
    });
    expect(shipped.visaFree.every((e) => e.source.length > 0)).toBe(true);
    expect(shipped).toMatchObject({ capDays: 90, capWindow: 180, longStayDays: 30 });

    const next = {
      ...shipped,
      visaFree: [
        ...shipped.visaFree,
        { citizenship: 'BRA', days: 30, effectiveFrom: '2026-01-01', source: 'Order 5 of 2026' },
      ],
      longStayWarning: false,
    };
    const saved = await value<RulesView>(core, 'rules.saveStayLimits', next);
    expect(saved.stayLimits.visaFree.find((e) => e.citizenship === 'BRA')?.days).toBe(30);
    expect(saved.stayLimits.longStayWarning).toBe(false);
    const [entry] = await value<Array<{ action: string }>>(core, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'rules.save_stay_limits' });

    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'BRA' }, { entryDate: '2026-03-01' })], {
        checkInAt: '2026-03-10T12:00:00+05:00',
        plannedCheckOut: '2026-04-15',
      }),
    );
    expect(stays[0]!.stayLimit).toMatchObject({
      lastDay: '2026-03-30',
      exceeded: true,
      longStay: null,
    });
  });

  it('refuses two periods of one country in force on the same day', async () => {
    core = memoryCore(new Date('2026-03-10T06:00:00Z'));
    const shipped = await limits();
    const r = await core.call('rules.saveStayLimits', {
      ...shipped,
      visaFree: [
        ...shipped.visaFree,
        { citizenship: 'RUS', days: 30, effectiveFrom: '2026-01-01', source: 'x' },
      ],
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toContain('rules.overlap');
  });

  it('owes order 923’s guest tasks only past the owner’s threshold, and on an extension past it', async () => {
    core = memoryCore(new Date('2026-07-10T06:00:00Z'));
    const checkIn = async (surname: string, plannedCheckOut: string) =>
      (
        await value<CheckInResult>(
          core,
          'stays.checkIn',
          checkInInput([guestEntry({ surname, citizenship: 'RUS' }, { entryDate: '2026-07-09' })], {
            checkInAt: '2026-07-10T12:00:00+05:00',
            plannedCheckOut,
          }),
        )
      ).stays[0]!;
    // The default keeps today's behaviour: tasks for every stay of a guest on the 90-day list.
    expect(kinds(await checkIn('ONE', '2026-07-12'))).toEqual([
      'host_notice',
      'guest_self_registration',
      'host_confirmation',
    ]);
    await value(core, 'rules.saveStayLimits', { ...(await limits()), selfRegistrationMinDays: 30 });
    const short = await checkIn('TWO', '2026-07-20');
    expect(kinds(short)).toEqual(['host_notice']);
    expect(kinds(await checkIn('THREE', '2026-08-15'))).toEqual([
      'host_notice',
      'guest_self_registration',
      'host_confirmation',
    ]);
    const extended = await value<StayDetail>(core, 'stays.extend', {
      stayId: short.stayId,
      plannedCheckOut: '2026-08-20',
    });
    expect(kinds(extended)).toEqual([
      'host_notice',
      'guest_self_registration',
      'host_confirmation',
    ]);
  });
});
