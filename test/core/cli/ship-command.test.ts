import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { runShipCommand } from '../../../electron/core/cli/ship-command';
import { tempDir } from '../../helpers/core';

// No PostgreSQL needed: each of these stops before a centre would answer.
let tmp: ReturnType<typeof tempDir> | null = null;
afterEach(() => {
  tmp?.cleanup();
  tmp = null;
});

function property(): string {
  tmp = tempDir();
  const file = tmp.file('tirkeu.db');
  createCore({ dbFile: file }).close();
  return file;
}

const shipping = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM central_shipping').all();
  } finally {
    db.close();
  }
};

describe('ship (issue 25), before any centre answers', () => {
  it('wants a database that exists and an address, or one kept for it', async () => {
    expect(await runShipCommand([])).toMatchObject({ exitCode: 2, stdout: '' });
    expect(await runShipCommand(['--db', '/nonexistent/tirkeu.db'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/does not exist/),
    });
    const file = property();
    expect(await runShipCommand(['--db', file])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/--central postgresql:\/\/… is required/),
    });
  });

  it('refuses an address that is not PostgreSQL’s, or that turns TLS off, in the desk’s words', async () => {
    const file = property();
    const bad = await runShipCommand(['--db', file, '--central', 'https://centre.example/db']);
    expect(bad).toMatchObject({ exitCode: 1, stdout: '' });
    expect(bad.stderr).toMatch(/not a postgresql:\/\/ address/);
    const plain = await runShipCommand([
      '--db',
      file,
      '--central',
      'postgresql://p:secret@127.0.0.1:5432/c?sslmode=disable',
    ]);
    expect(plain).toMatchObject({ exitCode: 1, stdout: '' });
    expect(plain.stderr).toMatch(/only over TLS; nothing was sent/);
    expect(shipping(file)).toMatchObject([{ last_error: 'central.tls_required', chain: 'ok' }]);
  });

  it('records an unreachable centre for the property’s screen, and keeps working', async () => {
    const file = property();
    process.env.TIRKEU_LANG = 'ru';
    try {
      const r = await runShipCommand([
        '--db',
        file,
        '--central',
        'postgresql://p:secret@127.0.0.1:1/c?sslmode=verify-full',
      ]);
      expect(r).toMatchObject({ exitCode: 1, stdout: '' });
      expect(r.stderr).toMatch(/Центральный реестр на 127\.0\.0\.1 недоступен/);
    } finally {
      delete process.env.TIRKEU_LANG;
    }
    expect(shipping(file)).toMatchObject([
      {
        last_error: 'central.unreachable',
        last_shipped_at: null,
        last_attempt_at: expect.stringMatching(/^\d{4}-/),
      },
    ]);
    const core = createCore({ dbFile: file });
    try {
      const status = await core.call('central.status', {});
      expect(status).toMatchObject({
        ok: true,
        value: { configured: true, lastShippedAt: null, lastError: 'central.unreachable' },
      });
    } finally {
      core.close();
    }
  });
});
