import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, SetupState, StaffMember } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

const HOTEL = {
  name: 'Qonaq Hostel',
  bin: '180940012345',
  address: 'Kenesary 10',
  region: 'KZ-71',
  businessSize: 'small',
};

describe('the first start (issue 9)', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('is needed on a new database and records the hotel, the owner’s name and the portal', async () => {
    core = memoryCore();
    expect(await value<SetupState>(core, 'setup.get')).toEqual({
      needed: true,
      ownerName: 'Owner',
      portal: null,
    });
    const done = await value<SetupState>(core, 'setup.finish', {
      hotel: HOTEL,
      ownerName: 'Aigerim Nurlanova',
      portal: 'eqonaq',
    });
    expect(done).toEqual({ needed: false, ownerName: 'Aigerim Nurlanova', portal: 'eqonaq' });
    expect(await value(core, 'hotel.get')).toMatchObject({ name: 'Qonaq Hostel', region: 'KZ-71' });
    expect(await value<StaffMember>(core, 'staff.current')).toMatchObject({
      name: 'Aigerim Nurlanova',
      role: 'owner',
    });
    const audit = await value<AuditEntry[]>(core, 'audit.list', { limit: 10 });
    // The history names the owner as entered, no longer the placeholder "Owner".
    expect(audit.every((a) => a.staffName === 'Aigerim Nurlanova')).toBe(true);
    expect(audit.find((a) => a.action === 'staff.rename')).toMatchObject({
      details: { before: 'Owner', after: 'Aigerim Nurlanova' },
    });
  });

  it('can be skipped, keeping everything for Settings, and is not asked again', async () => {
    core = memoryCore();
    await value(core, 'setup.finish', { hotel: null, ownerName: '', portal: null });
    expect(await value<SetupState>(core, 'setup.get')).toEqual({
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
});
