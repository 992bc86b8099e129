import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { readTls, tlsDirFor, writeTls } from '../../../electron/core/desks/tls-files';
import { startLanController } from '../../../electron/web/lan/lan-controller';
import { pinnedRequest } from '../../../electron/web/lan/pinned-client';
import { tempDir } from '../../helpers/core';

const FIXTURES = path.join(__dirname, '../../fixtures/lan-tls');
const material = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};

/** A port nobody listens on now (the settings take 1024 and up, so not 0). */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

describe('sharing follows Settings › Desks (issue 22)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('keeps the key beside the data readable by its owner alone', () => {
    const dir = tlsDirFor(tmp.file('keys.db'))!;
    expect(readTls(dir)).toBeNull();
    writeTls(dir, material);
    const found = readTls(dir)!;
    expect(found.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      // A key someone loosened is tightened again before it is used.
      fs.chmodSync(path.join(dir, 'key.pem'), 0o644);
      readTls(dir);
      expect(fs.statSync(path.join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses sharing without a certificate, or on an address this PC does not have', async () => {
    const core = createCore({ dbFile: tmp.file('none/h.db'), lanAddresses: () => ['127.0.0.1'] });
    try {
      const noCert = await core.call('desks.saveSharing', {
        enabled: true,
        address: '127.0.0.1',
        port: 47_610,
      });
      expect(noCert).toMatchObject({ ok: false, error: { code: 'desks.no_certificate' } });
      const notHere = await core.call('desks.saveSharing', {
        enabled: true,
        address: '192.168.77.1',
        port: 47_610,
      });
      expect(notHere).toMatchObject({ ok: false, error: { code: 'desks.address_not_here' } });
      const everywhere = await core.call('desks.saveSharing', {
        enabled: true,
        address: '0.0.0.0',
        port: 47_610,
      });
      expect(everywhere).toMatchObject({ ok: false, error: { code: 'desks.address_not_here' } });
    } finally {
      core.close();
    }
  });

  it('starts the listener when sharing is switched on and stops it when switched off', async () => {
    fs.mkdirSync(tmp.file('host'));
    const dbFile = tmp.file('host/h.db');
    writeTls(tlsDirFor(dbFile)!, material);
    const core = createCore({ dbFile, lanAddresses: () => ['127.0.0.1'] });
    const lan = startLanController({ core });
    const port = await freePort();
    try {
      await lan.settled();
      expect(lan.current()).toBeNull();
      const on = await core.call('desks.saveSharing', {
        enabled: true,
        address: '127.0.0.1',
        port,
      });
      expect(on.ok).toBe(true);
      await lan.settled();
      const server = lan.current()!;
      expect(server.url).toBe(`https://127.0.0.1:${port}`);
      const r = await pinnedRequest({
        url: server.url,
        fingerprint: server.fingerprint,
        method: 'POST',
        path: '/api/call',
        body: '{}',
        localAddress: '127.0.0.2',
      });
      expect(JSON.parse(r.body)).toMatchObject({ error: { code: 'desks.unpaired' } });

      await core.call('desks.saveSharing', { enabled: false, address: '127.0.0.1', port });
      await lan.settled();
      expect(lan.current()).toBeNull();
      await expect(
        pinnedRequest({
          url: server.url,
          fingerprint: server.fingerprint,
          method: 'GET',
          path: '/',
        }),
      ).rejects.toMatchObject({ error: { code: 'desks.unreachable' } });
    } finally {
      await lan.close();
      core.close();
    }
  });

  it('makes the certificate at first share, keeps its key 0600, and serves TLS with it', async () => {
    fs.mkdirSync(tmp.file('first'));
    const dbFile = tmp.file('first/h.db');
    const core = createCore({ dbFile, lanAddresses: () => ['127.0.0.1'] });
    const lan = startLanController({ core });
    const port = await freePort();
    try {
      // Two owners' tabs at once: one certificate, the same for both.
      const [a, b] = await Promise.all([
        core.call('desks.makeCertificate', {}),
        core.call('desks.makeCertificate', {}),
      ]);
      expect(a).toMatchObject({ ok: true });
      expect(b).toEqual(a);
      const { fingerprint } = (a as { value: { fingerprint: string } }).value;
      const kept = readTls(tlsDirFor(dbFile))!;
      expect(kept.fingerprint).toBe(fingerprint);
      expect(kept.key).toContain('PRIVATE KEY');
      if (process.platform !== 'win32') {
        expect(fs.statSync(path.join(tlsDirFor(dbFile)!, 'key.pem')).mode & 0o777).toBe(0o600);
      }
      // Made once: asked again, the same certificate.
      expect(await core.call('desks.makeCertificate', {})).toEqual(a);
      const on = await core.call('desks.saveSharing', {
        enabled: true,
        address: '127.0.0.1',
        port,
      });
      expect(on.ok).toBe(true);
      await lan.settled();
      const r = await pinnedRequest({
        url: lan.current()!.url,
        fingerprint,
        method: 'POST',
        path: '/api/call',
        body: '{}',
        localAddress: '127.0.0.2',
      });
      expect(JSON.parse(r.body)).toMatchObject({ error: { code: 'desks.unpaired' } });
    } finally {
      await lan.close();
      core.close();
    }
  });
});
