import crypto from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { runUnlockCommand } from '../../../electron/core/cli/unlock-command';
import { seedDemoStaff } from '../../../electron/core/demo/seed-demo';
import type { AuditEntry, Result, SignedIn } from '../../../shared/contract';
import { tempDir, value } from '../../helpers/core';

/** A core whose clock the test moves by hand. */
function clockCore(file = ':memory:') {
  const clock = { now: new Date('2026-03-23T06:00:00Z') };
  const core = createCore({ dbFile: file, now: () => clock.now });
  const advance = (minutes: number) => {
    clock.now = new Date(clock.now.getTime() + minutes * 60_000);
  };
  return { core, advance };
}

const signIn = (
  core: Core,
  staffId: number,
  secret: string,
  device?: string,
): Promise<Result<SignedIn>> =>
  core.dispatch(
    'auth.signIn',
    { staffId, secret, ...(device ? { device } : {}) },
    core.contextFor(null),
  ) as Promise<Result<SignedIn>>;

const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

async function addStaff(core: Core, name: string, secret: string): Promise<number> {
  const made = await value<{ id: number }>(core, 'staff.create', { name, role: 'owner', secret });
  return made.id;
}

async function actions(core: Core): Promise<string[]> {
  const trail = await value<{ entries: AuditEntry[] }>(core, 'audit.browse', { limit: 200 });
  return trail.entries.map((e) => e.action).reverse();
}

describe('the sign-in lockout under attack (issue 19)', () => {
  let core: Core | undefined;
  const tmp = tempDir();
  afterEach(() => {
    core?.close();
    core = undefined;
  });
  afterAll(() => tmp.cleanup());

  it('counts a burst of 61 concurrent guesses before hashing: five tries, then locked, and the right PIN last gets nowhere', async () => {
    ({ core } = clockCore());
    const id = await addStaff(core, 'Aigerim', '4826');
    const burst = [...Array<string>(60).fill('0000'), '4826'];
    const results = await Promise.all(burst.map((pin) => signIn(core!, id, pin)));
    const codes = results.map(codeOf);
    expect(codes).not.toContain('ok');
    expect(codes.at(-1)).toBe('auth.locked');
    expect(codes.filter((c) => c === 'auth.wrong_secret').length).toBeLessThanOrEqual(5);
    const trail = await actions(core);
    expect(trail.filter((a) => a === 'auth.failed').length).toBeLessThanOrEqual(5);
    expect(trail.filter((a) => a === 'auth.locked')).toHaveLength(1);
    expect(trail).not.toContain('auth.signIn');
  });

  it('locks only the clients without this person’s key, and each repeat locks twice as long', async () => {
    const h = clockCore();
    core = h.core;
    const id = await addStaff(core, 'Aigerim', '4826');
    // The owner's own desk signed in once and keeps the key it was given.
    const desk = await signIn(core, id, '4826');
    if (!desk.ok) throw new Error('desk sign-in');
    const key = desk.value.device!;
    expect(key).toEqual(expect.any(String));
    // A script that holds the web URL guesses: it locks itself (and every other new client) out.
    const lockedFor: number[] = [];
    for (const wait of [0, 5, 10]) {
      h.advance(wait);
      for (let i = 0; i < 4; i++)
        expect(codeOf(await signIn(core, id, '0000'))).toBe('auth.wrong_secret');
      const fifth = await signIn(core, id, '0000');
      expect(codeOf(fifth)).toBe('auth.locked');
      lockedFor.push(Number(!fifth.ok && fifth.error.params?.minutes));
    }
    expect(lockedFor).toEqual([5, 10, 20]);
    expect(codeOf(await signIn(core, id, '4826'))).toBe('auth.locked');
    // The desk that holds the key signs in all the same, and is given no new one.
    const again = await signIn(core, id, '4826', key);
    expect(again).toMatchObject({ ok: true, value: { device: null } });
    // A made-up key is no key: it counts with everyone else.
    expect(codeOf(await signIn(core, id, '4826', 'x'.repeat(43)))).toBe('auth.locked');
    // Settings › Staff shows the lock the others are under.
    const list = await value<Array<{ id: number; lockedUntil: string | null }>>(core, 'staff.list');
    expect(list.find((s) => s.id === id)?.lockedUntil).toBe('2026-03-23T06:35:00.000Z');
  });

  it('lifts a lock from the command line, audited as the command line', async () => {
    const file = tmp.file('unlock.db');
    ({ core } = clockCore(file));
    const id = await addStaff(core, 'Aigerim Saparova', '4826');
    for (let i = 0; i < 5; i++) await signIn(core, id, '0000');
    expect(codeOf(await signIn(core, id, '4826'))).toBe('auth.locked');
    expect(runUnlockCommand(['--db', file, '--staff', 'Nobody']).exitCode).toBe(2);
    expect(runUnlockCommand(['--db', file]).exitCode).toBe(2);
    const out = runUnlockCommand(['--db', file, '--staff', 'aigerim saparova']);
    expect(out).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(out.stdout)).toEqual({ unlocked: 'Aigerim Saparova', staffId: id });
    // The running app reads the lock from the file at each attempt.
    expect(codeOf(await signIn(core, id, '4826'))).toBe('ok');
    const trail = await value<{ entries: AuditEntry[] }>(core, 'audit.browse', { limit: 50 });
    expect(trail.entries.find((e) => e.action === 'auth.unlock')).toMatchObject({
      staffName: 'Tirkeu command line',
      entityId: String(id),
    });
  });

  it('verifies a hash made at the old cost and makes it again at today’s', async () => {
    ({ core } = clockCore());
    const id = await addStaff(core, 'Aigerim', '4826');
    const salt = crypto.randomBytes(16);
    const old = crypto.scryptSync('5931', salt, 32, {
      N: 2 ** 15,
      r: 8,
      p: 1,
      maxmem: 64 * 2 ** 20,
    });
    const stored = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), old.toString('base64url')];
    core.repos.staff.setSecret(id, stored.join('$'));
    expect(codeOf(await signIn(core, id, '5931'))).toBe('ok');
    expect(core.repos.staff.signInRecord(id)?.secretHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(codeOf(await signIn(core, id, '5931'))).toBe('ok');
  });
});

describe('changing a PIN (issue 19)', () => {
  let core: Core | undefined;
  afterEach(() => {
    core?.close();
    core = undefined;
  });

  it('counts and audits a wrong current PIN, and the fifth locks and signs the guesser out', async () => {
    ({ core } = clockCore());
    const id = await addStaff(core, 'Aigerim', '4826');
    const me = await signIn(core, id, '4826');
    if (!me.ok) throw new Error('sign-in');
    const change = (current: string) =>
      core!.dispatch(
        'auth.changeSecret',
        { current, secret: '7391' },
        core!.contextFor(me.value.token),
      );
    for (let i = 1; i <= 4; i++) {
      expect(await change('0000')).toMatchObject({
        ok: false,
        error: { issues: [{ field: 'current', code: 'secret.wrong', params: { left: 5 - i } }] },
      });
    }
    expect(await change('0000')).toMatchObject({ ok: false, error: { code: 'auth.locked' } });
    const trail = await actions(core);
    expect(trail.filter((a) => a === 'auth.failed')).toHaveLength(4);
    expect(trail.filter((a) => a === 'auth.locked')).toHaveLength(1);
    // Signed out with the lock: the right PIN now changes nothing.
    expect(codeOf(await change('4826'))).toBe('auth.required');
    // The lock is that desk's: it holds the key its sign-in was given.
    expect(codeOf(await signIn(core, id, '4826', me.value.device!))).toBe('auth.locked');
  });

  it('ends every other session of that person, whether they change it or the owner resets it', async () => {
    ({ core } = clockCore());
    const id = await addStaff(core, 'Aigerim', '4826');
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await signIn(core, id, '4826');
      if (!r.ok) throw new Error('sign-in');
      tokens.push(r.value.token);
    }
    const [a, b, c] = tokens as [string, string, string];
    const alive = async (t: string) =>
      (await core!.dispatch('auth.session', {}, core!.contextFor(t))) as Result<unknown>;
    const r = await core.dispatch(
      'auth.changeSecret',
      { current: '4826', secret: '7391' },
      core.contextFor(a),
    );
    expect(r).toEqual({ ok: true, value: { changed: true } });
    expect(await alive(a)).toMatchObject({ ok: true, value: { staff: { id } } });
    expect(await alive(b)).toEqual({ ok: true, value: null });
    const again = await signIn(core, id, '7391');
    if (!again.ok) throw new Error('sign-in');
    await core.dispatch(
      'staff.resetSecret',
      { staffId: id, secret: '5931' },
      core.contextFor(again.value.token),
    );
    expect(await alive(again.value.token)).toMatchObject({ ok: true, value: { staff: { id } } });
    expect(await alive(a)).toEqual({ ok: true, value: null });
    expect(await alive(c)).toEqual({ ok: true, value: null });
  });
});

describe('the first start, the demo and a signed-out caller (issue 19)', () => {
  let core: Core | undefined;
  afterEach(() => {
    core?.close();
    core = undefined;
  });

  it('refuses setup.finish once the owner has a PIN, even to an owner', async () => {
    ({ core } = clockCore());
    const out = (m: string, input: unknown) => core!.dispatch(m, input, core!.contextFor(null));
    const first = { hotel: null, ownerName: 'Aigerim', portal: null, secret: '4826' };
    const done = (await out('setup.finish', first)) as Result<{ ownerId: number }>;
    if (!done.ok) throw new Error('setup');
    const owner = await signIn(core, done.value.ownerId, '4826');
    if (!owner.ok) throw new Error('sign-in');
    const again = await core.dispatch(
      'setup.finish',
      { ...first, secret: '9173' },
      core.contextFor(owner.value.token),
    );
    expect(again).toEqual({ ok: false, error: { code: 'setup.done' } });
    expect(await out('setup.finish', { ...first, secret: '9173' })).toEqual({
      ok: false,
      error: { code: 'setup.done' },
    });
    expect(codeOf(await signIn(core, done.value.ownerId, '4826'))).toBe('ok');
  });

  it('lets an owner whose PIN came from elsewhere record the rest, but never set a PIN', async () => {
    ({ core } = clockCore());
    const owner = core.repos.staff.firstOwner()!;
    await value(core, 'staff.resetSecret', { staffId: owner.id, secret: '4826' });
    const me = await signIn(core, owner.id, '4826');
    if (!me.ok) throw new Error('sign-in');
    const ctx = () => core!.contextFor(me.value.token);
    const rest = { hotel: null, ownerName: 'Aigerim', portal: 'vmp' };
    expect(await core.dispatch('setup.finish', { ...rest, secret: '9173' }, ctx())).toEqual({
      ok: false,
      error: { code: 'setup.done' },
    });
    expect(await core.dispatch('setup.finish', rest, ctx())).toMatchObject({
      ok: true,
      value: { needed: false, portal: 'vmp' },
    });
    expect(await core.dispatch('setup.finish', rest, ctx())).toEqual({
      ok: false,
      error: { code: 'setup.done' },
    });
  });

  it('refuses the demo hotel’s published PINs in any other database', async () => {
    ({ core } = clockCore());
    for (const secret of ['1111', '2222', '3333']) {
      expect(
        await core.call('staff.create', { name: 'A', role: 'receptionist', secret }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid', issues: [{ field: 'secret', code: 'secret.demo' }] },
      });
    }
    expect(
      await core.dispatch(
        'setup.finish',
        { hotel: null, ownerName: 'A', portal: null, secret: '1111' },
        core.contextFor(null),
      ),
    ).toMatchObject({ ok: false, error: { issues: [{ code: 'secret.demo' }] } });
    // The demo hotel's own seeding marks its file first: there they are its staff's PINs.
    await seedDemoStaff(core, new Date('2026-03-23T06:00:00Z'));
    expect(core.repos.staff.signInNames().map((s) => s.name)).toContain('Aruzhan Tokhtarova');
  });

  it('tells a signed-out caller the version and nothing of where the data lives', async () => {
    ({ core } = clockCore());
    expect(await core.dispatch('app.info', {}, core.contextFor(null))).toEqual({
      ok: true,
      value: { version: '0.0.0' },
    });
    expect(await core.call('app.info')).toMatchObject({
      ok: true,
      value: { dbPath: ':memory:', schemaVersion: expect.any(Number) },
    });
  });
});
