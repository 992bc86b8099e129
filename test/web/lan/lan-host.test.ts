import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { fingerprintOf } from '../../../electron/core/desks/tls-files';
import { ANY_CLIENT } from '../../../electron/core/db/repos/throttle-repo';
import {
  DEVICE_HEADER,
  startLanServer,
  type LanServer,
} from '../../../electron/web/lan/lan-server';
import { pinnedRequest } from '../../../electron/web/lan/pinned-client';
import { SESSION_HEADER } from '../../../electron/web/server';
import type { PairingCode, SignedIn } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { signInAs } from '../../helpers/sessions';

const FIXTURES = path.join(__dirname, '../../fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};
const otherFingerprint = fingerprintOf(
  fs.readFileSync(path.join(FIXTURES, 'other-cert.pem'), 'utf8'),
);

// The tests' LAN is the loopback: the host listens on 127.0.0.1, "another desk" calls from .2.
const DESK_ADDRESS = '127.0.0.2';

/** What the listener answers: a Result, its value a sign-in's or a pairing's. */
interface Reply {
  ok: boolean;
  value: { token: string; desk: { id: number; name: string } };
  error: { code: string };
}

describe('the host shares its register with a paired desk over the LAN (issue 22)', () => {
  let clock = new Date('2026-03-20T06:00:00Z');
  let core: Core;
  let server: LanServer;
  let owner: SignedIn;
  let receptionistId: number;
  const PIN = '4711';

  const send = (
    p: string,
    body: unknown,
    headers: Record<string, string> = {},
    fingerprint = server.fingerprint,
  ) =>
    pinnedRequest({
      url: server.url,
      fingerprint,
      method: 'POST',
      path: p,
      headers,
      body: JSON.stringify(body),
      localAddress: DESK_ADDRESS,
    }).then((r) => ({ status: r.status, json: JSON.parse(r.body) as Reply }));
  const call = (method: string, input: unknown, device: string, session?: string) =>
    send(
      '/api/call',
      { method, input },
      { [DEVICE_HEADER]: device, ...(session ? { [SESSION_HEADER]: session } : {}) },
    );
  const ownerCall = (method: string, input: unknown) => core.call(method, input);
  const addDesk = async (name: string): Promise<PairingCode> => {
    const r = await ownerCall('desks.addDesk', { name });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as PairingCode;
  };
  const pair = async (name: string) => {
    const { code } = await addDesk(name);
    const r = await send('/api/pair', { code });
    expect(r.status).toBe(200);
    return r.json.value as { token: string; desk: { id: number; name: string } };
  };
  const attemptsCounted = () =>
    core.db.prepare('SELECT COUNT(*) AS n FROM sign_in_throttle WHERE failed > 0').get() as {
      n: number;
    };

  beforeAll(async () => {
    core = createCore({ dbFile: ':memory:', now: () => clock });
    owner = await signInAs(core, 'owner');
    const made = await core.call('staff.create', {
      name: 'Dana Receptionist',
      role: 'receptionist',
      secret: PIN,
    });
    receptionistId = (made as { ok: true; value: { id: number } }).value.id;
    server = await startLanServer({ core, host: '127.0.0.1', port: 0, tls });
  });
  afterAll(async () => {
    await server.close();
    core.close();
  });

  it('refuses an unpaired client that knows a PIN before the PIN is looked at', async () => {
    const auditBefore = core.repos.audit.latest(1)[0]!.id;
    for (const device of ['', 'x'.repeat(43), 'forged-token-forged-token-forged-token-xx']) {
      const r = await call('auth.signIn', { staffId: receptionistId, secret: PIN }, device);
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('desks.unpaired');
    }
    // Not a count, not a lock, not an audit entry: the sign-in never ran.
    expect(attemptsCounted().n).toBe(0);
    expect(core.repos.audit.latest(1)[0]!.id).toBe(auditBefore);
  });

  it('refuses a wrong, expired or reused pairing code, and voids open codes after five wrong ones', async () => {
    const wrong = await send('/api/pair', { code: '00000000' });
    // No code open: nothing to guess at.
    expect([wrong.status, wrong.json.error.code]).toEqual([403, 'desks.code_invalid']);

    const expiring = await addDesk('Late desk');
    clock = new Date(clock.getTime() + 10 * 60_000 + 1);
    const expired = await send('/api/pair', { code: expiring.code });
    expect([expired.status, expired.json.error.code]).toEqual([403, 'desks.code_invalid']);

    const once = await addDesk('Once desk');
    expect((await send('/api/pair', { code: once.code })).status).toBe(200);
    const replayed = await send('/api/pair', { code: once.code });
    expect([replayed.status, replayed.json.error.code]).toEqual([403, 'desks.code_invalid']);

    const guessed = await addDesk('Guessed desk');
    const wrongCode = guessed.code === '12345678' ? '87654321' : '12345678';
    for (let i = 0; i < 5; i += 1)
      expect((await send('/api/pair', { code: wrongCode })).status).toBe(403);
    const afterGuesses = await send('/api/pair', { code: guessed.code });
    expect([afterGuesses.status, afterGuesses.json.error.code]).toEqual([
      403,
      'desks.code_invalid',
    ]);
    // Only 'Once desk' joined; the trail says who tried, never the code itself.
    expect(core.repos.desks.list().map((d) => d.name)).toEqual(['Once desk']);
    const trail = JSON.stringify(core.repos.audit.latest(50));
    expect(trail).not.toContain(guessed.code);
    expect(trail).toContain('desks.pair_failed');
    // Malformed bodies are refused unread.
    expect((await send('/api/pair', { code: 12345678 })).status).toBe(400);
  });

  it('lets a paired desk sign in and check a guest in, written on the host with the desk named', async () => {
    const { token, desk } = await pair('Desk 2');
    const signedIn = await call('auth.signIn', { staffId: receptionistId, secret: PIN }, token);
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.ok).toBe(true);
    const session = signedIn.json.value.token as string;

    const checkIn = checkInInput([guestEntry({ surname: 'MULLER', citizenship: 'DEU' })], {
      room: '305',
    });
    const r = await call('stays.checkIn', checkIn, token, session);
    expect(r.json.ok).toBe(true);

    const stay = core.db
      .prepare(
        "SELECT s.room FROM stays s JOIN guests g ON g.id = s.guest_id WHERE g.surname = 'MULLER'",
      )
      .get();
    expect(stay).toEqual({ room: '305' });
    const entry = core.repos.audit.latest(20).find((e) => e.action === 'stay.check_in')!;
    expect(entry.staffName).toBe('Dana Receptionist');
    expect(entry.details.desk).toEqual({ id: desk.id, name: 'Desk 2' });
    const signInEntry = core.repos.audit.latest(20).find((e) => e.action === 'auth.signIn')!;
    expect(signInEntry.details.desk).toEqual({ id: desk.id, name: 'Desk 2' });
    // The host knows where the desk is and who is signed in there.
    const status = await ownerCall('desks.status', {});
    expect(status.ok && status.value).toMatchObject({
      desks: expect.arrayContaining([
        expect.objectContaining({
          name: 'Desk 2',
          address: DESK_ADDRESS,
          signedIn: ['Dana Receptionist'],
        }),
      ]),
    });
    // A desk's session is that desk's alone: not the host's, not taken to another desk.
    expect(core.contextFor(session).staff).toBeNull();
    const other = await pair('Desk 3');
    const borrowed = await call('stays.inHouse', {}, other.token, session);
    expect(borrowed.json.error.code).toBe('auth.required');
  });

  it('refuses a receptionist at a desk the owner screens (auth.forbidden from the server)', async () => {
    const { token } = await pair('Desk 4');
    const s = await call('auth.signIn', { staffId: receptionistId, secret: PIN }, token);
    const r = await call('desks.addDesk', { name: 'Sneaky' }, token, s.json.value.token);
    expect(r.json.error.code).toBe('auth.forbidden');
  });

  it('throttles sign-in per desk: five wrong PINs at one desk lock that desk, not the host', async () => {
    const { token } = await pair('Desk 5');
    for (let i = 0; i < 5; i += 1) {
      const r = await call('auth.signIn', { staffId: owner.staff.id, secret: '0000' }, token);
      expect(r.json.ok).toBe(false);
    }
    const locked = await call('auth.signIn', { staffId: owner.staff.id, secret: '2580' }, token);
    expect(locked.json.error.code).toBe('auth.locked');
    // The host's own screens (and their shared row) are untouched by that desk's guesses.
    expect(core.repos.throttle.get(owner.staff.id, ANY_CLIENT)?.lockedUntil ?? null).toBeNull();
    const atHost = await core.dispatch(
      'auth.signIn',
      { staffId: owner.staff.id, secret: '2580' },
      core.contextFor(null),
    );
    expect(atHost.ok).toBe(true);
  });

  it('refuses a revoked desk at once, its sessions ended', async () => {
    const { token, desk } = await pair('Desk 6');
    const s = await call('auth.signIn', { staffId: receptionistId, secret: PIN }, token);
    const session = s.json.value.token as string;
    expect((await call('stays.inHouse', {}, token, session)).json.ok).toBe(true);

    expect((await ownerCall('desks.revoke', { deskId: desk.id })).ok).toBe(true);

    const after = await call('stays.inHouse', {}, token, session);
    expect([after.status, after.json.error.code]).toEqual([401, 'desks.revoked']);
    expect(core.sessionAlive(session, desk)).toBe(false);
    const again = await call('auth.signIn', { staffId: receptionistId, secret: PIN }, token);
    expect(again.json.error.code).toBe('desks.revoked');
  });

  it('answers nothing over plain HTTP on the LAN port', async () => {
    const reply = await new Promise<string>((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port: server.port, localAddress: DESK_ADDRESS });
      let got = '';
      s.on('data', (c) => (got += c.toString('latin1')));
      s.on('error', () => resolve(got));
      s.on('close', () => resolve(got));
      s.write('POST /api/pair HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}');
    });
    expect(reply).not.toMatch(/^HTTP\//);
  });

  it('refuses a host whose certificate is not the one compared at pairing', async () => {
    await expect(
      send('/api/pair', { code: '12345678' }, {}, otherFingerprint),
    ).rejects.toMatchObject({
      error: { code: 'desks.wrong_fingerprint' },
    });
  });
});
