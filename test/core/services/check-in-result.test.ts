import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { CheckInResult, GuestEntryInput, StayDetail } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

// The check-in's confirmation is built from the rows its writes returned, not read back
// (services/check-in.ts). Each case here holds it equal to what `stays.get` reads afterwards.

// Wednesday 15 July 2026, 11:00 in Astana: visa-free guests owe their own registration too.
const NOW = new Date('2026-07-15T06:00:00Z');

describe('the check-in confirmation equals the stay as read back', () => {
  let core: Core;
  afterEach(() => core?.close());

  const checkIn = (input: unknown) => value<CheckInResult>(core, 'stays.checkIn', input);
  const readBack = (r: CheckInResult) =>
    Promise.all(r.stays.map((s) => value<StayDetail>(core, 'stays.get', { stayId: s.stayId })));
  /** A guest who stayed and left earlier that day: their stay as it was saved. */
  const stayedAndLeft = async (entry: GuestEntryInput): Promise<StayDetail> => {
    const [stay] = (await checkIn(checkInInput([entry]))).stays;
    await value(core, 'stays.checkOut', { stayId: stay!.stayId, at: '2026-07-15T10:50:00+05:00' });
    return stay!;
  };

  it('for a family: a parent, a child with a passport and a child on the parent’s', async () => {
    core = memoryCore(NOW);
    const parent = guestEntry(
      { surname: 'MUELLER', givenNames: 'ANNA', citizenship: 'TUR', birthDate: '1988-02-02' },
      { entryDate: '2026-07-10', visaNumber: '' },
    );
    const child = guestEntry({
      surname: 'MUELLER',
      givenNames: 'LUKAS',
      citizenship: 'DEU',
      birthDate: '2015-06-01',
      sex: 'M',
    });
    const baby: GuestEntryInput = {
      ...guestEntry({
        surname: 'MUELLER',
        givenNames: 'MIA',
        citizenship: 'DEU',
        birthDate: '2024-01-09',
        sex: 'F',
      }),
      document: null,
      onDocumentOf: 0,
    };
    const r = await checkIn(
      checkInInput([parent, child, baby], {
        checkInAt: '2026-07-15T10:40:00+05:00',
        plannedCheckOut: '2026-07-20',
        consentLanguage: 'kk',
      }),
    );
    expect(r.stays).toHaveLength(3);
    expect(r.stays[0]!.notices.length).toBeGreaterThan(1);
    expect(r.stays[2]!.onDocumentOf).toMatchObject({ givenNames: 'ANNA' });
    expect(r.stays[1]!.companions.map((c) => c.givenNames)).toEqual(['ANNA', 'MIA']);
    expect(r.stays).toEqual(await readBack(r));
  });

  it('for a citizen of Kazakhstan, who is owed no notice', async () => {
    core = memoryCore(NOW);
    const r = await checkIn(checkInInput([guestEntry({ citizenship: 'KAZ' })]));
    expect(r.stays[0]!.notices).toEqual([]);
    expect(r.stays).toEqual(await readBack(r));
  });

  it('for a returning guest whose name and document were corrected at the desk', async () => {
    core = memoryCore(NOW);
    const first = guestEntry({ surname: 'DE VRIES', givenNames: 'SANNE', citizenship: 'NLD' });
    const before = await stayedAndLeft(first);
    // The same passport, its expiry corrected, and her name as it is printed; picked by the desk.
    const again: GuestEntryInput = {
      ...first,
      guestId: before.guestId,
      person: { ...first.person, givenNames: 'SANNE MARIE', email: 'sanne@example.nl' },
      document: { ...first.document!, expiryDate: '2031-01-14' },
    };
    const r = await checkIn(checkInInput([again], { room: '305' }));
    expect(r.stays[0]!.guestId).toBe(before.guestId);
    expect(r.stays[0]!.document).toMatchObject({
      id: before.document!.id,
      expiryDate: '2031-01-14',
    });
    expect(r.stays[0]!.person.givenNames).toBe('SANNE MARIE');
    expect(r.stays).toEqual(await readBack(r));
  });

  it('for a guest found by name and birth date, given a new passport', async () => {
    core = memoryCore(NOW);
    const first = guestEntry({ surname: 'NOVAK', givenNames: 'JAN', citizenship: 'CZE' });
    const before = await stayedAndLeft(first);
    const renewed: GuestEntryInput = {
      ...first,
      document: { ...first.document!, number: 'NEW123456' },
      identity: 'same_person',
    };
    const r = await checkIn(checkInInput([renewed]));
    expect(r.stays[0]!.guestId).toBe(before.guestId);
    expect(r.stays).toEqual(await readBack(r));
  });
});
