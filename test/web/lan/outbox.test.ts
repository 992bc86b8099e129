import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import {
  joinHost,
  savePairing,
  startDeskBridge,
  type DeskBridge,
  type DeskPairing,
} from '../../../electron/web/lan/desk-bridge';
import { startLanServer, type LanServer } from '../../../electron/web/lan/lan-server';
import type { CheckInResult, OutboxEntryView, PairingCode } from '../../../shared/contract';
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

describe("a desk's outbox while the host cannot be reached (issue 22)", () => {
  const tmp = tempDir();
  const clock = new Date('2026-03-20T06:00:00Z');
  let core: Core;
  let host: LanServer | null = null;
  let port = 0;
  let pairing: DeskPairing;
  let bridge: DeskBridge | null = null;
  let staffId = 0;
  const deskDir = tmp.file('desk');

  const hostUp = async () => {
    host = await startLanServer({ core, host: '127.0.0.1', port, tls });
    port = host.port;
  };
  const hostDown = async () => {
    await host?.close();
    host = null;
  };
  /** Stays on the host under this surname, whatever their state. */
  const onHost = (surname: string) =>
    (
      core.db
        .prepare(
          'SELECT count(*) AS n FROM stays s JOIN guests g ON g.id = s.guest_id WHERE g.surname = ?',
        )
        .get(surname) as { n: number }
    ).n;
  const openBridge = () =>
    startDeskBridge({
      pairing,
      staticDir: tmp.dir,
      localAddress: '127.0.0.2',
      outbox: { dir: deskDir, retryMs: 100 },
    });
  const signIn = async () => {
    const r = await deskCall<{ token: string }>(bridge!, 'auth.signIn', {
      staffId,
      secret: '4711',
    });
    expect(r.json.ok).toBe(true);
    return r.json.value.token;
  };
  const list = async (session: string) =>
    (await deskCall<OutboxEntryView[]>(bridge!, 'outbox.list', {}, session)).json.value;

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

  it('keeps three check-ins while the host is off, and each arrives once when it is back', async () => {
    bridge = await openBridge();
    const session = await signIn();
    await hostDown();

    const names = ['ALPHA', 'BRAVO', 'CHARLIE'];
    for (const [i, surname] of names.entries()) {
      const r = await deskCall<CheckInResult>(
        bridge,
        'stays.checkIn',
        checkInInput([guestEntry({ surname, citizenship: 'DEU' })], { room: `10${i}` }),
        session,
      );
      expect(r.json.ok).toBe(true);
      expect(r.json.value.stays).toEqual([]);
      expect(r.json.value.queued).toMatchObject({ state: 'queued', room: `10${i}` });
    }
    const kept = await list(session);
    expect(kept.map((e) => e.guests[0]!.surname)).toEqual(names);
    // Computed on the desk with the shared rules: Friday 20 March 2026 counts, then Nauryz
    // (21–25 March) is skipped (domain.md §2–3); the host computes the same on arrival.
    const deskDue = kept[0]!.guests[0]!.notice!.dueDate;
    expect(deskDue).toBe('2026-03-27');
    expect(new Set(kept.map((e) => e.key)).size).toBe(3);
    expect(names.map(onHost)).toEqual([0, 0, 0]);
    // Owner-only on disk, like desk.json.
    if (process.platform !== 'win32')
      expect(fs.statSync(path.join(deskDir, 'outbox.sqlite')).mode & 0o777).toBe(0o600);

    // Hostile or broken input is refused in words, not kept to fail later at the host.
    const hostile = await deskCall(
      bridge,
      'stays.checkIn',
      { ...checkInInput([guestEntry({ surname: 'EVIL' })]), room: '', extra: '<script>' },
      session,
    );
    expect([hostile.status, hostile.json.error.code]).toEqual([400, 'api.invalid_input']);
    const forgedKey = await deskCall(
      bridge,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'EVIL' })], { idempotencyKey: 'not-a-uuid' }),
      session,
    );
    expect(forgedKey.json.error.code).toBe('api.invalid_input');
    expect((await list(session)).length).toBe(3);

    // Nothing but check-ins is kept: an edit while the host is away is refused, not queued.
    const edit = await deskCall(
      bridge,
      'stays.checkOut',
      { stayId: 1, at: clock.toISOString() },
      session,
    );
    expect([edit.status, edit.json.error.code]).toEqual([503, 'desks.host_unreachable']);

    await hostUp();
    // The event stream coming back is what sends them (the retry timer would too).
    const stream = http.get({
      host: '127.0.0.1',
      port: bridge.port,
      path: '/api/events',
      headers: { 'x-tirkeu-secret': bridge.secret, 'x-tirkeu-session': session },
    });
    await vi.waitFor(async () => expect(await list(session)).toEqual([]), WAIT);
    stream.destroy();
    expect(names.map(onHost)).toEqual([1, 1, 1]);
    const rows = (await core.call('stays.inHouse', { query: names[0] })) as {
      value: Array<{ notice: { dueDate: string } }>;
    };
    expect(rows.value[0]!.notice.dueDate).toBe(deskDue);
    const entries = core.repos.audit.latest(20).filter((e) => e.action === 'stay.check_in');
    expect(entries[0]!.details.desk).toEqual({ id: pairing.desk.id, name: 'Desk 2' });
  });

  it('puts a check-in the host refuses on arrival to the desk as a question, and loses nothing', async () => {
    const session = await signIn();
    // At the host meanwhile: one guest is in house, another stayed before under a document
    // the desk will enter for someone of another name.
    await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'TWICE', citizenship: 'FRA' })]),
    );
    const old = guestEntry({ surname: 'EARLIER', citizenship: 'ITA' });
    const was = (await core.call(
      'stays.checkIn',
      checkInInput([old], { room: '7', checkInAt: '2026-03-20T08:00:00+05:00' }),
    )) as { value: CheckInResult };
    const out = await core.call('stays.checkOut', {
      stayId: was.value.stays[0]!.stayId,
      at: clock.toISOString(),
    });
    expect(out.ok).toBe(true);
    await hostDown();

    await deskCall(
      bridge!,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'TWICE', citizenship: 'FRA' })], { room: '301' }),
      session,
    );
    const renamed = guestEntry({ surname: 'LATER', citizenship: 'ITA' });
    renamed.document = old.document;
    await deskCall(bridge!, 'stays.checkIn', checkInInput([renamed], { room: '302' }), session);
    await hostUp();

    await vi.waitFor(async () => {
      const kept = await list(session);
      expect(kept.map((e) => e.state)).toEqual(['refused', 'refused']);
    }, WAIT);
    const [twice, later] = await list(session);
    expect(twice!.error!.issues!.map((i) => i.code)).toEqual(['guest.already_in_house']);
    expect(later!.error!.issues!.map((i) => i.code)).toEqual(['guest.document_holder_differs']);
    expect([onHost('TWICE'), onHost('LATER')]).toEqual([1, 0]);

    // The desk answers as its form would: the same person, whose record is corrected.
    const answered = await deskCall<OutboxEntryView[]>(
      bridge!,
      'outbox.resolve',
      { key: later!.key, guest: 0, identity: 'same_person', guestId: null },
      session,
    );
    expect(answered.json.ok).toBe(true);
    await vi.waitFor(async () => expect((await list(session)).length).toBe(1), WAIT);
    // One person: the earlier guest's record now under the corrected name, with both stays.
    expect([onHost('LATER'), onHost('EARLIER')]).toEqual([2, 0]);

    // A discarded one never reaches the host; a stranger to this desk cannot discard.
    const stranger = await deskCall(bridge!, 'outbox.discard', { key: twice!.key }, 'x'.repeat(40));
    expect(stranger.json.error.code).toBe('auth.required');
    const hostile = await deskCall(bridge!, 'outbox.discard', { key: "1' OR 1=1" }, session);
    expect(hostile.json.error.code).toBe('api.invalid_input');
    expect((await list(session)).length).toBe(1);
    await deskCall(bridge!, 'outbox.discard', { key: twice!.key }, session);
    expect(await list(session)).toEqual([]);
    expect(onHost('TWICE')).toBe(1);
  });

  it('sends the same key again after the desk was killed mid-send, and the host makes the guest once', async () => {
    const session = await signIn();
    await hostDown();
    const names = ['KILO', 'LIMA', 'MIKE'];
    for (const [i, surname] of names.entries())
      await deskCall(
        bridge!,
        'stays.checkIn',
        checkInInput([guestEntry({ surname, citizenship: 'ESP' })], { room: `40${i}` }),
        session,
      );
    await bridge!.close();
    bridge = null;
    await hostUp();

    // The desk as its own process, which dies right after the host took the first check-in
    // and before it noted so (a deterministic test hook, not a race).
    const desk = (env: Record<string, string>) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'electron/core/cli/main.ts',
          'serve',
          '--connect',
          pairing.url,
          '--fingerprint',
          pairing.fingerprint,
          '--data',
          deskDir,
        ],
        { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      return { child, exited };
    };
    const first = desk({ TIRKEU_TEST_OUTBOX_EXIT_AFTER_ACK: '1' });
    expect(await first.exited).toBe(75);
    expect(names.map(onHost)).toEqual([1, 0, 0]);

    const second = desk({});
    try {
      await vi.waitFor(() => expect(names.map(onHost)).toEqual([1, 1, 1]), WAIT);
      // The first was sent again under its key and answered from what the host kept.
      await vi.waitFor(
        () =>
          expect(
            core.repos.audit.latest(10).some((e) => e.action === 'stay.check_in_replayed'),
          ).toBe(true),
        WAIT,
      );
    } finally {
      second.child.kill();
      await second.exited;
    }
    expect(names.map(onHost)).toEqual([1, 1, 1]);
  });
});
