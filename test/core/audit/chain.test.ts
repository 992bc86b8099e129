import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { verifyAuditChain } from '../../../electron/core/db/audit/verify';
import { writeTransaction } from '../../../electron/core/db/connection';
import type { CheckInResult, StayDetail } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

const now = new Date('2026-03-23T06:00:00Z');

/** A file database with a few audited changes: a check-in, an edit of the guest, a room change. */
async function populated(file: string): Promise<{ core: Core; stay: StayDetail }> {
  const core = createCore({ dbFile: file, now: () => now });
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname: 'IVANOV' })]),
  );
  const stay = stays[0]!;
  const { id: _id, ...document } = stay.document!;
  await value(core, 'stays.update', {
    stayId: stay.stayId,
    person: { ...stay.person, surname: 'IVANOVA', phone: '+77011234567' },
    document,
    checkInAt: stay.checkInAt,
    plannedCheckOut: stay.plannedCheckOut,
    purposeCode: stay.purposeCode,
    visaNumber: stay.visaNumber,
    entryDate: stay.entryDate,
  });
  await value(core, 'stays.changeRoom', { stayId: stay.stayId, room: '305' });
  await value(core, 'hotel.save', {
    name: 'Alatau',
    bin: '',
    address: '',
    region: '',
    businessSize: 'small',
  });
  return { core, stay };
}

/**
 * A raw connection, as someone with the sqlite3 shell would have: triggers dropped, the edit
 * made, the triggers put back (a schema left altered is refused at open before the chain is read).
 */
function tamper(file: string, sql: string): void {
  const raw = new Database(file);
  raw.pragma('foreign_keys = OFF');
  const triggers = raw
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%'")
    .pluck()
    .all() as string[];
  raw.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;
    DROP TRIGGER IF EXISTS audit_personal_erase_only; ${sql}`);
  for (const t of triggers) raw.exec(t.replace('CREATE TRIGGER', 'CREATE TRIGGER IF NOT EXISTS'));
  raw.close();
}

function verifyFile(file: string) {
  const ro = new Database(file, { readonly: true });
  try {
    return verifyAuditChain(ro);
  } finally {
    ro.close();
  }
}

describe('the audit chain', () => {
  const tmp = tempDir();
  let file: string;
  let n = 0;
  beforeEach(() => {
    file = tmp.file(`chain-${n++}.db`);
  });
  afterEach(() => undefined);

  it('holds over every change the app makes, and says how many rows it read', async () => {
    const { core } = await populated(file);
    const rows = core.repos.audit.count();
    expect(rows).toBeGreaterThanOrEqual(5);
    expect(core.repos.audit.verify()).toMatchObject({ ok: true, rows, firstBadRow: null });
    core.close();
  });

  it('keeps personal data out of the chained bytes and gives it back when read', async () => {
    const { core, stay } = await populated(file);
    const chained = core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'stay.edit'")
      .pluck()
      .get() as string;
    expect(chained).not.toMatch(/IVANOV|77011234567/);
    const [edit] = core.repos.audit
      .forEntity('stay', stay.stayId)
      .filter((e) => e.action === 'stay.edit');
    expect(edit!.guestId).toBe(stay.guestId);
    expect(JSON.stringify(edit!.details)).toMatch(/IVANOVA/);
    core.close();
  });

  it('refuses UPDATE and DELETE through its triggers', async () => {
    const { core } = await populated(file);
    expect(() => core.db.prepare("UPDATE audit_log SET action = 'x' WHERE id = 2").run()).toThrow(
      /append-only/,
    );
    expect(() => core.db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(
      /append-only/,
    );
    expect(() => core.db.prepare('DELETE FROM audit_personal').run()).toThrow(/erased/);
    expect(() => core.db.prepare(`UPDATE audit_personal SET data = '{"person":{}}'`).run()).toThrow(
      /only be erased/,
    );
    core.close();
  });

  it('catches a row edited outside the app, from that row on', async () => {
    (await populated(file)).core.close();
    tamper(file, `UPDATE audit_log SET details = '{"room":"999"}' WHERE id = 3`);
    expect(verifyFile(file)).toMatchObject({ ok: false, firstBadRow: 3 });
  });

  it('catches a row deleted outside the app at the row after it', async () => {
    const { core } = await populated(file);
    const rows = core.repos.audit.count();
    core.close();
    tamper(
      file,
      'DELETE FROM audit_personal WHERE audit_id = 2; DELETE FROM audit_log WHERE id = 2',
    );
    expect(verifyFile(file)).toMatchObject({ ok: false, rows: rows - 1, firstBadRow: 3 });
  });

  it('catches a row inserted outside the app, even with ids shifted to make room', async () => {
    (await populated(file)).core.close();
    tamper(
      file,
      `UPDATE audit_log SET id = id + 1000 WHERE id >= 3;
       UPDATE audit_log SET id = id - 999 WHERE id >= 1000;
       INSERT INTO audit_log (id, at, staff_id, action, entity, entity_id, details, hash)
       SELECT 3, at, staff_id, 'hotel.save', 'hotel', '1', '{}', hash FROM audit_log WHERE id = 2;`,
    );
    expect(verifyFile(file)).toMatchObject({ ok: false, firstBadRow: 3 });
  });

  it('catches a row appended outside the app with a made-up hash', async () => {
    const { core } = await populated(file);
    const last = core.repos.audit.count();
    core.close();
    tamper(
      file,
      `INSERT INTO audit_log (id, at, staff_id, action, entity, entity_id, details, hash)
       VALUES (${last + 1}, '2026-03-23T07:00:00.000Z', 1, 'stay.cancel', 'stay', '1', '{}',
               '${'ab'.repeat(32)}')`,
    );
    expect(verifyFile(file)).toMatchObject({ ok: false, firstBadRow: last + 1 });
  });

  it('catches personal data beside the chain changed outside the app', async () => {
    (await populated(file)).core.close();
    tamper(
      file,
      `UPDATE audit_personal SET data = replace(data, 'IVANOVA', 'SIDOROVA')
       WHERE data LIKE '%IVANOVA%'`,
    );
    const report = verifyFile(file);
    expect(report.ok).toBe(false);
  });

  it('still holds after a lawful erasure of a guest’s personal data', async () => {
    const { core, stay } = await populated(file);
    // As the privacy service erases: with its `guest.erase` row, in the same transaction.
    const erased = writeTransaction(core.db, () => {
      const at = now.toISOString();
      const count = core.repos.audit.erasePersonal(stay.guestId, at);
      core.repos.audit.record(at, null, 'guest.erase', 'guest', stay.guestId, { reason: 'test' });
      return count;
    });
    expect(erased).toBeGreaterThanOrEqual(1);
    expect(core.repos.audit.verify()).toMatchObject({ ok: true, firstBadRow: null });
    const entries = core.repos.audit.forEntity('stay', stay.stayId);
    expect(JSON.stringify(entries.map((e) => e.details))).not.toMatch(/IVANOV|77011234567/);
    expect(entries.find((e) => e.action === 'stay.edit')!.personalErased).toBe(true);
    const left = core.db
      .prepare(
        'SELECT count(*) FROM audit_personal WHERE guest_id = ? AND (data IS NOT NULL OR salt IS NOT NULL)',
      )
      .pluck()
      .get(stay.guestId);
    expect(left).toBe(0);
    core.close();
    expect(verifyFile(file)).toMatchObject({ ok: true });
  });

  it('the core reports the chain’s state at start', async () => {
    (await populated(file)).core.close();
    tamper(file, `UPDATE audit_log SET action = 'stay.cancel' WHERE id = 4`);
    const core = createCore({ dbFile: file, now: () => now });
    expect(await value(core, 'audit.status')).toMatchObject({ ok: false, firstBadRow: 4 });
    core.close();
  });
});
