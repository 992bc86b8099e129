import { afterEach, describe, expect, it } from 'vitest';
import type { CheckInResult, StayDetail } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

describe('editing a stay', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('moves the guest’s own registration deadline when only the entry date is corrected', async () => {
    core = memoryCore(new Date('2026-07-10T06:00:00Z'));
    const { stays } = await value<CheckInResult>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ citizenship: 'RUS' }, { entryDate: '2026-06-12' })], {
        checkInAt: '2026-07-10T12:00:00+05:00',
        plannedCheckOut: '2026-07-15',
      }),
    );
    const stay = stays[0]!;
    const due = (s: StayDetail) =>
      s.notices.find((n) => n.kind === 'guest_self_registration')?.dueDate;
    // domain.md §4: the earlier of entry + 30 days (12 July) and the 5th working day from the
    // check-in on Friday 10 July (16 July): the entry date decides, so correcting it moves it.
    expect(due(stay)).toBe('2026-07-12');

    const { id: _id, ...document } = stay.document!;
    const edited = await value<StayDetail>(core, 'stays.update', {
      stayId: stay.stayId,
      person: stay.person,
      document,
      checkInAt: stay.checkInAt,
      plannedCheckOut: stay.plannedCheckOut,
      purposeCode: stay.purposeCode,
      visaNumber: stay.visaNumber,
      entryDate: '2026-06-14',
    });
    expect(due(edited)).toBe('2026-07-14');
    const [entry] = await value<Array<{ action: string; details: Record<string, unknown> }>>(
      core,
      'audit.list',
      { limit: 1 },
    );
    expect(entry).toMatchObject({ action: 'stay.edit', details: { noticesRecomputed: 1 } });
  });
});
