import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CheckInResult } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore } from '../../helpers/core';

const stayCount = (core: ReturnType<typeof memoryCore>) =>
  (core.db.prepare('SELECT count(*) AS n FROM stays').get() as { n: number }).n;
const guestCount = (core: ReturnType<typeof memoryCore>) =>
  (core.db.prepare('SELECT count(*) AS n FROM guests').get() as { n: number }).n;

describe('a check-in sent with an idempotency key (issue 22, the outbox)', () => {
  it('returns the first stays on a retry with the same key, and makes nothing twice', async () => {
    const core = memoryCore();
    const key = crypto.randomUUID();
    const input = checkInInput(
      [
        guestEntry({ surname: 'MUELLER', citizenship: 'DEU' }),
        guestEntry({ surname: 'MUELLER', givenNames: 'ANNA', sex: 'F', citizenship: 'DEU' }),
      ],
      { idempotencyKey: key },
    );
    const first = await core.call('stays.checkIn', input);
    const again = await core.call('stays.checkIn', input);
    expect(first.ok && again.ok).toBe(true);
    const a = (first as { value: CheckInResult }).value;
    const b = (again as { value: CheckInResult }).value;
    expect(b.groupId).toBe(a.groupId);
    expect(b.stays.map((s) => s.stayId)).toEqual(a.stays.map((s) => s.stayId));
    expect(b.stays[0]!.notices[0]!.dueDate).toBe(a.stays[0]!.notices[0]!.dueDate);
    expect([stayCount(core), guestCount(core)]).toEqual([2, 2]);
    // The retry is audited as such; the check-ins once each.
    const actions = core.repos.audit.latest(10).map((e) => e.action);
    expect(actions.filter((x) => x === 'stay.check_in')).toHaveLength(2);
    expect(actions.filter((x) => x === 'stay.check_in_replayed')).toHaveLength(1);
    core.close();
  });

  it('refuses the same key with another body, with a translated code, and saves nothing', async () => {
    const core = memoryCore();
    const key = crypto.randomUUID();
    await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'ROSSI', citizenship: 'ITA' })], { idempotencyKey: key }),
    );
    const forged = await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'BIANCHI', citizenship: 'ITA' })], {
        idempotencyKey: key,
      }),
    );
    expect(forged).toEqual({ ok: false, error: { code: 'stays.key_reused' } });
    expect([stayCount(core), guestCount(core)]).toEqual([1, 1]);
    core.close();
  });

  it('keeps no key when the check-in is refused, so the answered retry is refused the same way', async () => {
    const core = memoryCore();
    await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'SILVA', citizenship: 'PRT' })]),
    );
    const key = crypto.randomUUID();
    const input = checkInInput([guestEntry({ surname: 'SILVA', citizenship: 'PRT' })], {
      room: '301',
      idempotencyKey: key,
    });
    const refused = await core.call('stays.checkIn', input);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'api.invalid_input', issues: [{ code: 'guest.already_in_house' }] },
    });
    expect(core.repos.checkInKeys.get(key)).toBeNull();
    expect(stayCount(core)).toBe(1);
  });

  it('takes only a UUID as the key', async () => {
    const core = memoryCore();
    const r = await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'DOE', citizenship: 'USA' })], {
        idempotencyKey: "x' OR 1=1 --",
      }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'api.invalid_input', issues: [{ field: 'idempotencyKey' }] },
    });
    expect(stayCount(core)).toBe(0);
  });
});
