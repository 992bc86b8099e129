import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { memoryCore, value } from '../helpers/core';

const hotel = {
  name: 'Hotel Saryarqa',
  bin: '180940012348',
  address: 'Astana',
  region: 'KZ-71',
  businessSize: 'small',
};

describe('the dispatcher', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('refuses a method that is not in the contract', async () => {
    core = memoryCore();
    expect(await core.call('guests.dropAll', {})).toEqual({
      ok: false,
      error: { code: 'api.unknown_method', params: { method: 'guests.dropAll' } },
    });
    expect(await core.call('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'api.unknown_method' },
    });
    expect(await core.call('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'api.unknown_method' },
    });
  });

  it('refuses malformed input with the field and a translatable code, writing nothing', async () => {
    core = memoryCore();
    const r = await core.call('hotel.save', { ...hotel, name: '', bin: '12ab', extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('api.invalid_input');
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'required' },
        { field: 'bin', code: 'bin.format' },
        { field: 'extra', code: 'unknown_field' },
      ]),
    );
    expect(await value(core, 'hotel.get')).toBeNull();
  });

  it('refuses input that is not an object at all', async () => {
    core = memoryCore();
    for (const bad of ['x', 42, [1], null]) {
      const r = await core.call('hotel.save', bad);
      expect(r).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } });
    }
  });

  it('records who, when and what in the audit log with every write', async () => {
    const now = new Date('2026-03-23T06:00:00Z');
    core = memoryCore(now);
    await value(core, 'hotel.save', hotel);
    const [entry] = await value<Array<Record<string, unknown>>>(core, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      at: now.toISOString(),
      staffName: 'Tirkeu command line',
      action: 'hotel.save',
      entity: 'hotel',
      entityId: '1',
    });
    expect((entry!.details as { after: unknown }).after).toEqual(hotel);
  });

  it('acts in-process as the named system actor, an owner nobody can sign in as', async () => {
    core = memoryCore();
    const me = await value<{ id: number }>(core, 'staff.current');
    expect(me).toMatchObject({ name: 'Tirkeu command line', role: 'owner' });
    expect(await value<Array<{ id: number }>>(core, 'staff.list')).not.toContainEqual(
      expect.objectContaining({ id: me.id }),
    );
    expect(
      await core.dispatch('auth.signIn', { staffId: me.id, secret: '1234' }, core.contextFor(null)),
    ).toEqual({ ok: false, error: { code: 'auth.cannot_sign_in' } });
  });

  it('tells subscribers which domain changed after a write commits', async () => {
    core = memoryCore();
    const seen: string[][] = [];
    core.subscribe((_e, payload) => {
      if ('roots' in payload) seen.push(payload.roots);
    });
    await value(core, 'settings.setLanguage', { language: 'kk' });
    await core.call('hotel.save', { ...hotel, bin: 'bad' });
    expect(seen).toEqual([['settings']]);
  });

  it('remembers the interface language per staff member', async () => {
    core = memoryCore();
    expect(await value(core, 'settings.get')).toEqual({ language: null });
    await value(core, 'settings.setLanguage', { language: 'ru' });
    expect(await value(core, 'settings.get')).toEqual({ language: 'ru' });
    const r = await core.call('settings.setLanguage', { language: 'de' });
    expect(r).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } });
  });
});
