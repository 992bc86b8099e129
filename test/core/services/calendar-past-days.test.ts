import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type {
  AuditEntry,
  CalendarChangeResult,
  CalendarYearView,
  CheckInResult,
  PastProvisionalDays,
  StayDetail,
} from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { value } from '../../helpers/core';

const KURBAN_AIT_2026 = ['2026-05-26', '2026-05-27', '2026-05-28'];
const SOURCE = 'The hotel was closed on 27.05.2026, as the Administration announced';

/**
 * Issue 20: in December 2026 the days around the Kurban Ait forecast of 2026 still showed as
 * "not final". A forecast is provisional while it is ahead; once it has passed, the owner is asked
 * to confirm it, and until then it stays provisional.
 */
describe('provisional days that have passed', () => {
  let core: Core;
  let now: Date;
  afterEach(() => core?.close());
  const open = (at: string) => {
    now = new Date(at);
    core = createCore({ dbFile: ':memory:', now: () => now });
  };
  const past = async () =>
    (await value<PastProvisionalDays>(core, 'calendar.pastProvisional')).dates;
  const issuesOf = async (input: unknown) => {
    const r = await core.call('calendar.confirmDays', input);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.error.issues;
  };

  it('are none while the forecast is ahead, and each day once it is behind', async () => {
    open('2026-05-20T06:00:00Z');
    expect(await past()).toEqual([]);
    // 27 May, 11:00 in Astana: only the 26th is behind.
    now = new Date('2026-05-27T06:00:00Z');
    expect(await past()).toEqual(['2026-05-26']);
    // 7 December 2026: all three, and nothing from the historical years before 2024.
    now = new Date('2026-12-07T06:00:00Z');
    expect(await past()).toEqual(KURBAN_AIT_2026);
  });

  it('are confirmed by the owner: audited, no longer provisional, deadlines settled', async () => {
    // Monday 25 May 2026: Mon, Tue and Thu count (Kurban Ait on Wed 27) → due Thu 28 May.
    open('2026-05-25T06:00:00Z');
    const r = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'SCHMIDT', citizenship: 'DEU' })], {
        room: '101',
        checkInAt: '2026-05-25T09:00:00+05:00',
        plannedCheckOut: null,
      }),
    );
    const stayId = r.stays[0]!.stayId;
    const notice = async () =>
      (await value<StayDetail>(core, 'stays.get', { stayId })).notices.find(
        (n) => n.kind === 'host_notice',
      )!;
    expect(await notice()).toMatchObject({ dueDate: '2026-05-28', calendar: 'provisional' });

    now = new Date('2026-12-07T06:00:00Z');
    const done = await value<CalendarChangeResult>(core, 'calendar.confirmDays', {
      dates: KURBAN_AIT_2026,
      source: SOURCE,
    });
    expect(done.moved).toEqual([]);
    expect(done.year).toMatchObject({ year: 2026, provisionalDates: [] });
    expect(await past()).toEqual([]);
    expect(await notice()).toMatchObject({ dueDate: '2026-05-28', calendar: 'confirmed' });
    const y = await value<CalendarYearView>(core, 'calendar.year', { year: 2026 });
    expect(y.provisionalDates).toEqual([]);
    expect(y.daysOff.find((d) => d.date === '2026-05-27')).toMatchObject({
      reason: 'holiday.kurban_ait',
      provisional: false,
    });
    const audit = await value<AuditEntry[]>(core, 'audit.list', { limit: 5 });
    expect(audit[0]).toMatchObject({
      action: 'calendar.days.confirm',
      entity: 'calendar_day',
      entityId: '2026-05-26',
      details: { dates: KURBAN_AIT_2026, source: SOURCE },
    });
    // A later year's forecast is untouched: 2027 is still wholly provisional.
    const next = await value<CalendarYearView>(core, 'calendar.year', { year: 2027 });
    expect(next.provisionalDates).toHaveLength(365);
  });

  it('refuses a day that is ahead, one that is not provisional, and an empty source', async () => {
    open('2026-05-27T06:00:00Z');
    const refused = (date: string) => [
      { field: 'dates', code: 'calendar.day_not_past_provisional', params: { date } },
    ];
    expect(await issuesOf({ dates: ['2026-05-27'], source: SOURCE })).toEqual(
      refused('2026-05-27'),
    );
    expect(await issuesOf({ dates: ['2026-05-26', '2026-05-19'], source: SOURCE })).toEqual(
      refused('2026-05-19'),
    );
    expect(await issuesOf({ dates: ['2026-05-26'], source: '' })).toEqual([
      { field: 'source', code: 'required' },
    ]);
    expect(await past()).toEqual(['2026-05-26']);
  });
});
