import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type {
  AttachProofResult,
  BackupInfo,
  CheckInResult,
  FileRef,
  RestoreResult,
} from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
const NOW = new Date('2026-03-20T08:00:00Z');

/** A hotel with one filed notice and its proof PDF. */
async function hotelWithProof(file: string): Promise<{ core: Core; proof: Uint8Array }> {
  const core = createCore({ dbFile: file, now: () => NOW });
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname: 'TAYLOR', citizenship: 'GBR' })]),
  );
  const notice = stays[0]!.notices[0]!;
  await value(core, 'notifications.markFiled', {
    notificationId: notice.id,
    portal: 'eqonaq',
    filedAt: '2026-03-20T12:00:00+05:00',
    reference: 'R-7',
  });
  const proof = await makePdf(['УВЕДОМЛЕНИЕ', `TAYLOR PETR ${stays[0]!.document!.number}`]);
  const up = core.files.put(proof, 'notice.pdf', 'application/pdf');
  const r = await value<AttachProofResult>(core, 'notifications.attachProof', {
    notificationId: notice.id,
    fileId: up.fileId,
  });
  expect(r.attached).toBe(true);
  return { core, proof };
}

const rows = (db: Database.Database, table: string) =>
  db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();

/** Hands bytes to the core as an upload would, and names them. */
const upload = (core: Core, bytes: Uint8Array, name: string): FileRef =>
  core.files.put(bytes, name, 'application/octet-stream');

describe('a backup carried out to a file and back', () => {
  it('hands out a checked backup with the proof PDFs inside, as a job audited once', async () => {
    const { core, proof } = await hotelWithProof(tmp.file(`dl-${n++}/tirkeu.db`));
    const { file, backup } = await value<{ file: FileRef; backup: BackupInfo }>(
      core,
      'backup.download',
    );
    expect(backup.good).toBe(true);
    expect(file).toMatchObject({ name: backup.name, size: backup.size });
    const copy = tmp.file(`dl-copy-${n}.db`);
    fs.writeFileSync(copy, core.files.bytes(file.fileId));
    const db = new Database(copy, { readonly: true });
    const bytes = db.prepare('SELECT bytes FROM proofs').pluck().get() as Buffer;
    expect(Buffer.compare(bytes, Buffer.from(proof))).toBe(0);
    db.close();
    const jobs = core.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'job' ORDER BY id")
      .pluck()
      .all();
    expect(jobs).toEqual(['job.done', 'job.done']); // the proof's attach, then the backup
    expect(core.repos.audit.latest(1)[0]!.details).toMatchObject({
      method: 'backup.download',
      backup: backup.name,
    });
    core.close();
  });

  it('restores an uploaded backup exactly: same rows, same chain, same proofs', async () => {
    const file = tmp.file(`up-${n++}/tirkeu.db`);
    const { core } = await hotelWithProof(file);
    // What the backup holds: every row as it is when the copy is taken.
    const before = Object.fromEntries(
      ['guests', 'stays', 'notifications', 'filings', 'proofs', 'audit_log'].map((t) => [
        t,
        rows(core.db, t),
      ]),
    );
    const { file: out } = await value<{ file: FileRef }>(core, 'backup.download');
    const bytes = core.files.bytes(out.fileId);
    // Work after the backup, then the stick comes back.
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'CHEN' })]));
    const up = upload(core, bytes, out.name);
    const seen = await value<BackupInfo>(core, 'backup.inspectFile', { fileId: up.fileId });
    expect(seen).toMatchObject({ good: true, file: '', counts: { guests: 1, stays: 1 } });
    expect(seen.takenAt).toBe(NOW.toISOString());
    const r = await value<RestoreResult>(core, 'backup.restoreFile', { fileId: up.fileId });
    expect(r.keptAside).toMatch(/^tirkeu\.db\.before-restore-/);
    for (const [table, was] of Object.entries(before)) {
      const now = rows(core.db, table);
      // The restore's own entry is the one row on top of the backup's chain.
      expect(table === 'audit_log' ? now.slice(0, -1) : now).toEqual(was);
    }
    expect(core.repos.audit.verify().ok).toBe(true);
    // The database it replaced is kept beside it, with the later guest in it.
    const aside = new Database(path.join(path.dirname(file), r.keptAside!), { readonly: true });
    expect(aside.prepare('SELECT count(*) FROM guests').pluck().get()).toBe(2);
    aside.close();
    // No copy of the upload is left behind.
    expect(
      fs.readdirSync(path.join(path.dirname(file), 'backups')).filter((f) => f.startsWith('.')),
    ).toEqual([]);
    core.close();
  });

  it('refuses a damaged, a foreign and a newer file, leaving the database as it was', async () => {
    const file = tmp.file(`refuse-${n++}/tirkeu.db`);
    const { core } = await hotelWithProof(file);
    const { file: out } = await value<{ file: FileRef }>(core, 'backup.download');
    const good = Buffer.from(core.files.bytes(out.fileId));

    const damaged = Buffer.from(good);
    // A page in the middle overwritten: SQLite opens it, integrity_check does not pass.
    damaged.fill(0xa5, 4096 * 3, 4096 * 4);
    const foreignFile = tmp.file(`foreign-${n}.db`);
    const foreign = new Database(foreignFile);
    foreign.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    foreign.close();
    const newerFile = tmp.file(`newer-${n}.db`);
    fs.writeFileSync(newerFile, good);
    const newer = new Database(newerFile);
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();

    const cases: Array<[string, Uint8Array, string]> = [
      ['damaged', damaged, 'backup.not_good'],
      ['not SQLite', Buffer.from('%PDF-1.4 not a database'), 'backup.not_tirkeu'],
      ['another program', fs.readFileSync(foreignFile), 'backup.not_tirkeu'],
      ['newer Tirkeu', fs.readFileSync(newerFile), 'backup.newer_schema'],
    ];
    const guestsBefore = rows(core.db, 'guests');
    for (const [what, bytes, code] of cases) {
      const up = upload(core, bytes, `${what}.db`);
      const seen = await core.call('backup.inspectFile', { fileId: up.fileId });
      expect(seen, what).toMatchObject({ ok: false, error: { code } });
      const r = await core.call('backup.restoreFile', { fileId: up.fileId });
      expect(r, what).toMatchObject({ ok: false, error: { code } });
    }
    expect(rows(core.db, 'guests')).toEqual(guestsBefore);
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.includes('before-restore'))).toBe(
      false,
    );
    // Each refused restore left its trace.
    const failed = core.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'job.failed'")
      .pluck()
      .get();
    expect(failed).toBe(4);
    core.close();
  });
});
