import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { joinRoutes } from '../../../electron/web/lan/join-routes';
import { startLanServer } from '../../../electron/web/lan/lan-server';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { tempDir } from '../../helpers/core';

const FIXTURES = path.join(__dirname, '../../fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};

describe('joining a host at the first start, and only then (issue 22)', () => {
  const tmp = tempDir();
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of closers.splice(0).reverse()) await c();
  });
  const start = async (core: Core): Promise<WebServer> => {
    const joined: unknown[] = [];
    const server = await startWebServer({
      core,
      staticDir: tmp.dir,
      extraRoutes: joinRoutes({ core, dataDir: tmp.dir, onJoined: (p) => joined.push(p) }),
    });
    closers.push(() => server.close());
    return server;
  };
  const post = (server: WebServer, p: string, body: unknown) =>
    fetch(`http://127.0.0.1:${server.port}${p}`, {
      method: 'POST',
      headers: { 'x-tirkeu-secret': server.secret },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, json: (await r.json()) as Record<string, unknown> }));

  it('shows a new PC the host’s fingerprint, and refuses an address off the LAN in words', async () => {
    const core = createCore({ dbFile: ':memory:' });
    closers.push(() => core.close());
    const host = await startLanServer({ core, host: '127.0.0.1', tls });
    closers.push(() => host.close());
    const server = await start(core);
    const probe = await post(server, '/api/join/probe', { url: host.url });
    expect(probe.json).toEqual({ ok: true, value: { fingerprint: host.fingerprint } });
    for (const url of ['https://8.8.8.8:443', 'http://192.168.1.2:47610', 'https://x/../', 5]) {
      const r = await post(server, '/api/join/probe', { url });
      expect([r.status, r.json]).toEqual([
        400,
        { ok: false, error: { code: 'desks.join_invalid' } },
      ]);
    }
    const noSecret = await fetch(`http://127.0.0.1:${server.port}/api/join/probe`, {
      method: 'POST',
      body: JSON.stringify({ url: host.url }),
    });
    expect(noSecret.status).toBe(401);
    expect(fs.existsSync(path.join(tmp.dir, 'desk.json'))).toBe(false);
  });

  it('never turns a hotel whose owner has a PIN into a desk', async () => {
    const core = createCore({ dbFile: ':memory:' });
    closers.push(() => core.close());
    const owner = core.repos.staff.firstOwner()!;
    await core.call('staff.resetSecret', { staffId: owner.id, secret: '1470' });
    await core.call('setup.finish', { hotel: null, ownerName: '', portal: null });
    const server = await start(core);
    const r = await post(server, '/api/join/pair', {
      url: 'https://127.0.0.1:47610',
      fingerprint: 'AB',
      code: '12345678',
    });
    expect([r.status, r.json]).toEqual([403, { ok: false, error: { code: 'setup.done' } }]);
    expect(fs.existsSync(path.join(tmp.dir, 'desk.json'))).toBe(false);
  });
});
