import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, SetupState } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

const HOTEL = {
  name: 'Qonaq Hostel',
  bin: '180940012348',
  address: 'Kenesary 10',
  region: 'KZ-71',
  businessSize: 'small',
};

describe('the first start (issue 9)', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('is needed on a new database and records the hotel, the owner’s name, PIN and portal, signed out', async () => {
    core = memoryCore();
    const signedOut = (method: string, input: unknown = {}) =>
      core.dispatch(method, input, core.contextFor(null));
    const ownerId = core.repos.staff.firstOwner()!.id;
    expect(await signedOut('setup.get')).toEqual({
      ok: true,
      value: { needed: true, secretNeeded: true, ownerId, ownerName: 'Owner', portal: null },
    });
    const done = await signedOut('setup.finish', {
      hotel: HOTEL,
      ownerName: 'Aigerim Nurlanova',
      portal: 'eqonaq',
      secret: '482916',
    });
    expect(done).toEqual({
      ok: true,
      value: {
        needed: false,
        secretNeeded: false,
        ownerId,
        ownerName: 'Aigerim Nurlanova',
        portal: 'eqonaq',
      },
    });
    expect(await value(core, 'hotel.get')).toMatchObject({ name: 'Qonaq Hostel', region: 'KZ-71' });
    const signedIn = await signedOut('auth.signIn', { staffId: ownerId, secret: '482916' });
    expect(signedIn).toMatchObject({
      ok: true,
      value: { staff: { name: 'Aigerim Nurlanova', role: 'owner' } },
    });
    const audit = await value<AuditEntry[]>(core, 'audit.list', { limit: 10 });
    expect(audit.find((a) => a.action === 'staff.rename')).toMatchObject({
      details: { before: 'Owner', after: 'Aigerim Nurlanova' },
    });
    expect(audit.find((a) => a.action === 'auth.signIn')?.staffName).toBe('Aigerim Nurlanova');
    // Once the owner has a PIN, the first start is over, for everyone (issue 19).
    expect(await signedOut('setup.finish', { hotel: null, ownerName: 'X', portal: null })).toEqual({
      ok: false,
      error: { code: 'setup.done' },
    });
  });

  it('refuses a signed-out first start without a PIN or password', async () => {
    core = memoryCore();
    const r = await core.dispatch(
      'setup.finish',
      { hotel: null, ownerName: 'A', portal: null },
      core.contextFor(null),
    );
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', issues: [{ field: 'secret', code: 'required' }] },
    });
  });

  it('can be skipped, keeping everything for Settings, and is not asked again', async () => {
    core = memoryCore();
    await value(core, 'setup.finish', { hotel: null, ownerName: '', portal: null });
    expect(await value<SetupState>(core, 'setup.get')).toMatchObject({
      needed: false,
      ownerName: 'Owner',
      portal: null,
    });
    expect(await value(core, 'hotel.get')).toBeNull();
  });

  it('is not needed on a database already in use', async () => {
    core = memoryCore(new Date('2026-03-20T06:00:00Z'));
    await value(core, 'stays.checkIn', checkInInput([guestEntry()]));
    expect((await value<SetupState>(core, 'setup.get')).needed).toBe(false);
  });

  it('refuses a bad BIN and saves nothing', async () => {
    core = memoryCore();
    const r = await core.call('setup.finish', {
      hotel: { ...HOTEL, bin: '123' },
      ownerName: 'Aigerim',
      portal: 'vmp',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'hotel.bin', code: 'bin.format' }] },
    });
    expect((await value<SetupState>(core, 'setup.get')).needed).toBe(true);
  });

  it('refuses a BIN whose check digit is wrong, on the first start and in the settings', async () => {
    core = memoryCore();
    const r = await core.call('setup.finish', {
      hotel: { ...HOTEL, bin: '123456789012' },
      ownerName: 'Aigerim',
      portal: 'vmp',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'hotel.bin', code: 'bin.check_digit' }] },
    });
    expect((await value<SetupState>(core, 'setup.get')).needed).toBe(true);
    const saved = await core.call('hotel.save', { ...HOTEL, bin: '123456789013' });
    expect(saved.ok).toBe(true);
    const wrong = await core.call('hotel.save', { ...HOTEL, bin: '123456789012' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'bin', code: 'bin.check_digit' }] },
    });
  });
});
