import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { headFileFor, keyFileFor } from '../../../electron/core/db/audit/anchor';
import { writeTransaction } from '../../../electron/core/db/connection';
import { runRestoreCommand } from '../../../electron/core/cli/trust-commands';
import { rowHash, type ChainedRow } from '../../../electron/core/db/audit/canonical';
import { forgeFrom, hotel, lastId, now, tamper, verify } from '../../helpers/audit-chain';
import { tempDir, value } from '../../helpers/core';

describe("the audit chain's ends", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let file: string;
  let n = 0;
  beforeEach(() => {
    file = tmp.file(`anchored-${n++}.db`);
  });

  it('keeps its key and head beside the database, owner-only, and holds untouched', async () => {
    await hotel(file);
    const mode = (f: string) => fs.statSync(f).mode & 0o777;
    if (process.platform !== 'win32') {
      expect(mode(keyFileFor(file))).toBe(0o600);
      expect(mode(headFileFor(file))).toBe(0o600);
    }
    const head = JSON.parse(fs.readFileSync(headFileFor(file), 'utf8')) as { id: number };
    expect(head.id).toBe(lastId(file));
    const r = verify(file);
    expect(r.exitCode).toBe(0);
    expect(r.out).toMatchObject({
      ok: true,
      reason: null,
      keyedFrom: 1,
      macsChecked: true,
      anchor: { id: head.id },
    });
  });

  it.each([1, 50])('catches the last %i rows deleted: exit 1, truncated', async (count) => {
    await hotel(file, 55);
    const last = lastId(file);
    tamper(
      file,
      `DELETE FROM audit_personal WHERE audit_id > ${last - count};
       DELETE FROM audit_log WHERE id > ${last - count};`,
    );
    const r = verify(file);
    expect(r.exitCode).toBe(1);
    expect(r.out).toMatchObject({
      ok: false,
      reason: 'truncated',
      firstBadRow: last - count + 1,
      anchor: { id: last },
    });
  });

  it('keeps the old head as evidence while the desk appends after a truncation', async () => {
    await hotel(file, 5);
    const last = lastId(file);
    tamper(
      file,
      `DELETE FROM audit_personal WHERE audit_id > ${last - 3};
       DELETE FROM audit_log WHERE id > ${last - 3};`,
    );
    const core = createCore({ dbFile: file, now: () => now });
    for (let i = 0; i < 6; i++) {
      await value(core, 'hotel.save', {
        name: `H${i}`,
        bin: '',
        address: '',
        region: '',
        businessSize: 'small',
      });
    }
    expect(await value(core, 'audit.status')).toMatchObject({ ok: false, reason: 'head_mismatch' });
    core.close();
    expect(JSON.parse(fs.readFileSync(headFileFor(file), 'utf8'))).toMatchObject({ id: last });
    expect(verify(file)).toMatchObject({
      exitCode: 1,
      out: { reason: 'head_mismatch', firstBadRow: last },
    });
  });

  it('catches a forged tail whose SHA-256 hashes were all recomputed', async () => {
    await hotel(file, 10);
    const from = lastId(file) - 4;
    forgeFrom(file, from, 'kept');
    expect(verify(file)).toMatchObject({ exitCode: 1, out: { reason: 'mac', firstBadRow: from } });
  });

  it('catches a forged tail whose MACs were dropped, and rows appended without the key', async () => {
    await hotel(file, 10);
    const from = lastId(file) - 4;
    forgeFrom(file, from, 'dropped');
    expect(verify(file)).toMatchObject({
      exitCode: 1,
      out: { reason: 'unkeyed', firstBadRow: from },
    });

    const other = tmp.file(`appended-${n}.db`);
    await hotel(other, 2);
    const last = lastId(other);
    const raw = new Database(other);
    const prev = raw.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(last) as string;
    const row: ChainedRow = {
      id: last + 1,
      at: '2026-03-20T07:00:00.000Z',
      staffId: 1,
      action: 'hotel.save',
      entity: 'hotel',
      entityId: '1',
      guestId: null,
      details: '{}',
      personal: null,
    };
    raw
      .prepare(
        `INSERT INTO audit_log (id, at, staff_id, action, entity, entity_id, guest_id, details, hash)
         VALUES (@id, @at, @staffId, @action, @entity, @entityId, @guestId, @details, @hash)`,
      )
      .run({ ...row, hash: rowHash(prev, row) });
    raw.close();
    expect(verify(other)).toMatchObject({
      exitCode: 1,
      out: { reason: 'unkeyed', firstBadRow: last + 1 },
    });
  });

  it("records the head in each backup's manifest, which holds the database to it", async () => {
    await hotel(file, 3);
    const core = createCore({ dbFile: file, now: () => now });
    const backup = await core.backups.backupNow('manual');
    core.close();
    const manifest = `${backup.file}.head`;
    if (process.platform !== 'win32') expect(fs.statSync(manifest).mode & 0o777).toBe(0o600);
    const last = lastId(file);
    expect(JSON.parse(fs.readFileSync(manifest, 'utf8'))).toMatchObject({ id: last });
    expect(backup.chain).toMatchObject({ head: { id: last } });
    tamper(file, `DELETE FROM audit_log WHERE id = ${last}`);
    fs.rmSync(headFileFor(file));
    expect(verify(file, '--head', manifest)).toMatchObject({
      exitCode: 1,
      out: { reason: 'truncated', firstBadRow: last },
    });
  });

  it.each(['forged', 'truncated'] as const)(
    'refuses to restore a backup %s after it was taken',
    async (how) => {
      await hotel(file, 6);
      const core = createCore({ dbFile: file, now: () => now });
      const backup = await core.backups.backupNow('manual');
      core.close();
      const last = lastId(backup.file);
      if (how === 'forged') forgeFrom(backup.file, last - 2, 'kept');
      else tamper(backup.file, `DELETE FROM audit_log WHERE id > ${last - 2}`);
      const r = runRestoreCommand(['--db', file, '--from', backup.file, '--force']);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(/backup/i);
      expect(verify(file)).toMatchObject({ exitCode: 0 });
    },
  );

  it('writes a head file anew that a power cut left empty', async () => {
    await hotel(file, 1);
    fs.writeFileSync(headFileFor(file), '');
    expect(verify(file)).toMatchObject({ exitCode: 0, out: { anchor: null } });
    const core = createCore({ dbFile: file, now: () => now });
    await value(core, 'hotel.save', {
      name: 'X',
      bin: '',
      address: '',
      region: '',
      businessSize: 'small',
    });
    core.close();
    expect(verify(file)).toMatchObject({ exitCode: 0, out: { anchor: { id: lastId(file) } } });
  });

  it('refuses a head file edited by hand', async () => {
    await hotel(file, 3);
    const head = JSON.parse(fs.readFileSync(headFileFor(file), 'utf8')) as { id: number };
    fs.writeFileSync(headFileFor(file), JSON.stringify({ ...head, id: head.id - 2 }));
    expect(verify(file)).toMatchObject({ exitCode: 1, out: { reason: 'head_forged' } });
  });

  it('holds a copy to an older head named on the command line', async () => {
    await hotel(file, 3);
    const older = tmp.file(`older-${n}.head`);
    fs.copyFileSync(headFileFor(file), older);
    const last = lastId(file);
    const core = createCore({ dbFile: file, now: () => now });
    await value(core, 'hotel.save', {
      name: 'X',
      bin: '',
      address: '',
      region: '',
      businessSize: 'small',
    });
    core.close();
    expect(verify(file, '--head', older)).toMatchObject({ exitCode: 0, out: { ok: true } });
    tamper(file, `DELETE FROM audit_log WHERE id >= ${last}`);
    fs.rmSync(headFileFor(file));
    expect(verify(file, '--head', older)).toMatchObject({
      exitCode: 1,
      out: { reason: 'truncated', firstBadRow: last },
    });
  });

  it('verifies a chain made before the key from the row where the key came in', async () => {
    await hotel(file, 2);
    const before = lastId(file);
    // As a database from before this version: no MACs, no key, no head file.
    tamper(file, 'UPDATE audit_log SET mac = NULL');
    fs.rmSync(keyFileFor(file));
    fs.rmSync(headFileFor(file));
    const core = createCore({ dbFile: file, now: () => now });
    await value(core, 'hotel.save', {
      name: 'X',
      bin: '',
      address: '',
      region: '',
      businessSize: 'small',
    });
    expect(await value(core, 'audit.status')).toMatchObject({ ok: true });
    core.close();
    expect(verify(file)).toMatchObject({
      exitCode: 0,
      out: {
        ok: true,
        keyedFrom: before + 1,
        macsChecked: true,
        notes: [expect.stringMatching(new RegExp(`^rows 1-${before} were made before the key`))],
      },
    });
  });

  it('says the key is missing rather than trusting keyed rows without it', async () => {
    await hotel(file, 1);
    fs.rmSync(keyFileFor(file));
    expect(verify(file)).toMatchObject({ exitCode: 1, out: { reason: 'key_missing' } });
  });

  it('catches personal data set to NULL with no erase entry', async () => {
    await hotel(file, 1);
    const core = createCore({ dbFile: file, now: () => now });
    const at = now.toISOString();
    writeTransaction(core.db, () =>
      core.repos.audit.record(at, null, 'stay.edit', 'stay', 1, { after: { surname: 'TAYLOR' } }),
    );
    const row = core.db.prepare('SELECT max(audit_id) FROM audit_personal').pluck().get() as number;
    core.close();
    expect(verify(file)).toMatchObject({ exitCode: 0 });
    tamper(file, 'UPDATE audit_personal SET data = NULL, salt = NULL');
    expect(verify(file)).toMatchObject({
      exitCode: 1,
      out: { reason: 'erased_unrecorded', firstBadRow: row },
    });
  });
});
