import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { DISK_RESERVE_BYTES } from '../../electron/web/files-route';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { tempDir } from '../helpers/core';
import { httpRequest } from '../helpers/http';
import { signInAs } from '../helpers/sessions';

const MB = 1024 ** 2;

describe('uploading a backup over the web bridge', () => {
  const tmp = tempDir();
  const dbFile = tmp.file('hotel/tirkeu.db');
  const incoming = path.join(path.dirname(dbFile), 'incoming');
  let core: Core;
  let server: WebServer;
  /** What the stand-in disk says is free; each test sets it. */
  let free = Number.POSITIVE_INFINITY;
  const asked: number[] = [];
  const headers: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    fs.mkdirSync(path.dirname(dbFile));
    core = createCore({ dbFile, now: () => new Date('2026-03-20T08:00:00Z') });
    fs.writeFileSync(tmp.file('index.html'), '<!doctype html>');
    server = await startWebServer({
      core,
      staticDir: tmp.dir,
      diskFree: async () => {
        asked.push(free);
        return free;
      },
    });
    for (const role of ['receptionist', 'auditor', 'owner'] as const) {
      headers[role] = {
        'x-tirkeu-secret': server.secret,
        'x-tirkeu-session': (await signInAs(core, role)).token,
        'x-file-kind': 'backup',
        'x-file-name': 'stick.db',
      };
    }
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });
  const left = () => (fs.existsSync(incoming) ? fs.readdirSync(incoming) : []);
  const upload = async (role: string, body: Buffer, chunked: boolean) => {
    const r = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/files',
      headers: headers[role]!,
      body,
      ...(chunked ? { chunkSize: 256 * 1024 } : {}),
    });
    return {
      status: r.status,
      code: (JSON.parse(r.body.toString()) as { error?: { code: string } }).error?.code,
    };
  };

  it('is for the owner only, with or without a declared length', async () => {
    free = Number.POSITIVE_INFINITY;
    const body = Buffer.alloc(MB, 7);
    for (const role of ['receptionist', 'auditor']) {
      for (const chunked of [false, true]) {
        expect(await upload(role, body, chunked)).toEqual({ status: 403, code: 'auth.forbidden' });
      }
    }
    expect(left()).toEqual([]);
    expect(await upload('owner', body, true)).toEqual({ status: 200, code: undefined });
  });

  it('counts a chunked upload’s bytes as they arrive and keeps the database’s reserve free', async () => {
    core.files.clear();
    // Room for 2 MB beyond the reserve (the database's own size and DISK_RESERVE_BYTES).
    free = DISK_RESERVE_BYTES + fs.statSync(dbFile).size + 2 * MB;
    asked.length = 0;
    expect(await upload('owner', Buffer.alloc(6 * MB, 1), true)).toEqual({
      status: 400,
      code: 'db.disk_full',
    });
    expect(asked.length).toBeGreaterThan(0);
    expect(left()).toEqual([]);
    // A declared length over the room is refused before a byte is written; one within it passes.
    expect(await upload('owner', Buffer.alloc(3 * MB, 1), false)).toEqual({
      status: 400,
      code: 'db.disk_full',
    });
    expect(await upload('owner', Buffer.alloc(MB, 1), true)).toEqual({
      status: 200,
      code: undefined,
    });
  });
});
