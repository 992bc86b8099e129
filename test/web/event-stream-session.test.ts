import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { memoryCore, tempDir } from '../helpers/core';
import { signInAs } from '../helpers/sessions';

/** An open event stream: what it has received so far, and when the server ends it. */
function openStream(server: WebServer, session: string) {
  const got = { body: '', status: 0 };
  let onData = () => {};
  let onEnd = () => {};
  const next = () => new Promise<void>((r) => (onData = r));
  const ended = new Promise<void>((r) => (onEnd = r));
  const ready = next();
  const req = http.request(
    {
      host: '127.0.0.1',
      port: server.port,
      path: '/api/events',
      headers: { 'x-tirkeu-secret': server.secret, 'x-tirkeu-session': session },
    },
    (res) => {
      got.status = res.statusCode ?? 0;
      res.on('data', (c) => {
        got.body += String(c);
        onData();
      });
      res.on('end', () => onEnd());
    },
  );
  req.end();
  return Object.assign(got, { ready, next, ended });
}

describe('the web event stream and its session (issue 19)', () => {
  let core: Core;
  let server: WebServer;
  const tmp = tempDir();
  beforeAll(async () => {
    core = memoryCore(new Date('2026-03-20T06:00:00Z'));
    fs.writeFileSync(path.join(tmp.dir, 'index.html'), '<!doctype html><title>Tirkeu</title>');
    server = await startWebServer({ core, staticDir: tmp.dir });
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });

  it('sends nothing more once the tab has signed out, and ends the stream', async () => {
    const desk = await signInAs(core, 'receptionist', '1357', 'Aruzhan');
    const stream = openStream(server, desk.token);
    await stream.ready;
    expect(stream.status).toBe(200);
    // While signed in, others' work reaches the tab.
    const arrives = stream.next();
    await core.call('auth.saveLockSettings', { autoLockMinutes: 15 });
    await arrives;
    expect(stream.body).toContain('data.changed');
    expect((await core.dispatch('auth.signOut', {}, core.contextFor(desk.token))).ok).toBe(true);
    const before = stream.body;
    // Someone else's job reports progress, someone else saves: none of it reaches this tab.
    await core.call('auth.saveLockSettings', { autoLockMinutes: 20 });
    expect(await core.call('notifications.shiftReport', { language: 'en' })).toMatchObject({
      ok: true,
    });
    // The server ends the stream at the first event after the session ended.
    await stream.ended;
    expect(stream.body).toBe(before);
  });

  it('tells a signed-out tab the version and not the database’s path', async () => {
    const res = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/call',
          headers: { 'content-type': 'application/json', 'x-tirkeu-secret': server.secret },
        },
        (r) => {
          let body = '';
          r.on('data', (c) => (body += String(c)));
          r.on('end', () => resolve(body));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ method: 'app.info', input: {} }));
    });
    expect(JSON.parse(res)).toEqual({ ok: true, value: { version: '0.0.0' } });
  });
});
