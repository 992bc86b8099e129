import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import {
  joinHost,
  loadPairing,
  savePairing,
  startDeskBridge,
  type DeskBridge,
  type DeskPairing,
} from '../../../electron/web/lan/desk-bridge';
import { startLanServer, type LanServer } from '../../../electron/web/lan/lan-server';
import { fingerprintOf } from '../../../electron/core/desks/tls-files';
import type { PairingCode } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir } from '../../helpers/core';

const FIXTURES = path.join(__dirname, '../../fixtures/lan-tls');
const read = (f: string) => fs.readFileSync(path.join(FIXTURES, f), 'utf8');

/** What the bridge passes back: the host's Result. */
interface Reply {
  ok: boolean;
  value: { token: string } & Record<string, unknown>;
  error: { code: string };
}

/** One request to the desk's own loopback web mode, as its renderer makes it. */
function local(
  bridge: DeskBridge,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('a desk runs the renderer against the host through its own loopback bridge (issue 22)', () => {
  const tmp = tempDir();
  const clock = new Date('2026-03-20T06:00:00Z');
  let core: Core;
  let host: LanServer;
  let pairing: DeskPairing;
  let bridge: DeskBridge;
  let receptionistId = 0;
  const call = (method: string, input: unknown, session?: string) =>
    local(bridge, {
      path: '/api/call',
      headers: {
        'x-tirkeu-secret': bridge.secret,
        ...(session ? { 'x-tirkeu-session': session } : {}),
      },
      body: JSON.stringify({ method, input }),
    }).then((r) => ({
      status: r.status,
      json: JSON.parse(r.body) as Reply,
    }));

  beforeAll(async () => {
    core = createCore({ dbFile: ':memory:', now: () => clock });
    const made = await core.call('staff.create', {
      name: 'Dana',
      role: 'receptionist',
      secret: '4711',
    });
    receptionistId = (made as { value: { id: number } }).value.id;
    host = await startLanServer({
      core,
      host: '127.0.0.1',
      tls: { cert: read('cert.pem'), key: read('key.pem') },
    });
  });
  afterAll(async () => {
    await bridge?.close();
    await host.close();
    core.close();
    tmp.cleanup();
  });

  it('sends the code to no host but the one whose fingerprint was compared', async () => {
    const made = (await core.call('desks.addDesk', { name: 'Desk B' })) as {
      ok: true;
      value: PairingCode;
    };
    await expect(
      joinHost({
        url: host.url,
        fingerprint: fingerprintOf(read('other-cert.pem')),
        code: made.value.code,
      }),
    ).rejects.toMatchObject({ error: { code: 'desks.wrong_fingerprint' } });
    // The code never reached the host: it is still open, unused and uncounted.
    expect(core.repos.desks.openCodes(clock.toISOString())).toMatchObject([
      { usedAt: null, failed: 0 },
    ]);
  });

  it('joins once, keeps the pairing owner-only, and works through the bridge', async () => {
    const made = (await core.call('desks.addDesk', { name: 'Desk C' })) as {
      ok: true;
      value: PairingCode;
    };
    pairing = await joinHost({
      url: host.url,
      fingerprint: host.fingerprint,
      code: made.value.code,
      localAddress: '127.0.0.2',
    });
    savePairing(tmp.dir, pairing);
    expect(loadPairing(tmp.dir)).toEqual(pairing);
    if (process.platform !== 'win32')
      expect(fs.statSync(path.join(tmp.dir, 'desk.json')).mode & 0o777).toBe(0o600);

    fs.writeFileSync(tmp.file('index.html'), '<!doctype html><title>Tirkeu</title>');
    bridge = await startDeskBridge({ pairing, staticDir: tmp.dir, localAddress: '127.0.0.2' });
    expect((await call('app.info', {})).status).toBe(200);
    const unsigned = await local(bridge, { path: '/api/call', body: '{}' });
    expect(unsigned.status).toBe(401);

    const signedIn = await call('auth.signIn', { staffId: receptionistId, secret: '4711' });
    expect(signedIn.json.ok).toBe(true);
    const session = signedIn.json.value.token;

    // The event stream through the bridge: a check-in at the host reaches this desk at once.
    const events: string[] = [];
    const stream = http.get({
      host: '127.0.0.1',
      port: bridge.port,
      path: '/api/events',
      headers: { 'x-tirkeu-secret': bridge.secret, 'x-tirkeu-session': session },
    });
    const connected = new Promise<void>((resolve) =>
      stream.on('response', (res) =>
        res.on('data', (c: Buffer) => {
          events.push(c.toString());
          resolve();
        }),
      ),
    );
    await connected;
    await core.call('stays.checkIn', checkInInput([guestEntry({ surname: 'HOSTSIDE' })]));
    // Pushed, not polled for: it arrives on the open stream (the test's timeout bounds the wait).
    await vi.waitFor(() => expect(events.join('')).toContain('"roots":["stays"]'), {
      timeout: 10_000,
      interval: 10,
    });
    stream.destroy();

    const r = await call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'DESKSIDE', citizenship: 'DEU' })], { room: '12' }),
      session,
    );
    expect(r.json.ok).toBe(true);
    const entry = core.repos.audit.latest(10).find((e) => e.action === 'stay.check_in')!;
    expect(entry.details.desk).toEqual({ id: pairing.desk.id, name: 'Desk C' });

    const list = await call('stays.inHouse', {}, session);
    expect(JSON.stringify(list.json.value)).toContain('HOSTSIDE');
  });

  it('is refused at once once the owner revokes it', async () => {
    await core.call('desks.revoke', { deskId: pairing.desk.id });
    const r = await call('stays.inHouse', {});
    expect([r.status, r.json.error.code]).toEqual([401, 'desks.revoked']);
  });
});
