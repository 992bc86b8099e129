import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { tempDir } from '../helpers/core';
import { httpRequest } from '../helpers/http';
import { signInAs } from '../helpers/sessions';

/** `chunked`: the body in 256-byte pieces without a length. */
const send = (port: number, opts: Parameters<typeof httpRequest>[1] & { chunked?: boolean }) =>
  httpRequest(port, { ...opts, chunkSize: opts.chunked ? 256 : undefined });

describe('web mode file hand-over', () => {
  let core: Core;
  let server: WebServer;
  const tmp = tempDir();
  let session = '';
  beforeAll(async () => {
    core = createCore({ dbFile: ':memory:', fileMaxBytes: 1024 });
    fs.writeFileSync(path.join(tmp.dir, 'index.html'), '<!doctype html>');
    server = await startWebServer({ core, staticDir: tmp.dir });
    session = (await signInAs(core, 'receptionist')).token;
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });
  const secret = () => ({ 'x-tirkeu-secret': server.secret, 'x-tirkeu-session': session });

  it('refuses an upload without the secret', async () => {
    const r = await send(server.port, {
      method: 'POST',
      path: '/api/files',
      body: Buffer.from('%PDF-1'),
    });
    expect(r.status).toBe(401);
    expect(core.files.size()).toBe(0);
  });

  it('stores an upload under a random id and gives it back as an attachment', async () => {
    const bytes = Buffer.from('%PDF-1.7 small');
    const up = await send(server.port, {
      method: 'POST',
      path: '/api/files',
      headers: {
        ...secret(),
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('уведомление ТАЙЛОР.pdf'),
      },
      body: bytes,
    });
    expect(up.status).toBe(200);
    const ref = (
      JSON.parse(up.body.toString()) as { value: { fileId: string; name: string; size: number } }
    ).value;
    expect(ref).toMatchObject({ name: 'уведомление ТАЙЛОР.pdf', size: bytes.length });
    expect(ref.fileId).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const down = await send(server.port, {
      method: 'GET',
      path: `/api/files/${ref.fileId}`,
      headers: secret(),
    });
    expect(down.status).toBe(200);
    expect(down.body.equals(bytes)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('уведомление ТАЙЛОР.pdf')}`,
    );
    const noSecret = await send(server.port, { method: 'GET', path: `/api/files/${ref.fileId}` });
    expect(noSecret.status).toBe(401);
  });

  it('refuses a file over the cap, announced or streamed', async () => {
    const big = Buffer.alloc(2048, 1);
    const announced = await send(server.port, {
      method: 'POST',
      path: '/api/files',
      headers: secret(),
      body: big,
    });
    expect(announced.status).toBe(413);
    expect(JSON.parse(announced.body.toString())).toMatchObject({
      error: { code: 'file.too_large' },
    });
    const streamed = await send(server.port, {
      method: 'POST',
      path: '/api/files',
      headers: { ...secret(), 'transfer-encoding': 'chunked' },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
  });

  it('answers an unknown or malformed file id with file.missing', async () => {
    for (const id of ['A'.repeat(32), '..%2f..%2fetc']) {
      const r = await send(server.port, {
        method: 'GET',
        path: `/api/files/${id}`,
        headers: secret(),
      });
      expect(r.status).toBe(404);
      expect(JSON.parse(r.body.toString())).toMatchObject({ error: { code: 'file.missing' } });
    }
  });
});
