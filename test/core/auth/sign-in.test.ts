import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { hashSecret, verifySecret } from '../../../electron/core/auth/secret';
import type { AuditEntry, Result, StaffListEntry } from '../../../shared/contract';
import { tempDir, value } from '../../helpers/core';
import { signInAs } from '../../helpers/sessions';

/** A core whose clock the test moves by hand. */
function clockCore(file = ':memory:') {
  const clock = { now: new Date('2026-03-23T06:00:00Z') };
  const core = createCore({ dbFile: file, now: () => clock.now });
  const advance = (minutes: number) => {
    clock.now = new Date(clock.now.getTime() + minutes * 60_000);
  };
  return { core, clock, advance };
}

const signIn = (core: Core, staffId: number, secret: string): Promise<Result<unknown>> =>
  core.dispatch('auth.signIn', { staffId, secret }, core.contextFor(null));

describe('PIN and password hashes', () => {
  it('verifies the secret it hashed, and nothing else, with scrypt parameters and a salt stored', async () => {
    const stored = hashSecret('7391');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(hashSecret('7391')).not.toBe(stored);
    expect(await verifySecret('7391', stored)).toBe(true);
    expect(await verifySecret('7392', stored)).toBe(false);
    expect(await verifySecret('7391', 'scrypt$x$8$1$a$b')).toBe(false);
    expect(await verifySecret('7391', '')).toBe(false);
  });
});

describe('signing in (issue 11)', () => {
  let core: Core | undefined;
  const tmp = tempDir();
  afterEach(() => {
    core?.close();
    core = undefined;
  });
  afterAll(() => tmp.cleanup());

  it('refuses a PIN shorter than 4 digits and a password shorter than 8 characters', async () => {
    ({ core } = clockCore());
    for (const secret of ['123', '123456789', 'short', '']) {
      const r = await core.call('staff.create', { name: 'A', role: 'receptionist', secret });
      expect(r).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } });
    }
    for (const secret of ['1234', '12345678', 'correct horse']) {
      expect(
        (await core.call('staff.create', { name: 'A', role: 'receptionist', secret })).ok,
      ).toBe(true);
    }
  });

  it('locks an account for 5 minutes after 5 wrong secrets in a row, across a restart, and audits it', async () => {
    const file = tmp.file('lock.db');
    let h = clockCore(file);
    core = h.core;
    const { staff } = await signInAs(core, 'receptionist', '2468');
    for (let i = 1; i <= 4; i++) {
      expect(await signIn(core, staff.id, '0000')).toEqual({
        ok: false,
        error: { code: 'auth.wrong_secret', params: { left: 5 - i } },
      });
    }
    // The count is in the file: a restart does not give five more tries.
    core.close();
    h = clockCore(file);
    core = h.core;
    expect(await signIn(core, staff.id, '0000')).toEqual({
      ok: false,
      error: { code: 'auth.locked', params: { minutes: 5 } },
    });
    // Locked: even the right PIN is refused until the time is up.
    h.advance(3);
    expect(await signIn(core, staff.id, '2468')).toEqual({
      ok: false,
      error: { code: 'auth.locked', params: { minutes: 2 } },
    });
    h.advance(2);
    expect(await signIn(core, staff.id, '2468')).toMatchObject({ ok: true });
    const trail = await value<{ entries: AuditEntry[] }>(core, 'audit.browse', { limit: 50 });
    const actions = trail.entries.map((e) => e.action).reverse();
    expect(actions.filter((a) => a === 'auth.failed')).toHaveLength(4);
    expect(actions.filter((a) => a === 'auth.locked')).toHaveLength(1);
    expect(actions.at(-2)).toBe('auth.signIn');
    expect(trail.entries.find((e) => e.action === 'auth.signIn')?.staffName).toBe(
      'Dana Receptionist',
    );
  });

  it('answers a sign-in with the language the staff member last chose, none before they chose', async () => {
    ({ core } = clockCore());
    const signed = await signInAs(core, 'receptionist', '2468');
    expect(signed.language).toBeNull();
    const r = await core.dispatch(
      'settings.setLanguage',
      { language: 'kk' },
      core.contextFor(signed.token),
    );
    expect(r).toMatchObject({ ok: true });
    expect(await signIn(core, signed.staff.id, '2468')).toMatchObject({
      ok: true,
      value: { language: 'kk', staff: { id: signed.staff.id } },
    });
  });

  it('starts the count again after a good sign-in', async () => {
    ({ core } = clockCore());
    const { staff } = await signInAs(core, 'auditor', '1122');
    for (let i = 0; i < 4; i++) await signIn(core, staff.id, '9999');
    expect(await signIn(core, staff.id, '1122')).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) {
      expect(await signIn(core, staff.id, '9999')).toMatchObject({
        error: { code: 'auth.wrong_secret' },
      });
    }
  });

  it('ends a session idle for the auto-lock minutes, and never with 0', async () => {
    const h = clockCore();
    core = h.core;
    const { token } = await signInAs(core, 'receptionist');
    const inHouse = () => core!.dispatch('stays.inHouse', {}, core!.contextFor(token));
    h.advance(9);
    expect((await inHouse()).ok).toBe(true);
    // Activity moved the deadline: 9 more minutes is still within 10 of the last call.
    h.advance(9);
    expect((await inHouse()).ok).toBe(true);
    h.advance(10);
    expect(await inHouse()).toEqual({ ok: false, error: { code: 'auth.required' } });

    await value(core, 'auth.saveLockSettings', { autoLockMinutes: 0 });
    const again = await signInAs(core, 'owner');
    h.advance(24 * 60);
    expect((await core.dispatch('hotel.get', {}, core.contextFor(again.token))).ok).toBe(true);
  });

  it('signs a deactivated member out at once, and never deactivates or demotes the last owner', async () => {
    ({ core } = clockCore());
    const desk = await signInAs(core, 'receptionist');
    await value(core, 'staff.deactivate', { staffId: desk.staff.id });
    expect(await core.dispatch('stays.inHouse', {}, core.contextFor(desk.token))).toEqual({
      ok: false,
      error: { code: 'auth.required' },
    });
    const owner = core.repos.staff.firstOwner()!;
    const last = { ok: false, error: { code: 'staff.last_owner' } };
    expect(await core.call('staff.deactivate', { staffId: owner.id })).toEqual(last);
    expect(
      await core.call('staff.update', { staffId: owner.id, name: 'X', role: 'receptionist' }),
    ).toEqual(last);
    const second = await signInAs(core, 'owner');
    expect((await core.call('staff.deactivate', { staffId: owner.id })).ok).toBe(true);
    const list = await value<StaffListEntry[]>(core, 'staff.list');
    expect(list.find((s) => s.id === second.staff.id)).toMatchObject({ active: true });
    expect(list.map((s) => s.name)).not.toContain('Tirkeu command line');
  });

  it('changes one’s own secret only with the current one, and a reset lifts a lockout', async () => {
    ({ core } = clockCore());
    const me = await signInAs(core, 'auditor', '5555');
    const mine = core.contextFor(me.token);
    expect(
      await core.dispatch('auth.changeSecret', { current: '1111', secret: '6666' }, mine),
    ).toMatchObject({ ok: false, error: { issues: [{ field: 'current', code: 'secret.wrong' }] } });
    expect(
      (await core.dispatch('auth.changeSecret', { current: '5555', secret: '6666' }, mine)).ok,
    ).toBe(true);
    for (let i = 0; i < 5; i++) await signIn(core, me.staff.id, '0000');
    expect(await signIn(core, me.staff.id, '6666')).toMatchObject({
      error: { code: 'auth.locked' },
    });
    await value(core, 'staff.resetSecret', { staffId: me.staff.id, secret: '7777' });
    expect(await signIn(core, me.staff.id, '7777')).toMatchObject({ ok: true });
  });

  it('names the command line’s system actor in the audit rows of in-process calls', async () => {
    ({ core } = clockCore());
    await value(core, 'auth.saveLockSettings', { autoLockMinutes: 15 });
    const [row] = await value<AuditEntry[]>(core, 'audit.list', { limit: 1 });
    expect(row).toMatchObject({ action: 'auth.lockSettings', staffName: 'Tirkeu command line' });
  });
});
