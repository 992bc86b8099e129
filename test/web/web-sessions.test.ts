import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { contract } from '../../shared/contract';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { memoryCore, tempDir } from '../helpers/core';
import { signInAs } from '../helpers/sessions';

function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        // The event stream never ends by itself: its first bytes are enough.
        res.on('data', (c) => {
          body += c;
          if (res.headers['content-type'] === 'text/event-stream') req.destroy();
        });
        res.on('close', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

// A signed-out method that answers on its own: the sign-in screen and the first start.
const PUBLIC = ['app.info', 'auth.session', 'auth.staffList', 'settings.get', 'setup.get'];

describe('a web tab and its session (issue 11)', () => {
  let core: Core;
  let server: WebServer;
  const tmp = tempDir();
  beforeAll(async () => {
    core = memoryCore(new Date('2026-03-20T06:00:00Z'));
    fs.writeFileSync(path.join(tmp.dir, 'index.html'), '<!doctype html><title>Tirkeu</title>');
    server = await startWebServer({ core, staticDir: tmp.dir });
    // Something worth reading: a guest in house.
    const r = await core.call('stays.checkIn', checkInInput([guestEntry()]));
    expect(r.ok).toBe(true);
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });

  const call = (method: string, input: unknown, session?: string) =>
    request(server.port, {
      method: 'POST',
      path: '/api/call',
      headers: {
        'content-type': 'application/json',
        'x-tirkeu-secret': server.secret,
        ...(session === undefined ? {} : { 'x-tirkeu-session': session }),
      },
      body: JSON.stringify({ method, input }),
    });

  it('reads nothing without a session, holding the launch secret: every read answers auth.required', async () => {
    const reads = Object.entries(contract)
      .filter(([, spec]) => spec.kind === 'read')
      .map(([name]) => name);
    const answers: Record<string, string> = {};
    for (const method of reads) {
      const r = JSON.parse((await call(method, {})).body) as {
        ok: boolean;
        error?: { code: string };
      };
      answers[method] = r.ok ? 'ok' : r.error!.code;
    }
    const expected = Object.fromEntries(
      reads.map((m) => [m, PUBLIC.includes(m) ? 'ok' : 'auth.required']),
    );
    expect(answers).toEqual(expected);
    // Nor with a made-up token.
    const forged = JSON.parse((await call('stays.inHouse', {}, 'x'.repeat(43))).body);
    expect(forged).toEqual({ ok: false, error: { code: 'auth.required' } });
  });

  it('refuses the event stream and the files route to a tab without a session', async () => {
    const headers = { 'x-tirkeu-secret': server.secret };
    const events = await request(server.port, { path: '/api/events', headers });
    expect(events.status).toBe(401);
    expect(JSON.parse(events.body)).toEqual({ ok: false, error: { code: 'auth.required' } });
    const file = core.files.put(Buffer.from('%PDF-1.4 guest data'), 'p.pdf', 'application/pdf');
    const down = await request(server.port, { path: `/api/files/${file.fileId}`, headers });
    expect(down.status).toBe(401);
    expect(down.body).not.toContain('guest data');
    const up = await request(server.port, {
      method: 'POST',
      path: '/api/files',
      headers,
      body: 'x',
    });
    expect(up.status).toBe(401);
  });

  it('keeps each tab’s sign-in apart: one tab’s session is its own, and signing out ends only it', async () => {
    const desk = await signInAs(core, 'receptionist', '1357', 'Aruzhan');
    const other = await core.dispatch(
      'auth.signIn',
      { staffId: desk.staff.id, secret: '1357' },
      core.contextFor(null),
    );
    const second = (other as { value: { token: string } }).value.token;
    expect(second).not.toBe(desk.token);
    const inHouse = JSON.parse((await call('stays.inHouse', {}, desk.token)).body);
    expect(inHouse.ok).toBe(true);
    const events = await request(server.port, {
      path: '/api/events',
      headers: { 'x-tirkeu-secret': server.secret, 'x-tirkeu-session': desk.token },
    });
    expect(events.status).toBe(200);
    expect(JSON.parse((await call('auth.signOut', {}, desk.token)).body)).toEqual({
      ok: true,
      value: { signedOut: true },
    });
    expect(JSON.parse((await call('stays.inHouse', {}, desk.token)).body)).toEqual({
      ok: false,
      error: { code: 'auth.required' },
    });
    expect(JSON.parse((await call('auth.session', {}, second)).body)).toMatchObject({
      ok: true,
      value: { staff: { name: 'Aruzhan', role: 'receptionist' } },
    });
  });
});
