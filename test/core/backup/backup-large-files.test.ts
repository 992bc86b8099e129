import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupInfo, FileRef, RestoreResult } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';
import { httpRequest } from '../../helpers/http';
import { signInAs } from '../../helpers/sessions';

// A hotel's database outgrows the in-memory hand-over (25 MB) within a couple of years. Here the
// cap is lowered to 1 MB and the database holds several: a backup must still leave and come back
// through the web bridge whole.

const MB = 1024 * 1024;
const NOW = new Date('2026-03-20T08:00:00Z');

// Sent in pieces without a length, as a browser streams a large file.
const request = (port: number, opts: Parameters<typeof httpRequest>[1]) =>
  httpRequest(port, { ...opts, chunkSize: 256 * 1024 });

describe('a backup larger than the in-memory file cap', () => {
  const tmp = tempDir();
  const dbFile = tmp.file('hotel/tirkeu.db');
  let core: Core;
  let server: WebServer;
  let headers: Record<string, string>;
  beforeAll(async () => {
    fs.mkdirSync(path.dirname(dbFile));
    core = createCore({ dbFile, now: () => NOW, fileMaxBytes: MB });
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'TAYLOR' })]));
    // Bulk beside the real rows, standing in for years of stays and proofs (in a table of ours:
    // a backup with a table Tirkeu did not make is refused).
    const fill = core.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 6; i++) fill.run(`filler-${i}`, crypto.randomBytes(MB).toString('hex'));
    fs.writeFileSync(tmp.file('index.html'), '<!doctype html>');
    server = await startWebServer({ core, staticDir: tmp.dir });
    const session = (await signInAs(core, 'owner')).token;
    headers = { 'x-tirkeu-secret': server.secret, 'x-tirkeu-session': session };
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });

  let downloaded: Buffer;
  let backupName: string;

  it('downloads the checked backup whole, byte for byte, streamed from the backups folder', async () => {
    const { file, backup } = await value<{ file: FileRef; backup: BackupInfo }>(
      core,
      'backup.download',
    );
    expect(backup.size).toBeGreaterThan(5 * MB);
    // The entry names the backup itself: nothing was copied into memory or a temp file.
    expect(core.files.get(file.fileId).path).toBe(
      path.join(path.dirname(dbFile), 'backups', backup.name),
    );
    const down = await request(server.port, {
      method: 'GET',
      path: `/api/files/${file.fileId}`,
      headers,
    });
    expect(down.status).toBe(200);
    const onDisk = fs.readFileSync(path.join(path.dirname(dbFile), 'backups', backup.name));
    expect(down.body.length).toBe(onDisk.length);
    expect(down.body.equals(onDisk)).toBe(true);
    downloaded = down.body;
    backupName = backup.name;
  });

  it('refuses the same file uploaded without the backup kind, keeping nothing', async () => {
    const r = await request(server.port, {
      method: 'POST',
      path: '/api/files',
      headers: { ...headers, 'x-file-name': backupName },
      body: downloaded,
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body.toString())).toMatchObject({ error: { code: 'file.too_large' } });
  });

  it('takes it uploaded as a backup into a private file, then checks and restores it exactly', async () => {
    // Work after the backup: the restore must take it away again.
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'CHEN' })]));
    const up = await request(server.port, {
      method: 'POST',
      path: '/api/files',
      headers: { ...headers, 'x-file-name': backupName, 'x-file-kind': 'backup' },
      body: downloaded,
    });
    expect(up.status).toBe(200);
    const ref = (JSON.parse(up.body.toString()) as { value: FileRef }).value;
    expect(ref.size).toBe(downloaded.length);
    const incoming = core.files.get(ref.fileId).path!;
    expect(path.dirname(incoming)).toBe(path.join(path.dirname(dbFile), 'incoming'));
    if (process.platform !== 'win32') {
      expect(fs.statSync(incoming).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(incoming)).mode & 0o777).toBe(0o700);
    }

    const seen = await value<BackupInfo>(core, 'backup.inspectFile', { fileId: ref.fileId });
    expect(seen).toMatchObject({ good: true, counts: { guests: 1 } });
    const r = await value<RestoreResult>(core, 'backup.restoreFile', { fileId: ref.fileId });
    expect(r.keptAside).toMatch(/^tirkeu\.db\.before-restore-/);
    const guests = core.db.prepare('SELECT surname FROM guests').pluck().all();
    expect(guests).toEqual(['TAYLOR']);
    const filler = "SELECT count(*) FROM settings WHERE key LIKE 'filler-%'";
    expect(core.db.prepare(filler).pluck().get()).toBe(6);
    // A restore signs everyone out: the owner signs in again (only an owner uploads a backup).
    headers['x-tirkeu-session'] = (await signInAs(core, 'owner')).token;
    // The restored file is the uploaded one, page for page, up to the restore's own audit entry.
    const restored = new Database(dbFile, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
    expect(core.repos.audit.verify().ok).toBe(true);
    // The upload is gone once used.
    expect(fs.existsSync(incoming)).toBe(false);
    expect(fs.readdirSync(path.join(path.dirname(dbFile), 'incoming'))).toEqual([]);
  });

  it('removes an uploaded backup whose restore is refused', async () => {
    const junk = crypto.randomBytes(2 * MB);
    const up = await request(server.port, {
      method: 'POST',
      path: '/api/files',
      headers: { ...headers, 'x-file-name': 'stick.db', 'x-file-kind': 'backup' },
      body: junk,
    });
    expect(up.status).toBe(200);
    const ref = (JSON.parse(up.body.toString()) as { value: FileRef }).value;
    const r = await core.call('backup.restoreFile', { fileId: ref.fileId });
    expect(r).toMatchObject({ ok: false, error: { code: 'backup.not_tirkeu' } });
    expect(fs.readdirSync(path.join(path.dirname(dbFile), 'incoming'))).toEqual([]);
    expect(core.db.prepare('SELECT surname FROM guests').pluck().all()).toEqual(['TAYLOR']);
  });

  it('cuts a download off when the file cannot be read midway, and keeps serving', async () => {
    // A folder opens but cannot be read: the headers are out when the read fails.
    const broken = tmp.file('unreadable.db');
    fs.mkdirSync(broken);
    const ref = core.files.putPath(broken, 'unreadable.db', 'application/vnd.sqlite3');
    const outcome = await new Promise<string>((resolve) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/files/${ref.fileId}`,
          headers,
          agent: false,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.complete ? 'complete' : 'cut off'));
          res.on('error', () => resolve('cut off'));
          res.on('aborted', () => resolve('cut off'));
        },
      );
      req.on('error', () => resolve('cut off'));
    });
    expect(outcome).toBe('cut off');
    const again = await request(server.port, {
      method: 'GET',
      path: '/api/files/' + 'A'.repeat(32),
      headers,
    });
    expect(again.status).toBe(404);
  });
});
