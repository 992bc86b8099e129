import { afterEach, describe, expect, it } from 'vitest';
import type {
  AuditEntry,
  CalendarChangeResult,
  CalendarYearView,
  CheckInResult,
  MovedNotice,
  RulesView,
  StayDetail,
} from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

// Wednesday 15 July 2026, 11:00 in Astana.
const NOW = new Date('2026-07-15T06:00:00Z');
const ORDER = 'Order No. 123 of 12.11.2026';

describe('the working calendar in settings', () => {
  let core: Core;
  afterEach(() => core?.close());

  const year = (y: number) => value<CalendarYearView>(core, 'calendar.year', { year: y });
  const checkIn = async (
    surname: string,
    checkInAt: string,
    person: Parameters<typeof guestEntry>[0] = {},
    extra: Parameters<typeof guestEntry>[1] = {},
  ): Promise<StayDetail> => {
    const r = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname, citizenship: 'DEU', ...person }, extra)], {
        room: `${surname.length}0${surname.charCodeAt(0) % 10}`,
        checkInAt,
        plannedCheckOut: null,
      }),
    );
    return r.stays[0]!;
  };
  const hostNotice = async (stayId: number) =>
    (await value<StayDetail>(core, 'stays.get', { stayId })).notices.find(
      (n) => n.kind === 'host_notice',
    )!;
  const issuesOf = async (method: string, input: unknown) => {
    const r = await core.call(method, input);
    expect(r.ok).toBe(false);
    return r.ok ? [] : (r.error.issues ?? []);
  };

  /** Three open notices around Thursday 16 July 2026 and one task that counts calendar days. */
  const hotelWithGuests = async () => {
    core = memoryCore(NOW);
    // Wed 15 Jul: Wed, Thu, Fri count → due Fri 17 Jul; a day off on Thu 16 moves it to Mon 20.
    const crossing = await checkIn('SCHMIDT', '2026-07-15T09:00:00+05:00');
    // Mon 13 Jul: due Wed 15 Jul, before the new day off.
    const before = await checkIn('WEBER', '2026-07-13T09:00:00+05:00');
    // A Russian guest on Wed 15 Jul who entered on 18 Jun: the host's notice moves; the guest's
    // own date is entry + 30 (Sat 18 Jul), before the 5th working day, so it does not.
    const visaFree = await checkIn(
      'PETROV',
      '2026-07-15T10:00:00+05:00',
      { citizenship: 'RUS' },
      { entryDate: '2026-06-18' },
    );
    return { crossing, before, visaFree };
  };

  it('shows 2026 with its Nauryz days, substitutes and the Kurban Ait forecast', async () => {
    core = memoryCore(NOW);
    const y = await year(2026);
    expect(y).toMatchObject({ status: 'confirmed', origin: 'shipped', firstYear: 2012 });
    expect(y.notes).toEqual(['kurban_ait_forecast', 'no_transfer_order']);
    const off = new Map(y.daysOff.map((d) => [d.date, d]));
    expect(off.get('2026-03-23')).toMatchObject({ reason: 'holiday.nauryz', provisional: false });
    expect(off.get('2026-03-09')).toMatchObject({
      reason: 'substitute',
      params: { date: '2026-03-08', holiday: 'holiday.womens_day' },
    });
    expect(off.get('2026-03-25')).toMatchObject({ reason: 'substitute' });
    expect(off.get('2026-05-27')).toMatchObject({
      reason: 'holiday.kurban_ait',
      provisional: true,
    });
    // No Constitution Day in 2026 (domain.md §3).
    expect(off.has('2026-08-31')).toBe(false);
    expect(y.provisionalDates).toEqual(['2026-05-26', '2026-05-27', '2026-05-28']);
    expect(y.workingWeekends).toEqual([]);
    expect(y.overrides).toEqual([]);
    expect(y.confirmation).toBeNull();
  });

  it('shows 2027 as provisional, with Constitution Day on 15 March', async () => {
    core = memoryCore(NOW);
    const y = await year(2027);
    expect(y.status).toBe('provisional');
    expect(y.notes).toContain('kurban_ait_estimated');
    expect(y.daysOff.find((d) => d.date === '2027-03-15')).toMatchObject({
      reason: 'holiday.constitution_day',
      provisional: true,
    });
    expect(y.provisionalDates).toHaveLength(365);
  });

  it('shows the working Saturday of a transfer order', async () => {
    core = memoryCore(NOW);
    const y = await year(2024);
    expect(y.workingWeekends).toMatchObject([
      { date: '2024-05-04', reason: 'working_weekend', params: { date: '2024-05-08' } },
    ]);
  });

  it('previews exactly the open notices whose deadline the new day off moves, saving nothing', async () => {
    const { crossing, visaFree } = await hotelWithGuests();
    const moved = await value<MovedNotice[]>(core, 'calendar.previewOverride', {
      date: '2026-07-16',
      working: false,
      source: ORDER,
    });
    expect(moved.map((m) => [m.surname, m.dueDate, m.newDueDate])).toEqual([
      ['SCHMIDT', '2026-07-17', '2026-07-20'],
      ['PETROV', '2026-07-17', '2026-07-20'],
    ]);
    expect(moved[0]).toMatchObject({
      stayId: crossing.stayId,
      room: crossing.room,
      eventDate: '2026-07-15',
      givenNames: 'PETR',
    });
    expect((await year(2026)).overrides).toEqual([]);
    expect((await hostNotice(crossing.stayId)).dueDate).toBe('2026-07-17');
    // The guest's own registration counts calendar days from the border: untouched.
    const own = visaFree.notices.find((n) => n.kind === 'guest_self_registration')!;
    expect(own.dueDate).toBe('2026-07-18');
  });

  it('says nothing moves for a day off after every open deadline', async () => {
    await hotelWithGuests();
    const moved = await value<MovedNotice[]>(core, 'calendar.previewOverride', {
      date: '2026-07-24',
      working: false,
      source: ORDER,
    });
    expect(moved).toEqual([]);
  });

  it('saves a day off with its source, moves the open deadlines and audits both', async () => {
    const { crossing, before } = await hotelWithGuests();
    const result = await value<CalendarChangeResult>(core, 'calendar.saveOverride', {
      date: '2026-07-16',
      working: false,
      source: ORDER,
      note: 'Government decision',
    });
    expect(result.moved.map((m) => m.surname)).toEqual(['SCHMIDT', 'PETROV']);
    expect(result.year.overrides).toMatchObject([
      {
        date: '2026-07-16',
        working: false,
        source: ORDER,
        note: 'Government decision',
        createdBy: 'Tirkeu command line',
        shipped: { working: true, reason: 'working_day' },
      },
    ]);
    const notice = await hostNotice(crossing.stayId);
    expect(notice).toMatchObject({ dueDate: '2026-07-20', dueAt: '2026-07-20T23:59:59+05:00' });
    expect(notice.trace.find((d) => d.date === '2026-07-16')).toMatchObject({
      counted: false,
      reason: 'override.off',
      source: ORDER,
    });
    expect((await hostNotice(before.stayId)).dueDate).toBe('2026-07-15');
    const [entry] = await value<AuditEntry[]>(core, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'calendar.override.save',
      entityId: '2026-07-16',
      details: {
        before: null,
        after: { date: '2026-07-16', working: false, source: ORDER },
        moved: [
          { noticeId: notice.id, from: '2026-07-17', to: '2026-07-20' },
          { from: '2026-07-17', to: '2026-07-20' },
        ],
      },
    });
    // The cached calendar was rebuilt: a check-in made now counts the new day off.
    const late = await checkIn('BAUER', '2026-07-15T11:00:00+05:00');
    expect(late.notices[0]!.dueDate).toBe('2026-07-20');
  });

  it('moves the deadlines back when the day off is removed', async () => {
    const { crossing } = await hotelWithGuests();
    await value(core, 'calendar.saveOverride', {
      date: '2026-07-16',
      working: false,
      source: ORDER,
    });
    const preview = await value<MovedNotice[]>(core, 'calendar.previewRemoval', {
      date: '2026-07-16',
    });
    expect(preview.map((m) => [m.surname, m.dueDate, m.newDueDate])).toEqual([
      ['SCHMIDT', '2026-07-20', '2026-07-17'],
      ['PETROV', '2026-07-20', '2026-07-17'],
    ]);
    const result = await value<CalendarChangeResult>(core, 'calendar.removeOverride', {
      date: '2026-07-16',
    });
    expect(result.moved).toHaveLength(2);
    expect(result.year.overrides).toEqual([]);
    expect((await hostNotice(crossing.stayId)).dueDate).toBe('2026-07-17');
    const [entry] = await value<AuditEntry[]>(core, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'calendar.override.remove',
      details: { before: { date: '2026-07-16', source: ORDER } },
    });
    expect((await core.call('calendar.removeOverride', { date: '2026-07-16' })).ok).toBe(false);
  });

  it('makes a Saturday a working day and brings a deadline forward', async () => {
    core = memoryCore(NOW);
    // Fri 10 Jul: Fri, Mon, Tue → due Tue 14; with Sat 11 worked → due Mon 13.
    const stay = await checkIn('KOCH', '2026-07-10T09:00:00+05:00');
    expect(stay.notices[0]!.dueDate).toBe('2026-07-14');
    const r = await value<CalendarChangeResult>(core, 'calendar.saveOverride', {
      date: '2026-07-11',
      working: true,
      source: ORDER,
    });
    expect(r.moved.map((m) => m.newDueDate)).toEqual(['2026-07-13']);
    expect(r.year.workingWeekends).toMatchObject([
      { date: '2026-07-11', reason: 'override.working' },
    ]);
  });

  it('refuses a change that equals the calendar as shipped, saving nothing', async () => {
    core = memoryCore(NOW);
    for (const [date, working] of [
      ['2026-07-16', true],
      ['2026-07-18', false],
      ['2026-03-23', false],
    ] as const) {
      for (const method of ['calendar.previewOverride', 'calendar.saveOverride']) {
        const issues = await issuesOf(method, { date, working, source: ORDER });
        expect(issues).toMatchObject([{ field: 'working', code: 'calendar.override_no_change' }]);
      }
    }
    expect((await year(2026)).overrides).toEqual([]);
  });

  it('refuses a change without its source', async () => {
    core = memoryCore(NOW);
    for (const source of ['', '   ']) {
      const issues = await issuesOf('calendar.saveOverride', {
        date: '2026-07-16',
        working: false,
        source,
      });
      expect(issues).toEqual([{ field: 'source', code: 'required' }]);
    }
    expect((await year(2026)).overrides).toEqual([]);
  });

  it('refuses dates outside the calendar’s range, and impossible dates', async () => {
    core = memoryCore(NOW);
    for (const date of ['2041-01-07', '2011-12-30']) {
      for (const method of ['calendar.saveOverride', 'calendar.previewOverride']) {
        const issues = await issuesOf(method, { date, working: false, source: ORDER });
        expect(issues).toEqual([
          {
            field: 'date',
            code: 'date.out_of_range',
            params: { value: date, from: '2012-01-01', to: '2040-12-31' },
          },
        ]);
      }
    }
    expect(
      await issuesOf('calendar.saveOverride', {
        date: '2026-02-30',
        working: false,
        source: ORDER,
      }),
    ).toEqual([{ field: 'date', code: 'date.invalid' }]);
    expect(await issuesOf('calendar.year', { year: 2041 })).toMatchObject([
      { field: 'year', code: 'date.out_of_range' },
    ]);
  });

  it('confirms a provisional year and turns its open deadlines from provisional to confirmed', async () => {
    core = memoryCore(new Date('2027-02-10T06:00:00Z'));
    const stay = await checkIn('LANG', '2027-02-10T09:00:00+05:00');
    expect(stay.notices[0]!.calendar).toBe('provisional');
    const r = await value<CalendarChangeResult>(core, 'calendar.confirmYear', {
      year: 2027,
      source: 'Ministry of Labour order No. 400 of 20.10.2026',
    });
    expect(r.moved).toEqual([]);
    expect(r.year).toMatchObject({
      status: 'confirmed',
      confirmation: {
        source: 'Ministry of Labour order No. 400 of 20.10.2026',
        confirmedBy: 'Tirkeu command line',
      },
      provisionalDates: [],
    });
    expect(r.year.notes).toContain('confirmed_by_owner');
    expect((await hostNotice(stay.stayId)).calendar).toBe('confirmed');
    const [entry] = await value<AuditEntry[]>(core, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'calendar.year.confirm',
      details: { calendarStatusChanged: [stay.notices[0]!.id] },
    });

    const back = await value<CalendarChangeResult>(core, 'calendar.unconfirmYear', { year: 2027 });
    expect(back.year).toMatchObject({ status: 'provisional', confirmation: null });
    expect((await hostNotice(stay.stayId)).calendar).toBe('provisional');
  });

  it('refuses to confirm a year that has nothing provisional', async () => {
    core = memoryCore(NOW);
    expect(await issuesOf('calendar.confirmYear', { year: 2025, source: ORDER })).toEqual([
      { field: 'year', code: 'calendar.year_not_provisional' },
    ]);
    expect(await issuesOf('calendar.confirmYear', { year: 2027, source: '' })).toEqual([
      { field: 'source', code: 'required' },
    ]);
  });

  it('lists the rule sets and refuses an unknown country in the visa-free list', async () => {
    core = memoryCore(NOW);
    const rules = await value<RulesView>(core, 'rules.get');
    expect(rules.ruleSets.map((r) => [r.id, r.effectiveFrom, r.appliesTo])).toEqual([
      ['entry-rules-148-p9', '2012-01-01', 'all_foreigners'],
      ['registration-rules-923', '2026-07-01', 'visa_free_90'],
    ]);
    expect(rules.visaFree90).toEqual(rules.defaultVisaFree90);
    expect(rules.visaFree90).toContain('KGZ');
    expect(await issuesOf('rules.save', { visaFree90: ['DEU', 'ZZZ'] })).toEqual([
      { field: 'visaFree90.1', code: 'citizenship.unknown' },
    ]);
    expect((await value<RulesView>(core, 'rules.get')).visaFree90).toEqual(rules.defaultVisaFree90);
  });

  it('applies a new visa-free list to check-ins from then on, not to earlier ones', async () => {
    core = memoryCore(NOW);
    const kinds = (s: StayDetail) => s.notices.map((n) => n.kind);
    const earlier = await checkIn('SIDOROV', '2026-07-15T08:00:00+05:00', { citizenship: 'RUS' });
    expect(kinds(earlier)).toEqual(['host_notice', 'guest_self_registration', 'host_confirmation']);

    const saved = await value<RulesView>(core, 'rules.save', { visaFree90: ['deu', 'KGZ', 'DEU'] });
    expect(saved.visaFree90).toEqual(['DEU', 'KGZ']);
    const [entry] = await value<AuditEntry[]>(core, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'rules.save', details: { after: ['DEU', 'KGZ'] } });

    const german = await checkIn('HOFMANN', '2026-07-15T09:00:00+05:00', { citizenship: 'DEU' });
    expect(kinds(german)).toEqual(['host_notice', 'guest_self_registration', 'host_confirmation']);
    const russian = await checkIn('KUZNETSOV', '2026-07-15T09:30:00+05:00', { citizenship: 'RUS' });
    expect(kinds(russian)).toEqual(['host_notice']);
    expect(kinds(await value<StayDetail>(core, 'stays.get', { stayId: earlier.stayId }))).toEqual(
      kinds(earlier),
    );
  });
});
