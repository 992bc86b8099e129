import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { memoryCore, tempDir } from '../helpers/core';
import { httpRequest } from '../helpers/http';
import { signInAs } from '../helpers/sessions';

async function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
) {
  const r = await httpRequest(port, {
    method: opts.method ?? 'GET',
    path: opts.path,
    ...(opts.headers ? { headers: opts.headers } : {}),
    ...(opts.body !== undefined ? { body: Buffer.from(opts.body) } : {}),
  });
  return { ...r, body: r.body.toString('utf8') };
}

describe('the loopback web bridge', () => {
  let core: Core;
  let server: WebServer;
  const tmp = tempDir();
  beforeAll(async () => {
    core = memoryCore();
    fs.writeFileSync(path.join(tmp.dir, 'index.html'), '<!doctype html><title>Tirkeu</title>');
    server = await startWebServer({ core, staticDir: tmp.dir });
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });

  const call = (method: string, input: unknown, headers: Record<string, string> = {}) =>
    request(server.port, {
      method: 'POST',
      path: '/api/call',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ method, input }),
    });

  it('listens on 127.0.0.1 only and prints a URL carrying the secret in its fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#k=${server.secret}`);
    expect(server.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses an API call without the secret', async () => {
    const r = await call('hotel.get', {});
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'api.unauthorized' } });
  });

  it('refuses an API call with a wrong secret of the same length', async () => {
    const wrong = server.secret.replace(/./g, 'A');
    expect((await call('hotel.get', {}, { 'x-tirkeu-secret': wrong })).status).toBe(401);
  });

  it('answers a call that carries the secret as the tab’s signed-in staff member', async () => {
    const { token } = await signInAs(core, 'auditor');
    const headers = { 'x-tirkeu-secret': server.secret, 'x-tirkeu-session': token };
    const r = await call('staff.current', {}, headers);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { role: 'auditor' } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const r = await request(server.port, {
      path: '/',
      headers: { host: `evil.example:${server.port}` },
    });
    expect(r.status).toBe(403);
  });

  it('answers a body that is not JSON with invalid input', async () => {
    const r = await request(server.port, {
      method: 'POST',
      path: '/api/call',
      headers: { 'x-tirkeu-secret': server.secret },
      body: '{not json',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ error: { code: 'api.invalid_input' } });
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const r = await request(server.port, { path: '/in-house' });
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.body).toContain('<title>Tirkeu</title>');
  });

  it('never serves files outside the renderer folder', async () => {
    const r = await request(server.port, { path: '/..%2f..%2fetc%2fpasswd' });
    expect(r.body).not.toContain('root:');
  });
});
