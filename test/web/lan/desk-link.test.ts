import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import {
  joinHost,
  startDeskBridge,
  type DeskBridge,
  type DeskPairing,
} from '../../../electron/web/lan/desk-bridge';
import { startLanServer, type LanServer } from '../../../electron/web/lan/lan-server';
import type { DeskLink, PairingCode } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir } from '../../helpers/core';

const FIXTURES = path.join(__dirname, '../../fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};

interface Reply {
  ok: boolean;
  value: Record<string, unknown> & { token: string; desk?: DeskLink };
  error: { code: string };
}

describe('a desk knows whether its host answers, and says so (issue 22)', () => {
  const tmp = tempDir();
  const clock = new Date('2026-03-20T06:00:00Z');
  let core: Core;
  let host: LanServer;
  let hostPort = 0;
  let pairing: DeskPairing;
  let bridge: DeskBridge;
  let session = '';
  let receptionistId = 0;
  const events: string[] = [];
  let stream: http.ClientRequest;

  const call = (method: string, input: unknown) =>
    new Promise<{ status: number; json: Reply }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: bridge.port,
          method: 'POST',
          path: '/api/call',
          headers: { 'x-tirkeu-secret': bridge.secret, 'x-tirkeu-session': session },
        },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(body) as Reply }),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ method, input }));
    });
  const linkEvents = () =>
    events
      .join('')
      .split('\n\n')
      .filter((l) => l.includes('"desk.link"'))
      .map((l) => (JSON.parse(l.slice(6)) as { payload: DeskLink }).payload);

  beforeAll(async () => {
    core = createCore({ dbFile: ':memory:', now: () => clock });
    const made = await core.call('staff.create', {
      name: 'Dana',
      role: 'receptionist',
      secret: '4711',
    });
    receptionistId = (made as { value: { id: number } }).value.id;
    host = await startLanServer({ core, host: '127.0.0.1', tls });
    hostPort = host.port;
    const code = (await core.call('desks.addDesk', { name: 'Back office' })) as {
      value: PairingCode;
    };
    pairing = await joinHost({
      url: host.url,
      fingerprint: host.fingerprint,
      code: code.value.code,
      localAddress: '127.0.0.2',
    });
    fs.writeFileSync(tmp.file('index.html'), '<!doctype html><title>Tirkeu</title>');
    bridge = await startDeskBridge({
      pairing,
      staticDir: tmp.dir,
      localAddress: '127.0.0.2',
      probeEveryMs: 50,
    });
    const signedIn = await call('auth.signIn', { staffId: receptionistId, secret: '4711' });
    session = signedIn.json.value.token;
    stream = http.get({
      host: '127.0.0.1',
      port: bridge.port,
      path: '/api/events',
      headers: { 'x-tirkeu-secret': bridge.secret, 'x-tirkeu-session': session },
    });
    await new Promise<void>((resolve) =>
      stream.on('response', (res) =>
        res.on('data', (c: Buffer) => {
          events.push(c.toString());
          resolve();
        }),
      ),
    );
  });
  afterAll(async () => {
    stream?.destroy();
    await bridge?.close();
    await host.close();
    core.close();
    tmp.cleanup();
  });

  it('tells app.info who it is and that the host answers', async () => {
    const info = await call('app.info', {});
    expect(info.json.value.desk).toMatchObject({
      name: 'Back office',
      hostUrl: pairing.url,
      reachable: true,
    });
    expect(info.json.value.desk?.lastContactAt).not.toBeNull();
  });

  it('passes files to the host and back, with the session, capped, and no backup', async () => {
    const file = (method: string, p: string, headers: Record<string, string>, body?: Buffer) =>
      new Promise<{ status: number; body: Buffer; type: string }>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port: bridge.port, method, path: p, headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks),
                type: String(res.headers['content-type']),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const secret = { 'x-tirkeu-secret': bridge.secret };
    const signed = { ...secret, 'x-tirkeu-session': session };
    const proof = Buffer.from('%PDF-1.4 a stamped notice');
    const put = await file(
      'POST',
      '/api/files',
      {
        ...signed,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('талон.pdf'),
      },
      proof,
    );
    expect(put.status).toBe(200);
    const ref = (JSON.parse(put.body.toString()) as { value: { fileId: string; name: string } })
      .value;
    expect(ref.name).toBe('талон.pdf');
    // It is in the host's own store, not the desk's.
    expect(Buffer.from(core.files.get(ref.fileId).bytes!).toString()).toBe(proof.toString());
    const got = await file('GET', `/api/files/${ref.fileId}`, signed);
    expect([got.status, got.body.toString()]).toEqual([200, proof.toString()]);

    const anonymous = await file('POST', '/api/files', secret, proof);
    expect(JSON.parse(anonymous.body.toString())).toEqual({
      ok: false,
      error: { code: 'auth.required' },
    });
    const huge = await file('POST', '/api/files', {
      ...signed,
      'content-length': String(26 * 1024 * 1024),
    });
    expect(JSON.parse(huge.body.toString()).error.code).toBe('file.too_large');
    const backup = await file('POST', '/api/files', { ...signed, 'x-file-kind': 'backup' }, proof);
    expect([backup.status, JSON.parse(backup.body.toString()).error.code]).toEqual([
      403,
      'auth.forbidden',
    ]);
  });

  it('says at once on the open stream when the host stops, and refuses writes in words', async () => {
    await host.close();
    await vi.waitFor(() => expect(linkEvents().at(-1)?.reachable).toBe(false), {
      timeout: 25_000,
      interval: 10,
    });
    const last = linkEvents().at(-1)!;
    expect(last.lastContactAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const write = await call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'OFFLINE' })], { room: '4' }),
    );
    expect([write.status, write.json.error.code]).toEqual([503, 'desks.host_unreachable']);
    const read = await call('stays.inHouse', { query: '' });
    expect(read.json.error.code).toBe('desks.host_unreachable');
    const info = await call('app.info', {});
    expect(info.json.value.desk).toMatchObject({
      reachable: false,
      lastContactAt: last.lastContactAt,
    });
    // Nothing reached the host meanwhile.
    expect(JSON.stringify(await core.call('stays.inHouse', { query: '' }))).not.toContain(
      'OFFLINE',
    );
  }, 30_000);

  it('says so again when the host is back, and passes its events on the same stream', async () => {
    host = await startLanServer({ core, host: '127.0.0.1', port: hostPort, tls });
    await vi.waitFor(() => expect(linkEvents().at(-1)?.reachable).toBe(true), {
      timeout: 25_000,
      interval: 10,
    });
    const before = events.join('').length;
    await core.call('stays.checkIn', checkInInput([guestEntry({ surname: 'BACKAGAIN' })]));
    await vi.waitFor(() => expect(events.join('').slice(before)).toContain('"roots":["stays"]'), {
      timeout: 25_000,
      interval: 10,
    });
    const read = await call('stays.inHouse', { query: '' });
    expect(JSON.stringify(read.json.value)).toContain('BACKAGAIN');
  }, 30_000);
});
