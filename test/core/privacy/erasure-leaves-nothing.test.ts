import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttachProofResult, CheckInResult, StayDetail } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import type { Db } from '../../../electron/core/db/connection';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';

// One guest's values, each distinctive enough that finding it anywhere means it leaked.
const PERSON = {
  surname: 'QUORVELLIAN',
  givenNames: 'ZEPHYRINE ODALYS',
  patronymic: 'XANTHIPPOVNA',
  citizenship: 'CHN',
  birthDate: '1979-08-27',
  sex: 'M' as const,
  phone: '+7 705 918 27 36',
  email: 'zephyrine.q@example.kz',
};
const DOCUMENT = {
  typeCode: '1' as const,
  number: 'K73915846',
  series: 'QXZ7',
  issuingState: 'CHN',
  issueDate: '2016-03-09',
  expiryDate: '2031-03-08',
};
const VISA = 'V48215937';
const EDITED_PHONE = '+7 701 664 30 58';
// The portal names its PDF after the document (the leak issue 19 found in the chain).
const PROOF_NAME = `vmp-${DOCUMENT.number}.pdf`;

const VALUES = [
  PERSON.surname,
  ...PERSON.givenNames.split(' '),
  PERSON.patronymic,
  PERSON.birthDate,
  PERSON.phone,
  EDITED_PHONE,
  PERSON.email,
  DOCUMENT.number,
  DOCUMENT.series,
  DOCUMENT.issueDate,
  DOCUMENT.expiryDate,
  VISA,
  PROOF_NAME,
  // The sex is one letter: what must not survive is its value under the key, in any JSON kept
  // (the list of fields that changed may name it).
  '"sex":',
];

let clock = new Date('2025-01-13T05:00:00Z');

/** Every column of every table (audit_log and audit_personal included) that holds `needle`. */
function whereFound(db: Db, needle: string): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const found: string[] = [];
  for (const t of tables) {
    const columns = (db.pragma(`table_info("${t}")`) as Array<{ name: string }>).map((c) => c.name);
    for (const c of columns) {
      const hits = db
        .prepare(
          `SELECT count(*) FROM "${t}" WHERE instr(lower(CAST("${c}" AS TEXT)), lower(?)) > 0
             OR instr(CAST("${c}" AS BLOB), CAST(? AS BLOB)) > 0`,
        )
        .pluck()
        .get(needle, needle) as number;
      if (hits) found.push(`${t}.${c}`);
    }
  }
  return found;
}

function bytesHold(file: string, needle: string): boolean {
  return fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(needle, 'utf8'));
}

/** A guest with every identity field set: checked in, edited, filed with proof, back again. */
async function fullGuest(core: Core): Promise<{ guestId: number }> {
  const entry = guestEntry(PERSON, { document: DOCUMENT, visaNumber: VISA });
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([entry], {
      checkInAt: '2025-01-13T10:00:00+05:00',
      plannedCheckOut: '2025-01-16',
    }),
  );
  const stay = stays[0]!;
  const { id: _id, ...document } = stay.document!;
  await value<StayDetail>(core, 'stays.update', {
    stayId: stay.stayId,
    person: { ...stay.person, phone: EDITED_PHONE },
    document,
    checkInAt: stay.checkInAt,
    plannedCheckOut: '2025-01-16',
    purposeCode: stay.purposeCode ?? '11',
    visaNumber: VISA,
    entryDate: null,
  });
  const notice = stay.notices[0]!;
  await value(core, 'notifications.markFiled', {
    notificationId: notice.id,
    portal: 'vmp',
    filedAt: '2025-01-13T12:00:00+05:00',
    reference: 'R-77',
  });
  const pdf = await makePdf(['УВЕДОМЛЕНИЕ', `${PERSON.surname} ZEPHYRINE ${DOCUMENT.number}`]);
  const file = core.files.put(pdf, PROOF_NAME, 'application/pdf');
  const attached = await value<AttachProofResult>(core, 'notifications.attachProof', {
    notificationId: notice.id,
    fileId: file.fileId,
  });
  expect(attached.attached).toBe(true);
  clock = new Date('2025-01-16T06:00:00Z');
  await value(core, 'stays.checkOut', { stayId: stay.stayId, at: '2025-01-16T11:00:00+05:00' });
  // Back a month later: the same person, the sex now recorded otherwise (an identity change).
  clock = new Date('2025-02-10T08:00:00Z');
  const again = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ ...PERSON, sex: 'F' }, { document: DOCUMENT, visaNumber: VISA })], {
      checkInAt: '2025-02-10T10:00:00+05:00',
      plannedCheckOut: '2025-02-12',
    }),
  );
  const second = again.stays[0]!;
  clock = new Date('2025-02-12T06:00:00Z');
  await value(core, 'stays.checkOut', { stayId: second.stayId, at: '2025-02-12T11:00:00+05:00' });
  return { guestId: stay.guestId };
}

describe('an erased guest leaves nothing behind (issue 19)', () => {
  let core: Core | null = null;
  let dir = '';
  afterEach(() => {
    core?.close();
    core = null;
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('in no table or column, audit_log included, nor in the bytes of the file and its WAL', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-erase-'));
    const dbFile = path.join(dir, 'tirkeu.db');
    clock = new Date('2025-01-13T08:00:00Z');
    core = createCore({ dbFile, now: () => clock });
    const { guestId } = await fullGuest(core);
    // Before: each value is held somewhere, so the searches below can find them.
    for (const v of VALUES) expect(whereFound(core.db, v), v).not.toEqual([]);
    const identity = core.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'guest.identity_change'")
      .pluck()
      .get();
    expect(identity).toBe(1);

    clock = new Date('2026-03-23T06:00:00Z');
    await value(core, 'guests.erase', {
      guestId,
      confirm: PERSON.surname,
      reason: 'Written request',
      owedConfirmed: true,
    });

    const left = Object.fromEntries(VALUES.map((v) => [v, whereFound(core!.db, v)]));
    expect(left).toEqual(Object.fromEntries(VALUES.map((v) => [v, []])));
    expect(core.repos.audit.verify().ok).toBe(true);

    // The file's bytes: freed space is zeroed (secure_delete), and the erasure's own checkpoint,
    // run once it has committed, leaves no WAL frame holding the old pages.
    const bytes = [PERSON.surname, 'ZEPHYRINE', DOCUMENT.number, PERSON.patronymic];
    await new Promise((resolve) => setImmediate(resolve));
    for (const v of bytes) {
      expect(bytesHold(dbFile, v), `${v} in the file`).toBe(false);
      expect(bytesHold(`${dbFile}-wal`, v), `${v} in the WAL`).toBe(false);
    }
    core.close();
    core = null;
    for (const v of bytes) {
      expect(bytesHold(dbFile, v), `${v} after close`).toBe(false);
      expect(bytesHold(`${dbFile}-wal`, v), `${v} in the WAL after close`).toBe(false);
    }
  });
});
