import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { JSON_LIMITS, jsonScanner } from '../../electron/web/request';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { memoryCore, tempDir } from '../helpers/core';
import { httpRequest } from '../helpers/http';
import { signInAs } from '../helpers/sessions';

describe('the size of a call’s JSON, before it is parsed', () => {
  let core: Core;
  let server: WebServer;
  let headers: Record<string, string>;
  const tmp = tempDir();
  beforeAll(async () => {
    core = memoryCore();
    fs.writeFileSync(path.join(tmp.dir, 'index.html'), '<!doctype html>');
    server = await startWebServer({ core, staticDir: tmp.dir });
    headers = {
      'content-type': 'application/json',
      'x-tirkeu-secret': server.secret,
      'x-tirkeu-session': (await signInAs(core, 'receptionist')).token,
    };
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });

  const post = async (body: string, chunkSize?: number) => {
    const r = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/call',
      headers,
      body: Buffer.from(body),
      ...(chunkSize ? { chunkSize } : {}),
    });
    return { status: r.status, ...(JSON.parse(r.body.toString()) as { ok: boolean }) };
  };

  it('refuses a body of 2 million values as too complex, and keeps answering', async () => {
    const values = `[${new Array(2_000_000).fill('0').join(',')}]`;
    const r = await post(`{"method":"stays.get","input":{"stayId":${values}}}`, 64 * 1024);
    expect(r).toEqual({ status: 413, ok: false, error: { code: 'api.too_complex' } });
    expect((await post('{"method":"stays.inHouse","input":{}}')).ok).toBe(true);
  });

  it('refuses nesting deeper than the limit, whatever the method', async () => {
    const deep = '['.repeat(JSON_LIMITS.depth + 1) + ']'.repeat(JSON_LIMITS.depth + 1);
    const r = await post(`{"method":"hotel.get","input":{"x":${deep}}}`);
    expect(r).toMatchObject({ status: 413, error: { code: 'api.too_complex' } });
  });

  it('counts nothing inside strings, escaped quotes included', async () => {
    const text = `\\"${',['.repeat(JSON_LIMITS.values)}`;
    const r = await post(`{"method":"stays.get","input":{"stayId":"${text}"}}`, 1000);
    // Parsed and handed to the dispatcher, whose schema refuses it: not too complex.
    expect(r).toMatchObject({ status: 200, ok: false, error: { code: 'api.invalid_input' } });
  });

  it('keeps its place across chunks, an escape split between two included', () => {
    const scan = jsonScanner({ values: 3, depth: 2 });
    expect(scan.feed(Buffer.from('{"a":"x\\'))).toBe(true);
    expect(scan.feed(Buffer.from('",[[,,,,,,]]"'))).toBe(true);
    expect(scan.feed(Buffer.from(',"b":[1,2]}'))).toBe(false);
  });
});
