import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { CHECK_IN_KEY_DAYS } from '../../../electron/core/services/check-in-once';
import type { CheckInResult } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

const DAY = 24 * 3600 * 1000;

/** A check-in under a new key, arriving at the clock's time; its key and stay id. */
async function keyed(core: Core, clock: Date, surname: string) {
  const key = crypto.randomUUID();
  const kz = new Date(clock.getTime() + 5 * 3600 * 1000).toISOString().slice(0, 19);
  const r = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname, citizenship: 'DEU' })], {
      room: surname,
      checkInAt: `${kz}+05:00`,
      plannedCheckOut: new Date(clock.getTime() + 3 * DAY).toISOString().slice(0, 10),
      idempotencyKey: key,
    }),
  );
  return { key, stayId: r.stays[0]!.stayId };
}

describe("the host forgets a desk's idempotency keys (issue 22, migration 0020)", () => {
  const tmp = tempDir();
  let core: Core | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it(`keeps a key ${CHECK_IN_KEY_DAYS} days, then forgets it at open and at the next keyed check-in`, async () => {
    let clock = new Date('2026-04-01T06:00:00Z');
    const file = tmp.file('keys.sqlite');
    const open = () => createCore({ dbFile: file, now: () => clock });
    core = open();
    const first = await keyed(core, clock, 'ALPHA');

    // A desk that comes back after 29 days still gets its first stays for the key.
    clock = new Date(clock.getTime() + (CHECK_IN_KEY_DAYS - 1) * DAY);
    core.close();
    core = open();
    expect(core.repos.checkInKeys.get(first.key)?.stayIds).toEqual([first.stayId]);
    const second = await keyed(core, clock, 'BRAVO');
    expect(core.repos.checkInKeys.get(first.key)).not.toBeNull();

    // Past 30 days: forgotten when the host opens the file...
    clock = new Date(clock.getTime() + 2 * DAY);
    core.close();
    core = open();
    expect(core.repos.checkInKeys.get(first.key)).toBeNull();
    expect(core.repos.checkInKeys.get(second.key)).not.toBeNull();

    // ...and by a host left running, at the next keyed check-in.
    clock = new Date(clock.getTime() + CHECK_IN_KEY_DAYS * DAY);
    const third = await keyed(core, clock, 'CHARLIE');
    expect(core.repos.checkInKeys.get(second.key)).toBeNull();
    expect(core.repos.checkInKeys.get(third.key)?.stayIds).toEqual([third.stayId]);
    expect(core.db.prepare('SELECT count(*) FROM check_in_keys').pluck().get()).toBe(1);
  });

  it("forgets an erased guest's keys at once, so no key names their stays", async () => {
    const clock = new Date('2026-04-01T06:00:00Z');
    core = createCore({ dbFile: ':memory:', now: () => clock });
    const gone = await keyed(core, clock, 'DELTA');
    const kept = await keyed(core, clock, 'ECHO');
    await value(core, 'stays.checkOut', { stayId: gone.stayId, at: clock.toISOString() });
    const guestId = core.db
      .prepare('SELECT guest_id FROM stays WHERE id = ?')
      .pluck()
      .get(gone.stayId) as number;
    await value(core, 'guests.erase', {
      guestId,
      confirm: 'DELTA',
      reason: 'Written request',
      owedConfirmed: true,
    });
    expect(core.repos.checkInKeys.get(gone.key)).toBeNull();
    expect(core.repos.checkInKeys.get(kept.key)?.stayIds).toEqual([kept.stayId]);
  });
});
