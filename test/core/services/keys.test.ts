import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { readCertificate } from '../../../electron/core/files/certificate';
import type { CertificateFacts, EdsKeyView, KeysStatus, Result } from '../../../shared/contract';
import { memoryCore, value } from '../../helpers/core';
import { signInAs } from '../../helpers/sessions';

// Made by test/fixtures/keys/make.sh: self-signed certificates shaped as NCA RK issues them.
const FIXTURES = path.join(__dirname, '../../fixtures/keys');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

// 2026-12-07 10:00 in Kazakhstan.
const NOW = new Date('2026-12-07T05:00:00Z');

const keyRows = (core: Core) =>
  core.db.prepare('SELECT count(*) FROM eds_keys').pluck().get() as number;
const put = (core: Core, name: string, bytes = fixture(name)) =>
  core.files.put(bytes, name, 'application/octet-stream').fileId;

describe('reading a certificate file', () => {
  it('reads an AUTH certificate in DER: holder, purpose and the Kazakh day it ends', () => {
    const { facts } = readCertificate(fixture('auth.cer'), 'auth.cer');
    expect(facts).toMatchObject({
      holder: 'ИВАНОВ ИВАН ИВАНОВИЧ (ТОО «Қонақүй»)',
      purpose: 'auth',
      notAfter: '2027-01-15T09:00:00.000Z',
      expiresOn: '2027-01-15',
    });
    expect(facts.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a signing certificate in PEM', () => {
    const { facts, der } = readCertificate(fixture('sign.pem'), 'sign.pem');
    expect(facts).toMatchObject({ holder: 'САПАРОВА АЙГЕРІМ', purpose: 'sign' });
    // An end at 09:00 UTC is 14:00 in Kazakhstan, the same day.
    expect(facts.expiresOn).toBe('2026-12-10');
    // Kept as DER, whatever it came as.
    expect(der[0]).toBe(0x30);
  });

  it('refuses a .p12 key store, a PEM holding a key, and a DER private key by its bytes', () => {
    const code = (bytes: Uint8Array, name: string) => {
      try {
        readCertificate(bytes, name);
        return 'read';
      } catch (err) {
        return (err as { error: { code: string } }).error.code;
      }
    };
    expect(code(fixture('AUTH_RSA256_test.p12'), 'AUTH_RSA256_test.p12')).toBe('file.private_key');
    // Renamed to look like a certificate: told by its first bytes.
    expect(code(fixture('AUTH_RSA256_test.p12'), 'certificate.cer')).toBe('file.private_key');
    expect(code(fixture('bundle.pem'), 'bundle.pem')).toBe('file.private_key');
    expect(code(fixture('key.der'), 'key.cer')).toBe('file.private_key');
    expect(code(new TextEncoder().encode('not a certificate at all'), 'a.cer')).toBe(
      'file.not_certificate',
    );
    expect(code(new Uint8Array(0), 'empty.cer')).toBe('file.not_certificate');
    expect(code(fixture('auth.cer').slice(0, 300), 'cut.cer')).toBe('file.not_certificate');
    expect(code(new Uint8Array(64 * 1024 + 1).fill(0x30), 'big.cer')).toBe(
      'file.certificate_too_large',
    );
  });
});

describe('the host’s EDS keys', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('records a key from its certificate: the expiry read from it, audited', async () => {
    core = memoryCore(NOW);
    const fileId = put(core, 'auth.cer');
    const facts = await value<CertificateFacts>(core, 'keys.readCertificate', { fileId });
    expect(facts.expiresOn).toBe('2027-01-15');
    // A typed expiry cannot contradict the certificate.
    const key = await value<EdsKeyView>(core, 'keys.add', {
      holder: facts.holder!,
      purpose: 'auth',
      expiresOn: '2030-01-01',
      fileId,
    });
    expect(key).toMatchObject({
      expiresOn: '2027-01-15',
      daysLeft: 39,
      stage: null,
      certificate: { sha256: facts.sha256, notAfter: '2027-01-15T09:00:00.000Z' },
    });
    expect(core.repos.audit.forEntity('eds_key', key.id).at(-1)).toMatchObject({
      action: 'keys.add',
      details: {
        holder: 'ИВАНОВ ИВАН ИВАНОВИЧ (ТОО «Қонақүй»)',
        purpose: 'auth',
        expiresOn: '2027-01-15',
        certificateSha256: facts.sha256,
      },
    });
    // The certificate is kept as public DER, the upload is gone from the file store.
    const der = core.db.prepare('SELECT cert FROM eds_keys').pluck().get() as Buffer;
    expect(der.equals(Buffer.from(fixture('auth.cer')))).toBe(true);
    expect((await core.call('keys.readCertificate', { fileId })).ok).toBe(false);
  });

  it('refuses a private key in words and keeps nothing', async () => {
    core = memoryCore(NOW);
    for (const name of ['AUTH_RSA256_test.p12', 'bundle.pem']) {
      const r = await core.call('keys.add', {
        holder: 'ИВАНОВ ИВАН',
        purpose: 'auth',
        fileId: put(core, name),
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'file.private_key' } });
    }
    const garbage = put(core, 'x.cer', new TextEncoder().encode('garbage'));
    expect(
      await core.call('keys.add', { holder: 'X', purpose: 'sign', fileId: garbage }),
    ).toMatchObject({ ok: false, error: { code: 'file.not_certificate' } });
    expect(keyRows(core)).toBe(0);
    expect(
      core.db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'keys.%'").pluck().get(),
    ).toBe(0);
  });

  it('asks for the expiry when there is no certificate, and validates the input', async () => {
    core = memoryCore(NOW);
    const r = (await core.call('keys.add', { holder: 'A', purpose: 'auth' })) as Result<unknown>;
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'expiresOn', code: 'required' }] },
    });
    const bad = await core.call('keys.add', {
      holder: ' ',
      purpose: 'gost',
      expiresOn: '2026-02-30',
    });
    expect(bad.ok).toBe(false);
    expect(keyRows(core)).toBe(0);
  });

  it('edits, replaces and drops the certificate, and removes a key, each audited', async () => {
    core = memoryCore(NOW);
    const k = await value<EdsKeyView>(core, 'keys.add', {
      holder: 'SAPAROVA',
      purpose: 'sign',
      expiresOn: '2026-12-20',
    });
    const withCert = await value<EdsKeyView>(core, 'keys.update', {
      id: k.id,
      holder: 'САПАРОВА АЙГЕРІМ',
      purpose: 'sign',
      fileId: put(core, 'sign.pem'),
    });
    expect(withCert).toMatchObject({ expiresOn: '2026-12-10', daysLeft: 3, stage: 'd7' });
    // Kept: the certificate's end still rules a typed date.
    const kept = await value<EdsKeyView>(core, 'keys.update', {
      id: k.id,
      holder: 'САПАРОВА А.',
      purpose: 'sign',
      expiresOn: '2028-01-01',
    });
    expect(kept.expiresOn).toBe('2026-12-10');
    expect(kept.certificate).not.toBeNull();
    const dropped = await value<EdsKeyView>(core, 'keys.update', {
      id: k.id,
      holder: 'САПАРОВА А.',
      purpose: 'sign',
      expiresOn: '2027-12-01',
      removeCertificate: true,
    });
    expect(dropped).toMatchObject({ expiresOn: '2027-12-01', certificate: null });
    await value(core, 'keys.remove', { id: k.id });
    expect(keyRows(core)).toBe(0);
    expect(core.repos.audit.forEntity('eds_key', k.id).map((e) => e.action)).toEqual([
      'keys.add',
      'keys.update',
      'keys.update',
      'keys.update',
      'keys.remove',
    ]);
    expect((await core.call('keys.remove', { id: k.id })).ok).toBe(false);
  });

  it('tells everyone how soon the keys expire, by the hotel’s date, the soonest first', async () => {
    // 2026-12-06 20:00 UTC is already 7 December in Kazakhstan.
    core = memoryCore(new Date('2026-12-06T20:00:00Z'));
    const empty = await value<KeysStatus>(core, 'keys.status');
    expect(empty).toEqual({ today: '2026-12-07', soonest: null, warnings: [] });
    for (const [holder, expiresOn] of [
      ['FAR', '2027-06-01'],
      ['TODAY', '2026-12-07'],
      ['WEEK', '2026-12-14'],
    ] as const) {
      await value(core, 'keys.add', { holder, purpose: 'auth', expiresOn });
    }
    const s = await value<KeysStatus>(core, 'keys.status');
    expect(s.soonest).toMatchObject({ holder: 'TODAY', daysLeft: 0, stage: 'expired' });
    expect(s.warnings.map((w) => [w.holder, w.stage])).toEqual([
      ['TODAY', 'expired'],
      ['WEEK', 'd7'],
    ]);
  });

  it('refuses every role but the owner on the server, whatever the screen shows', async () => {
    core = memoryCore(NOW);
    await value(core, 'keys.add', {
      holder: 'OWNER KEY',
      purpose: 'auth',
      expiresOn: '2027-01-01',
    });
    for (const role of ['receptionist', 'auditor'] as const) {
      const { token } = await signInAs(core, role, '2580', `Staff ${role}`);
      const ctx = core.contextFor(token);
      for (const [method, input] of [
        ['keys.list', {}],
        ['keys.add', { holder: 'X', purpose: 'auth', expiresOn: '2027-01-01' }],
        ['keys.update', { id: 1, holder: 'X', purpose: 'auth', expiresOn: '2027-01-01' }],
        ['keys.remove', { id: 1 }],
        ['keys.readCertificate', { fileId: put(core, 'auth.cer') }],
      ] as const) {
        const r = await core.dispatch(method, input, ctx);
        expect(r, `${role} ${method}`).toMatchObject({
          ok: false,
          error: { code: 'auth.forbidden' },
        });
      }
      // The warning itself is everyone's: the board shows it to the desk.
      expect((await core.dispatch('keys.status', {}, ctx)).ok).toBe(true);
    }
    expect(keyRows(core)).toBe(1);
    expect(core.db.prepare('SELECT holder FROM eds_keys').pluck().get()).toBe('OWNER KEY');
  });
});
