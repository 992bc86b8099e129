import { afterEach, describe, expect, it } from 'vitest';
import type {
  AuditEntry,
  CheckInResult,
  GuestEntryInput,
  StayDetail,
} from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

// Sunday 22 March 2026: the first stays have been checked out by then.
const NOW = new Date('2026-03-22T06:00:00Z');

const ivanov = guestEntry({ surname: 'IVANOV', givenNames: 'PETR', birthDate: '1985-04-12' });
ivanov.document!.number = 'P1234567';
const sidorova: GuestEntryInput = {
  ...ivanov,
  person: { ...ivanov.person, surname: 'SIDOROVA', givenNames: 'ANNA', birthDate: '1990-07-01' },
};

describe('one check-in never rewrites another person (issue 7)', () => {
  let core: Core;
  afterEach(() => core?.close());

  async function ivanovStayedAndLeft(): Promise<StayDetail> {
    const first = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([ivanov]));
    return value<StayDetail>(core, 'stays.checkOut', {
      stayId: first.stays[0]!.stayId,
      at: '2026-03-21T10:00:00+05:00',
    });
  }

  const auditCount = async () =>
    (await value<AuditEntry[]>(core, 'audit.list', { limit: 100 })).length;

  it('asks the desk when a recorded document comes with another name, changing nothing', async () => {
    core = memoryCore(NOW);
    const past = await ivanovStayedAndLeft();
    const before = await auditCount();
    const r = await core.call('stays.checkIn', checkInInput([sidorova]));
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'api.invalid_input',
        issues: [
          {
            field: 'guests.0.person.surname',
            code: 'guest.document_holder_differs',
            params: { guestId: past.guestId, name: 'IVANOV PETR', birthDate: '1985-04-12' },
          },
        ],
      },
    });
    const again = await value<StayDetail>(core, 'stays.get', { stayId: past.stayId });
    expect(again.person).toMatchObject({ surname: 'IVANOV', givenNames: 'PETR' });
    expect(await auditCount()).toBe(before);
  });

  it('shows the document conflict for another person and overwrites nothing', async () => {
    core = memoryCore(NOW);
    const past = await ivanovStayedAndLeft();
    const r = await core.call(
      'stays.checkIn',
      checkInInput([{ ...sidorova, identity: 'other_person' }]),
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        issues: [{ field: 'guests.0.document.number', code: 'document.belongs_to_other_guest' }],
      },
    });
    const again = await value<StayDetail>(core, 'stays.get', { stayId: past.stayId });
    expect(again.person).toMatchObject({ surname: 'IVANOV', givenNames: 'PETR' });
    expect(await value(core, 'stays.inHouse', {})).toEqual([]);
  });

  it('corrects the same person’s name on the desk’s word, auditing before and after', async () => {
    core = memoryCore(NOW);
    const past = await ivanovStayedAndLeft();
    const corrected: GuestEntryInput = {
      ...ivanov,
      person: { ...ivanov.person, givenNames: 'PYOTR' },
      identity: 'same_person',
    };
    const r = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([corrected]));
    expect(r.stays[0]!.guestId).toBe(past.guestId);
    const audit = await value<AuditEntry[]>(core, 'audit.list', { limit: 10 });
    const change = audit.find((a) => a.action === 'guest.identity_change');
    expect(change).toMatchObject({
      entity: 'guest',
      entityId: String(past.guestId),
      details: {
        fields: ['givenNames'],
        before: { givenNames: 'PETR' },
        after: { givenNames: 'PYOTR' },
      },
    });
  });

  it('takes the same document and name as the same person without asking or auditing a change', async () => {
    core = memoryCore(NOW);
    const past = await ivanovStayedAndLeft();
    const r = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([ivanov]));
    expect(r.stays[0]!.guestId).toBe(past.guestId);
    const audit = await value<AuditEntry[]>(core, 'audit.list', { limit: 10 });
    expect(audit.some((a) => a.action === 'guest.identity_change')).toBe(false);
  });
});

describe('one person never becomes two records (issue 7)', () => {
  let core: Core;
  afterEach(() => core?.close());

  const sanne = guestEntry({
    surname: 'DE VRIES',
    givenNames: 'SANNE',
    citizenship: 'NLD',
    birthDate: '1992-09-30',
  });
  // The same woman with a new passport, nobody picked from the returning-guest offer.
  const sanneRenewed: GuestEntryInput = {
    ...sanne,
    document: { ...sanne.document!, number: 'NX9988776' },
  };

  async function sanneStayedAndLeft(): Promise<number> {
    const first = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([sanne]));
    await value(core, 'stays.checkOut', {
      stayId: first.stays[0]!.stayId,
      at: '2026-03-21T10:00:00+05:00',
    });
    return first.stays[0]!.guestId;
  }

  it('asks before saving a second guest with the same name and birth date', async () => {
    core = memoryCore(NOW);
    const guestId = await sanneStayedAndLeft();
    const r = await core.call('stays.checkIn', checkInInput([sanneRenewed]));
    expect(r).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            field: 'guests.0.person.surname',
            code: 'guest.same_name_birth',
            params: { guestId, name: 'DE VRIES SANNE' },
          },
        ],
      },
    });
    expect(await value(core, 'stays.inHouse', {})).toEqual([]);
  });

  it('keeps one record when the desk says it is the same person', async () => {
    core = memoryCore(NOW);
    const guestId = await sanneStayedAndLeft();
    const r = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([{ ...sanneRenewed, identity: 'same_person' }]),
    );
    expect(r.stays[0]!.guestId).toBe(guestId);
    expect(r.stays[0]!.document?.number).toBe('NX9988776');
  });

  it('makes a second record for a namesake when the desk says it is another person', async () => {
    core = memoryCore(NOW);
    const guestId = await sanneStayedAndLeft();
    const r = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([{ ...sanneRenewed, identity: 'other_person' }]),
    );
    expect(r.stays[0]!.guestId).not.toBe(guestId);
  });

  it('does not ask about someone with the same surname and birth date but other given names', async () => {
    core = memoryCore(NOW);
    const guestId = await sanneStayedAndLeft();
    const twin: GuestEntryInput = {
      ...sanneRenewed,
      person: { ...sanneRenewed.person, givenNames: 'FLEUR' },
    };
    const r = await value<CheckInResult>(core, 'stays.checkIn', checkInInput([twin]));
    expect(r.stays[0]!.guestId).not.toBe(guestId);
  });
});
