import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import {
  joinHost,
  savePairing,
  rulesWatch,
  startDeskBridge,
  type DeskBridge,
  type DeskPairing,
} from '../../../electron/web/lan/desk-bridge';
import { startLanServer, type LanServer } from '../../../electron/web/lan/lan-server';
import type {
  CheckInResult,
  OutboxEntryView,
  PairingCode,
  RulesInputs,
} from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir } from '../../helpers/core';

const FIXTURES = path.join(__dirname, '../../fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};

interface Reply<T = unknown> {
  ok: boolean;
  value: T;
  error: { code: string; issues?: Array<{ code: string }> };
}

/** One call to a desk's own loopback web mode, as its renderer makes it. */
function deskCall<T = unknown>(
  bridge: DeskBridge,
  method: string,
  input: unknown,
  session?: string,
): Promise<{ status: number; json: Reply<T> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: '/api/call',
        headers: {
          'x-tirkeu-secret': bridge.secret,
          ...(session ? { 'x-tirkeu-session': session } : {}),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(body) as Reply<T> }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ method, input }));
  });
}

const WAIT = { timeout: 15_000, interval: 25 };

describe("a desk's deadline for a kept check-in is the host's (issue 22)", () => {
  const tmp = tempDir();
  const clock = new Date('2026-03-20T06:00:00Z');
  let core: Core;
  let host: LanServer | null = null;
  let port = 0;
  let pairing: DeskPairing;
  let bridge: DeskBridge | null = null;
  let staffId = 0;
  const deskDir = tmp.file('desk');
  const cacheFile = path.join(deskDir, 'rules-cache.json');
  const cached = () =>
    JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {
      cache: boolean;
      fetchedAt: string;
      inputs: RulesInputs;
    };

  const hostUp = async () => {
    host = await startLanServer({ core, host: '127.0.0.1', port, tls });
    port = host.port;
  };
  const hostDown = async () => {
    await host?.close();
    host = null;
  };

  beforeAll(async () => {
    core = createCore({ dbFile: ':memory:', now: () => clock });
    const made = await core.call('staff.create', {
      name: 'Dana',
      role: 'receptionist',
      secret: '4711',
    });
    staffId = (made as { value: { id: number } }).value.id;
    await hostUp();
    const code = ((await core.call('desks.addDesk', { name: 'Desk 2' })) as { value: PairingCode })
      .value.code;
    pairing = await joinHost({
      url: host!.url,
      fingerprint: host!.fingerprint,
      code,
      localAddress: '127.0.0.2',
    });
    savePairing(deskDir, pairing);
  });
  afterAll(async () => {
    await bridge?.close();
    await hostDown();
    core.close();
    tmp.cleanup();
  });

  it("fetches the owner's calendar change, and a check-in kept offline gets the date the host gives it", async () => {
    bridge = await startDeskBridge({
      pairing,
      staticDir: tmp.dir,
      localAddress: '127.0.0.2',
      outbox: { dir: deskDir, retryMs: 100 },
    });
    // Read by every staff member, but by no one signed out.
    const stranger = await deskCall(bridge, 'rules.inputs', {});
    expect(stranger.json.error.code).toBe('auth.required');
    expect(fs.existsSync(cacheFile)).toBe(false);

    const signedIn = await deskCall<{ token: string }>(bridge, 'auth.signIn', {
      staffId,
      secret: '4711',
    });
    const session = signedIn.json.value.token;
    // The first session the host accepts fetches the rule inputs: a file that says it is a cache.
    await vi.waitFor(() => expect(fs.existsSync(cacheFile)).toBe(true), WAIT);
    expect(cached()).toMatchObject({ cache: true, inputs: { overrides: [] } });
    if (process.platform !== 'win32') expect(fs.statSync(cacheFile).mode & 0o777).toBe(0o600);

    // The tab's event stream passes through the desk, which hears the settings change.
    const stream = http.get({
      host: '127.0.0.1',
      port: bridge.port,
      path: '/api/events',
      headers: { 'x-tirkeu-secret': bridge.secret, 'x-tirkeu-session': session },
    });
    stream.on('response', (res) => res.resume());
    await new Promise((resolve) => setTimeout(resolve, 200));
    const saved = await core.call('calendar.saveOverride', {
      date: '2026-03-26',
      working: false,
      source: 'Order 42',
      note: 'Dana asked for it',
    });
    expect(saved.ok).toBe(true);
    await vi.waitFor(
      () =>
        expect(cached().inputs.overrides).toEqual([
          { date: '2026-03-26', working: false, source: 'Order 42' },
        ]),
      WAIT,
    );
    // No personal data: not who made the change, nor the owner's note.
    expect(fs.readFileSync(cacheFile, 'utf8')).not.toMatch(/Dana|createdBy|note/);
    stream.destroy();

    await hostDown();
    const r = await deskCall<CheckInResult & { queued: OutboxEntryView }>(
      bridge,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'OSCAR', citizenship: 'DEU' })], { room: '12' }),
      session,
    );
    expect(r.json.value.queued.state).toBe('queued');
    // Friday 20 March counts, Nauryz (21–25) and the owner's 26 March are off, Friday 27 is the
    // second, the weekend is off, Monday 30 the third (domain.md §2–3). The shipped calendar
    // alone would say 27 March.
    const notice = r.json.value.queued.guests[0]!.notice!;
    expect([notice.dueDate, notice.provisional]).toEqual(['2026-03-30', false]);

    await hostUp();
    await vi.waitFor(
      async () =>
        expect(
          (await deskCall<OutboxEntryView[]>(bridge!, 'outbox.list', {}, session)).json.value,
        ).toEqual([]),
      WAIT,
    );
    const rows = (await core.call('stays.inHouse', { query: 'OSCAR' })) as {
      value: Array<{ notice: { dueDate: string } }>;
    };
    expect(rows.value[0]!.notice.dueDate).toBe(notice.dueDate);
  });

  it("calls a deadline provisional before the host's inputs were ever fetched", async () => {
    fs.rmSync(cacheFile);
    await bridge!.close();
    bridge = null;
    const { createOutbox } = await import('../../../electron/web/lan/outbox');
    const outbox = createOutbox({ dir: deskDir, now: () => clock });
    try {
      const away = () => Promise.reject(new Error('away'));
      // A session the host accepted, then the host goes away before the inputs could be fetched.
      await outbox.call(JSON.stringify({ method: 'auth.signIn', input: {} }), null, async (body) =>
        body.includes('auth.signIn')
          ? { status: 200, body: JSON.stringify({ ok: true, value: { token: 't'.repeat(40) } }) }
          : away(),
      );
      const { AppFailure } = await import('../../../shared/contract');
      const unreachable = () => Promise.reject(new AppFailure('desks.unreachable'));
      const kept = await outbox.call(
        JSON.stringify({
          method: 'stays.checkIn',
          input: checkInInput([guestEntry({ surname: 'PAPA', citizenship: 'DEU' })]),
        }),
        't'.repeat(40),
        unreachable,
      );
      const notice = (JSON.parse(kept.body) as { value: { queued: OutboxEntryView } }).value.queued
        .guests[0]!.notice!;
      expect([notice.dueDate, notice.provisional]).toEqual(['2026-03-27', true]);
      expect(fs.existsSync(cacheFile)).toBe(false);
    } finally {
      outbox.close();
    }
  });

  it('hears only a calendar or rules change in the event stream', () => {
    const heard = vi.fn();
    const watch = rulesWatch(heard);
    watch(': connected\n\n');
    watch('data: {"event":"data.changed","payload":{"roots":["stays"]}}\n\n');
    watch('data: {"event":"data.changed","payload":{"roo');
    expect(heard).not.toHaveBeenCalled();
    watch('ts":["calendar"]}}\n\ndata: not json\n\n');
    expect(heard).toHaveBeenCalledTimes(1);
    watch('data: {"event":"data.changed","payload":{"roots":["rules"]}}\n\n');
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
