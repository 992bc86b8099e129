import { afterEach, describe, expect, it } from 'vitest';
import type { CheckInResult, GuestMatch, InHouseRow, StayDetail } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

// Friday 20 March 2026, 11:00 in Astana.
const NOW = new Date('2026-03-20T06:00:00Z');

describe('checking guests in', () => {
  let core: Core;
  afterEach(() => core?.close());
  const checkIn = (input: unknown) => value<CheckInResult>(core, 'stays.checkIn', input);

  it('owes a foreign guest a notice due on the third working day, Nauryz skipped', async () => {
    core = memoryCore(NOW);
    const { stays } = await checkIn(checkInInput([guestEntry({ citizenship: 'DEU' })]));
    const [notice] = stays[0]!.notices;
    // Fri 20 counts; Sat 21–Wed 25 are weekend and Nauryz days off; Thu 26 and Fri 27 count.
    expect(notice).toMatchObject({
      kind: 'host_notice',
      state: 'pending',
      dueDate: '2026-03-27',
      eventDate: '2026-03-20',
    });
    expect(notice!.dueAt).toBe('2026-03-27T23:59:59+05:00');
    expect(notice!.trace.filter((d) => d.counted).map((d) => d.date)).toEqual([
      '2026-03-20',
      '2026-03-26',
      '2026-03-27',
    ]);
    expect(notice!.status).toEqual({ kind: 'not_due', today: '2026-03-20', workingDaysLeft: 2 });
  });

  it('owes nothing for a citizen of Kazakhstan', async () => {
    core = memoryCore(NOW);
    const { stays } = await checkIn(checkInInput([guestEntry({ citizenship: 'KAZ' })]));
    expect(stays[0]!.notices).toEqual([]);
  });

  it('takes the check-in date in Kazakhstan time, not UTC', async () => {
    core = memoryCore(new Date('2026-03-19T20:00:00Z'));
    // 00:30 on Friday in Astana is still Thursday in UTC.
    const { stays } = await checkIn(
      checkInInput([guestEntry()], { checkInAt: '2026-03-19T19:30:00Z' }),
    );
    expect(stays[0]!.checkInDate).toBe('2026-03-20');
  });

  it('checks a parent with two children in together, each with their own notice', async () => {
    core = memoryCore(NOW);
    const parent = guestEntry({
      surname: 'MUELLER',
      givenNames: 'ANNA',
      citizenship: 'DEU',
      birthDate: '1988-02-02',
    });
    const child1 = guestEntry({
      surname: 'MUELLER',
      givenNames: 'LUKAS',
      citizenship: 'DEU',
      birthDate: '2016-06-01',
    });
    const child2 = guestEntry(
      { surname: 'MUELLER', givenNames: 'MIA', citizenship: 'DEU', birthDate: '2021-09-09' },
      { document: null, onDocumentOf: 0 },
    );
    const { groupId, stays } = await checkIn(checkInInput([parent, child1, child2]));
    expect(stays).toHaveLength(3);
    expect(new Set(stays.map((s) => s.groupId))).toEqual(new Set([groupId]));
    expect(stays.map((s) => s.notices.length)).toEqual([1, 1, 1]);
    expect(stays[2]!.document).toBeNull();
    expect(stays[2]!.onDocumentOf).toMatchObject({ surname: 'MUELLER', givenNames: 'ANNA' });
    expect(stays[0]!.companions.map((c) => c.givenNames)).toEqual(['LUKAS', 'MIA']);
  });

  it('refuses a child without a document who is not on a parent’s, saving nothing', async () => {
    core = memoryCore(NOW);
    const r = await core.call('stays.checkIn', checkInInput([guestEntry({}, { document: null })]));
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'api.invalid_input',
        issues: [{ field: 'guests.0.document', code: 'document.required' }],
      },
    });
    expect(await value<InHouseRow[]>(core, 'stays.inHouse', {})).toEqual([]);
  });

  it('refuses a check-out before the check-in and a birth date in the future, on their fields', async () => {
    core = memoryCore(NOW);
    const r = await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ birthDate: '2027-01-01' })], { plannedCheckOut: '2026-03-19' }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { field: 'plannedCheckOut', code: 'stay.check_out_before_check_in' },
        { field: 'guests.0.person.birthDate', code: 'date.future' },
      ]),
    );
  });

  it('refuses impossible dates, unknown citizenships, bad document numbers and missing consent', async () => {
    core = memoryCore(NOW);
    const entry = guestEntry({ birthDate: '1990-02-30', citizenship: 'QQQ' });
    const bad = { ...entry, consent: false, document: { ...entry.document!, number: 'AB-12 Ж' } };
    const r = await core.call('stays.checkIn', { ...checkInInput([]), guests: [bad] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { field: 'guests.0.person.birthDate', code: 'date.invalid' },
        { field: 'guests.0.person.citizenship', code: 'citizenship.unknown' },
        { field: 'guests.0.document.number', code: 'document.number_format' },
        { field: 'guests.0.consent', code: 'consent.required' },
      ]),
    );
  });

  it('refuses over-long values', async () => {
    core = memoryCore(NOW);
    const r = await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'A'.repeat(101) })]),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'guests.0.person.surname', code: 'too_long' }] },
    });
  });

  it('refuses to check in a guest who is already in house', async () => {
    core = memoryCore(NOW);
    await checkIn(checkInInput([guestEntry()]));
    const r = await core.call('stays.checkIn', checkInInput([guestEntry()], { room: '305' }));
    expect(r).toMatchObject({ ok: false, error: { issues: [{ code: 'guest.already_in_house' }] } });
  });

  it('from 1 July 2026 adds the visa-free guest’s own registration and the host’s confirmation', async () => {
    core = memoryCore(new Date('2026-07-10T06:00:00Z'));
    const { stays } = await checkIn(
      checkInInput([guestEntry({ citizenship: 'RUS' }, { entryDate: '2026-07-01' })], {
        checkInAt: '2026-07-10T12:00:00+05:00',
        plannedCheckOut: '2026-07-15',
      }),
    );
    const kinds = stays[0]!.notices.map((n) => [n.kind, n.dueDate]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['host_notice', expect.any(String)],
        // domain.md §4: the earlier of entry + 30 (31 Jul) and 5 working days from Fri 10 Jul.
        ['guest_self_registration', '2026-07-16'],
        ['host_confirmation', null],
      ]),
    );
  });

  it('records the consent with its time and the staff member, and audits the check-in', async () => {
    core = memoryCore(NOW);
    const { stays } = await checkIn(checkInInput([guestEntry()]));
    expect(stays[0]!.consentAt).toBe(NOW.toISOString());
    const audit = await value<
      Array<{ action: string; entityId: string; details: { consent: unknown } }>
    >(core, 'audit.list', { limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'stay.check_in', entityId: String(stays[0]!.stayId) });
    expect(audit[0]!.details.consent).toMatchObject({ at: NOW.toISOString() });
  });
});

describe('returning guests', () => {
  let core: Core;
  afterEach(() => core?.close());
  // Sunday 22 March: the first stays have been checked out by now.
  const LATER = new Date('2026-03-22T06:00:00Z');

  it('offers an earlier guest by document number and by name and birth date', async () => {
    core = memoryCore(LATER);
    const entry = guestEntry({ surname: 'SMITH', givenNames: 'JOHN', citizenship: 'GBR' });
    const first = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([entry]));
    const byDoc = await value<GuestMatch[]>(core, 'guests.match', {
      documentNumber: entry.document!.number,
    });
    expect(byDoc).toMatchObject([
      { guestId: first.stays[0]!.guestId, matchedBy: 'document', lastStay: { room: '204' } },
    ]);
    const byName = await value<GuestMatch[]>(core, 'guests.match', {
      surname: 'smith',
      birthDate: '1985-04-12',
    });
    expect(byName).toMatchObject([{ guestId: first.stays[0]!.guestId, matchedBy: 'name_birth' }]);
    expect(
      await value<GuestMatch[]>(core, 'guests.match', {
        surname: 'SMITH',
        birthDate: '1990-01-01',
      }),
    ).toEqual([]);
  });

  it('keeps one guest record when the same document comes back, and adds a new passport to it', async () => {
    core = memoryCore(LATER);
    const entry = guestEntry({ surname: 'SMITH', givenNames: 'JOHN', citizenship: 'GBR' });
    const first = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([entry]));
    const guestId = first.stays[0]!.guestId;
    await value(core, 'stays.checkOut', {
      stayId: first.stays[0]!.stayId,
      at: '2026-03-21T10:00:00+05:00',
    });
    // Same passport, nobody picked from the list: still the same person.
    const again = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([entry]));
    expect(again.stays[0]!.guestId).toBe(guestId);
    await value(core, 'stays.checkOut', {
      stayId: again.stays[0]!.stayId,
      at: '2026-03-21T11:00:00+05:00',
    });
    // A new passport, the guest picked from the matches: a second document of the same guest.
    const renewed = { ...entry, guestId, document: { ...entry.document!, number: 'NEW123456' } };
    const third = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([renewed]));
    expect(third.stays[0]!.guestId).toBe(guestId);
    const [match] = await value<GuestMatch[]>(core, 'guests.match', {
      documentNumber: 'NEW123456',
    });
    expect(match!.documents.map((d) => d.number).sort()).toEqual(
      [entry.document!.number, 'NEW123456'].sort(),
    );
  });

  it('refuses a document that belongs to another guest', async () => {
    core = memoryCore(LATER);
    const a = guestEntry({ surname: 'AAA' });
    const b = guestEntry({ surname: 'BBB' });
    const first = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([a, b]));
    const other = { ...a, guestId: first.stays[1]!.guestId };
    await value(core, 'stays.checkOut', {
      stayId: first.stays[0]!.stayId,
      at: '2026-03-20T18:00:00+05:00',
    });
    await value(core, 'stays.checkOut', {
      stayId: first.stays[1]!.stayId,
      at: '2026-03-20T18:00:00+05:00',
    });
    const r = await core.call('stays.checkIn', checkInInput([other]));
    expect(r).toMatchObject({
      ok: false,
      error: {
        issues: [{ field: 'guests.0.document.number', code: 'document.belongs_to_other_guest' }],
      },
    });
  });
});

describe('a stay’s lifecycle', () => {
  let core: Core;
  afterEach(() => core?.close());
  const setup = async (now = NOW) => {
    core = memoryCore(now);
    const r = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'CHN', surname: 'WANG', givenNames: 'LI' })]),
    );
    return r.stays[0]!;
  };

  it('moves a guest to another room without a new notice', async () => {
    const stay = await setup();
    const after = await value<StayDetail>(core, 'stays.changeRoom', {
      stayId: stay.stayId,
      room: '310',
    });
    expect(after.room).toBe('310');
    expect(after.notices).toHaveLength(1);
    expect(after.events.map((e) => e.kind)).toEqual(['check_in', 'room_change']);
  });

  it('owes a new notice when the guest returns from an absence, counted from the return', async () => {
    const stay = await setup(new Date('2026-03-26T16:00:00Z'));
    await value(core, 'stays.markAbsent', { stayId: stay.stayId, at: '2026-03-21T09:00:00+05:00' });
    const rows = await value<InHouseRow[]>(core, 'stays.inHouse', {});
    expect(rows[0]!.status).toBe('absent');
    const back = await value<StayDetail>(core, 'stays.markReturned', {
      stayId: stay.stayId,
      at: '2026-03-26T20:00:00+05:00',
    });
    expect(back.status).toBe('in_house');
    expect(back.notices.map((n) => [n.eventDate, n.dueDate])).toEqual([
      ['2026-03-20', '2026-03-27'],
      ['2026-03-26', '2026-03-30'],
    ]);
    // The unfiled arrival notice is the more urgent one, so In house shows it, not the return's.
    const [row] = await value<InHouseRow[]>(core, 'stays.inHouse', {});
    expect(row!.notice).toMatchObject({ event: 'check_in', eventDate: '2026-03-20' });
    expect(back.notices.map((n) => n.event)).toEqual(['check_in', 'return']);
  });

  it('refuses an absence in the future or a return before the guest left', async () => {
    const stay = await setup(new Date('2026-03-20T12:00:00Z'));
    const future = await core.call('stays.markAbsent', {
      stayId: stay.stayId,
      at: '2026-03-22T09:00:00+05:00',
    });
    expect(future).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'at', code: 'date.future' }] },
    });
    await value(core, 'stays.markAbsent', { stayId: stay.stayId, at: '2026-03-20T16:00:00+05:00' });
    const early = await core.call('stays.markReturned', {
      stayId: stay.stayId,
      at: '2026-03-20T15:00:00+05:00',
    });
    expect(early).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'at', code: 'stay.before_previous_event' }] },
    });
  });

  it('refuses a return for a guest who never left', async () => {
    const stay = await setup();
    const r = await core.call('stays.markReturned', {
      stayId: stay.stayId,
      at: '2026-03-21T09:00:00+05:00',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('extends the stay and refuses a check-out before the check-in', async () => {
    const stay = await setup();
    expect(
      (
        await value<StayDetail>(core, 'stays.extend', {
          stayId: stay.stayId,
          plannedCheckOut: '2026-04-02',
        })
      ).plannedCheckOut,
    ).toBe('2026-04-02');
    const r = await core.call('stays.extend', {
      stayId: stay.stayId,
      plannedCheckOut: '2026-03-01',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'plannedCheckOut', code: 'stay.check_out_before_check_in' }] },
    });
  });

  it('checks a guest out, keeping a notice that is still owed', async () => {
    const stay = await setup(new Date('2026-03-22T06:00:00Z'));
    const out = await value<StayDetail>(core, 'stays.checkOut', {
      stayId: stay.stayId,
      at: '2026-03-21T10:00:00+05:00',
    });
    expect(out.status).toBe('checked_out');
    expect(out.notices[0]!.state).toBe('pending');
    expect(await value<InHouseRow[]>(core, 'stays.inHouse', {})).toEqual([]);
  });

  it('cancels an entry made in error, its notices with it, keeping the reason in the audit log', async () => {
    const stay = await setup();
    const cancelled = await value<StayDetail>(core, 'stays.cancel', {
      stayId: stay.stayId,
      reason: 'Wrong guest scanned',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Wrong guest scanned' });
    expect(cancelled.notices.map((n) => n.state)).toEqual(['cancelled']);
    const [entry] = await value<Array<{ action: string; details: { reason: string } }>>(
      core,
      'audit.list',
      { limit: 1 },
    );
    expect(entry).toMatchObject({
      action: 'stay.cancel',
      details: { reason: 'Wrong guest scanned' },
    });
    expect(await core.call('stays.cancel', { stayId: stay.stayId, reason: 'again' })).toMatchObject(
      { ok: false, error: { code: 'conflict' } },
    );
  });

  it('recomputes the deadline when the check-in date is corrected, and audits before and after', async () => {
    const stay = await setup();
    const { id: _id, ...doc } = stay.document!;
    const edited = await value<StayDetail>(core, 'stays.update', {
      stayId: stay.stayId,
      person: stay.person,
      document: doc,
      checkInAt: '2026-03-19T10:00:00+05:00',
      plannedCheckOut: stay.plannedCheckOut,
      purposeCode: '66',
      visaNumber: 'V123',
      entryDate: '2026-03-18',
    });
    // Thu 19 and Fri 20 count, then Nauryz: the third working day is Thu 26.
    expect(edited.notices[0]).toMatchObject({ eventDate: '2026-03-19', dueDate: '2026-03-26' });
    expect(edited.purposeCode).toBe('66');
    const [entry] = await value<Array<{ action: string; details: { noticesRecomputed: number } }>>(
      core,
      'audit.list',
      { limit: 1 },
    );
    expect(entry).toMatchObject({ action: 'stay.edit', details: { noticesRecomputed: 1 } });
  });

  it('cancels the pending notice when the citizenship is corrected to Kazakhstan', async () => {
    const stay = await setup();
    const { id: _id, ...doc } = stay.document!;
    const edited = await value<StayDetail>(core, 'stays.update', {
      stayId: stay.stayId,
      person: { ...stay.person, citizenship: 'KAZ' },
      document: { ...doc, issuingState: 'KAZ' },
      checkInAt: stay.checkInAt,
      plannedCheckOut: stay.plannedCheckOut,
      purposeCode: '11',
      visaNumber: '',
      entryDate: null,
    });
    expect(edited.notices.map((n) => n.state)).toEqual(['cancelled']);
  });
});

describe('in house', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('lists everyone by room and searches by name, room and document', async () => {
    core = memoryCore(NOW);
    await value(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'ZED', givenNames: 'ANNA', citizenship: 'FRA' })], {
        room: '12',
      }),
    );
    await value(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'BAKER', givenNames: 'TOM', citizenship: 'USA' })], {
        room: '101',
      }),
    );
    await value(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'ALIYEV', givenNames: 'ARMAN', citizenship: 'KAZ' })], {
        room: '3',
      }),
    );
    const all = await value<InHouseRow[]>(core, 'stays.inHouse', {});
    expect(all.map((r) => r.room)).toEqual(['101', '12', '3']);
    expect(all.find((r) => r.citizenship === 'KAZ')!.notice).toBeNull();
    const search = async (query: string) =>
      (await value<InHouseRow[]>(core, 'stays.inHouse', { query })).map((r) => r.surname);
    expect(await search('bak')).toEqual(['BAKER']);
    expect(await search('anna zed')).toEqual(['ZED']);
    expect(await search('101')).toEqual(['BAKER']);
    expect(await search(all[1]!.documentNumber!)).toEqual(['ZED']);
    expect(await search('%')).toEqual([]);
  });

  it('shows an unfiled notice as overdue by working days once its deadline has passed', async () => {
    core = memoryCore(NOW);
    await value(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'USA' })], {
        checkInAt: '2026-03-10T12:00:00+05:00',
      }),
    );
    const [row] = await value<InHouseRow[]>(core, 'stays.inHouse', {});
    // Tue 10, Wed 11, Thu 12 → due Thu 12; Fri 13, Mon 16, …, Thu 19, Fri 20 are overdue working days.
    expect(row!.notice).toMatchObject({
      dueDate: '2026-03-12',
      status: { kind: 'overdue', overdueWorkingDays: 6 },
    });
  });
});

describe('marking a notice filed', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('records the filing, shows the notice as filed and audits whether it was on time', async () => {
    core = memoryCore(NOW);
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry()]),
    );
    const notice = stays[0]!.notices[0]!;
    const filed = await value<{ state: string; status: unknown }>(core, 'notifications.markFiled', {
      notificationId: notice.id,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    expect(filed).toMatchObject({ state: 'filed', status: null });
    const [entry] = await value<Array<{ action: string; details: { onTime: boolean } }>>(
      core,
      'audit.list',
      { limit: 1 },
    );
    expect(entry).toMatchObject({ action: 'notification.filed', details: { onTime: true } });
    const again = await core.call('notifications.markFiled', {
      notificationId: notice.id,
      portal: 'vmp',
      filedAt: '2026-03-20T10:00:00+05:00',
      reference: '',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
