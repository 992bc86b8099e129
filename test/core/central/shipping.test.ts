import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import {
  addConsoleLogin,
  addProperty,
  connectCentral,
  installCentral,
  receive,
  registerRows,
  upsertRegister,
  type ShippedAuditRow,
} from '../../../electron/core/central/central-repo';
import { canonicalJson, GENESIS, rowHash } from '../../../electron/core/db/audit/canonical';
import { REGISTER_TABLES, type RegisterRow } from '../../../electron/core/central/register-tables';
import { shipToCentral } from '../../../electron/core/central/ship';
import { runShipCommand } from '../../../electron/core/cli/ship-command';
import { closeDatabase, openDatabase } from '../../../electron/core/db/connection';
import type { CheckInResult } from '../../../shared/contract';
import { hotel, tamper } from '../../helpers/audit-chain';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';
import { makePdf } from '../../helpers/pdf';
import { pgMissingReason, startPgCluster, type PgCluster } from '../../helpers/postgres';

const missing = pgMissingReason();
const SURNAMES = ['ADLER', 'BRANDT', 'CRAMER', 'DIETZ', 'EBERT', 'FISCHER', 'GRAF'];

let cluster: PgCluster;
let admin: pg.Client;
const tmp = tempDir();
const open: pg.Client[] = [];

/** A property at the centre: its SQLite file, and the URL its own role ships with. */
async function property(name: string): Promise<{ id: number; file: string; url: string }> {
  const p = await addProperty(admin, name);
  const dir = tmp.file(name.replace(/\W/g, '_'));
  fs.mkdirSync(dir);
  return {
    id: p.propertyId,
    file: path.join(dir, 'tirkeu.db'),
    url: cluster.urlFor(p.role, p.password),
  };
}

async function client(url: string): Promise<pg.Client> {
  const c = await connectCentral(url);
  open.push(c);
  return c;
}

async function ship(file: string, url: string, ...more: string[]) {
  const r = await runShipCommand(['--db', file, '--central', url, ...more]);
  expect(r.stdout.trim().split('\n'), r.stderr).toHaveLength(1);
  return { exitCode: r.exitCode, out: JSON.parse(r.stdout) as Record<string, unknown> };
}

/** One table's rows at the property, as the register list names them. */
function localRows(file: string, table: (typeof REGISTER_TABLES)[number]): RegisterRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(`SELECT ${table.columns.map(([c]) => c).join(', ')} FROM ${table.name} ORDER BY id`)
      .raw(true)
      .all() as RegisterRow[];
  } finally {
    db.close();
  }
}

function localAudit(file: string): Array<{ id: number; hash: string }> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id, hash FROM audit_log ORDER BY id').all() as Array<{
      id: number;
      hash: string;
    }>;
  } finally {
    db.close();
  }
}

async function centralAudit(propertyId: number, table = 'audit_rows') {
  const r = await admin.query<{ id: string; hash: string; at: string }>(
    `SELECT id, hash, at FROM central.${table} WHERE property_id = $1 ORDER BY id`,
    [propertyId],
  );
  return r.rows.map((x) => ({ id: Number(x.id), hash: x.hash, at: x.at }));
}

async function expectRegisterEqual(file: string, propertyId: number) {
  for (const t of REGISTER_TABLES) {
    expect(await registerRows(admin, t, propertyId), t.name).toEqual(localRows(file, t));
  }
  expect((await centralAudit(propertyId)).map(({ id, hash }) => ({ id, hash }))).toEqual(
    localAudit(file),
  );
}

describe.skipIf(missing !== null)(
  `shipping to the central register${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    beforeAll(async () => {
      cluster = await startPgCluster();
      admin = await connectCentral(cluster.adminUrl);
      await installCentral(admin);
      // A second install changes nothing.
      await installCentral(admin);
    });
    afterAll(async () => {
      for (const c of open) await c.end().catch(() => {});
      await admin?.end().catch(() => {});
      cluster?.stop();
      tmp.cleanup();
    });

    it('two properties ship, and the centre holds the union of their registers, row for row', async () => {
      const almaty = await property('Hostel Almaty');
      const astana = await property('Hotel Astana');
      await hotel(almaty.file);
      await hotel(astana.file, 3);

      const a = await ship(almaty.file, almaty.url, '--property', 'Hostel Almaty');
      const b = await ship(astana.file, astana.url);
      expect(a).toEqual({
        exitCode: 0,
        out: {
          shipped: localAudit(almaty.file).length,
          behind: 0,
          chain: 'ok',
          register: expect.any(Number),
        },
      });
      expect(b.out).toMatchObject({ shipped: localAudit(astana.file).length, chain: 'ok' });
      await expectRegisterEqual(almaty.file, almaty.id);
      await expectRegisterEqual(astana.file, astana.id);
      const stays = await admin.query('SELECT property_id, room FROM central.stays ORDER BY 1, 2');
      expect(stays.rows).toEqual([
        { property_id: almaty.id, room: '204' },
        { property_id: almaty.id, room: '205' },
        { property_id: astana.id, room: '205' },
        { property_id: astana.id, room: '302' },
      ]);

      // Once: a second ship sends nothing, and the kept credentials serve without --central.
      const again = await runShipCommand(['--db', almaty.file]);
      expect(JSON.parse(again.stdout)).toEqual({ shipped: 0, behind: 0, chain: 'ok', register: 0 });
      const kept = path.join(path.dirname(almaty.file), 'central', 'credentials.json');
      expect(fs.statSync(kept).mode & 0o777).toBe(0o600);

      // The property's own record of it, for its screen.
      const db = new Database(almaty.file, { readonly: true });
      const state = db.prepare('SELECT * FROM central_shipping').get() as Record<string, unknown>;
      db.close();
      expect(state).toMatchObject({
        property: 'Hostel Almaty',
        shipped_through: localAudit(almaty.file).length,
        behind: 0,
        chain: 'ok',
      });

      // Credentials of another property are refused by --property before anything is sent.
      const wrong = await runShipCommand(['--db', almaty.file, '--property', 'Hotel Astana']);
      expect(wrong.exitCode).toBe(2);
      expect(wrong.stderr).toMatch(/ship for "Hostel Almaty"/);
    });

    it('a property killed mid-ship catches up with no duplicates', async () => {
      const p = await property('Killed mid-ship');
      await hotel(p.file, 12);
      const total = localAudit(p.file).length;
      for (const stopAt of [2, 3]) {
        const db = openDatabase(p.file);
        const c = await client(p.url);
        let batches = 0;
        await expect(
          shipToCentral(db, c, {
            batch: 3,
            afterBatch: () => {
              if (++batches === stopAt) throw new Error('power cut');
            },
          }),
        ).rejects.toThrow('power cut');
        closeDatabase(db);
      }
      const held = await centralAudit(p.id);
      expect(held.length).toBeGreaterThan(0);
      expect(held.length).toBeLessThan(total);
      // Killed again, this time among the register rows (after the audit rows all arrived).
      const db = openDatabase(p.file);
      let calls = 0;
      await expect(
        shipToCentral(db, await client(p.url), {
          batch: 3,
          afterBatch: () => {
            if (++calls === Math.ceil((total - held.length) / 3) + 1) throw new Error('power cut');
          },
        }),
      ).rejects.toThrow('power cut');
      closeDatabase(db);
      expect(await centralAudit(p.id)).toHaveLength(total);
      const r = await ship(p.file, p.url);
      expect(r.out).toMatchObject({ shipped: 0, behind: 0, chain: 'ok' });
      await expectRegisterEqual(p.file, p.id);
    });

    it('a property offline for a week catches up in order', async () => {
      const p = await property('Offline week');
      let clock = new Date('2026-03-16T04:00:00Z');
      const core: Core = createCore({ dbFile: p.file, now: () => clock });
      try {
        for (let day = 0; day < 7; day++) {
          clock = new Date(Date.UTC(2026, 2, 16 + day, 4));
          const date = clock.toISOString().slice(0, 10);
          await value<CheckInResult>(
            core,
            'stays.checkIn',
            checkInInput([guestEntry({ surname: SURNAMES[day]!, citizenship: 'DEU' })], {
              room: String(100 + day),
              checkInAt: `${date}T09:00:00+05:00`,
              plannedCheckOut: '2026-03-30',
            }),
          );
        }
      } finally {
        core.close();
      }
      const db = openDatabase(p.file);
      try {
        const c = await client(p.url);
        const r = await shipToCentral(db, c, { batch: 4 });
        expect(r).toMatchObject({ shipped: localAudit(p.file).length, behind: 0, chain: 'ok' });
      } finally {
        closeDatabase(db);
      }
      const held = await centralAudit(p.id);
      expect(held.map((x) => x.id)).toEqual(held.map((_, i) => i + 1));
      expect(held.map((x) => x.at)).toEqual([...held.map((x) => x.at)].sort());
      await expectRegisterEqual(p.file, p.id);
    });

    it('a fork (an older backup restored, then written again) is refused, and both branches are kept', async () => {
      const p = await property('Forked');
      const { stayId } = await hotel(p.file);
      expect((await ship(p.file, p.url)).exitCode).toBe(0);
      const dir = path.dirname(p.file);
      const backup = tmp.file('forked-backup');
      fs.cpSync(dir, backup, { recursive: true });
      const move = async (room: string) => {
        const core = createCore({ dbFile: p.file, now: () => new Date('2026-03-21T06:00:00Z') });
        try {
          await value(core, 'stays.changeRoom', { stayId, room });
        } finally {
          core.close();
        }
      };
      await move('401');
      await move('402');
      expect((await ship(p.file, p.url)).exitCode).toBe(0);
      const mainBranch = await centralAudit(p.id);

      // The backup comes back (its folder whole: key and head file too), and the desk writes.
      fs.rmSync(dir, { recursive: true });
      fs.cpSync(backup, dir, { recursive: true });
      await move('501');
      const r = await ship(p.file, p.url);
      expect(r).toEqual({
        exitCode: 1,
        out: { shipped: 0, behind: 0, chain: 'fork', register: 0 },
      });

      // Never merged: the centre's branch is as it was, the other one kept beside it.
      expect(await centralAudit(p.id)).toEqual(mainBranch);
      const local = localAudit(p.file);
      const split = local.findIndex((x, i) => mainBranch[i]?.hash !== x.hash);
      const other = await centralAudit(p.id, 'fork_rows');
      expect(other.map(({ id, hash }) => ({ id, hash }))).toEqual(local.slice(split));
      const refusals = await admin.query(
        'SELECT reason, row_id FROM central.refusals WHERE property_id = $1',
        [p.id],
      );
      expect(refusals.rows).toEqual([{ reason: 'fork', row_id: String(local[split]!.id) }]);
      const prop = await admin.query('SELECT chain FROM central.properties WHERE id = $1', [p.id]);
      expect(prop.rows[0]).toEqual({ chain: 'fork' });
      // The register is not taken from the other branch.
      const rooms = await admin.query(
        'SELECT room FROM central.stays WHERE property_id = $1 AND id = $2',
        [p.id, stayId],
      );
      expect(rooms.rows).toEqual([{ room: '402' }]);
    });

    it('an edited row is refused as an edit, and a deleted one as a gap; neither is merged', async () => {
      const edited = await property('Edited');
      await hotel(edited.file, 2);
      tamper(edited.file, 'UPDATE audit_log SET details = \'{"room":"999"}\' WHERE id = 3');
      const e = await ship(edited.file, edited.url);
      expect(e).toMatchObject({ exitCode: 1, out: { shipped: 2, chain: 'edit', register: 0 } });
      expect((await centralAudit(edited.id)).map((x) => x.id)).toEqual([1, 2]);

      const holed = await property('Holed');
      await hotel(holed.file, 2);
      tamper(holed.file, 'DELETE FROM audit_log WHERE id = 4');
      const g = await ship(holed.file, holed.url);
      expect(g).toMatchObject({ exitCode: 1, out: { shipped: 3, chain: 'gap' } });
      expect((await centralAudit(holed.id)).map((x) => x.id)).toEqual([1, 2, 3]);
      const refusals = await admin.query(
        'SELECT reason, row_id FROM central.refusals WHERE property_id IN ($1, $2) ORDER BY id',
        [edited.id, holed.id],
      );
      expect(refusals.rows).toEqual([
        { reason: 'edit', row_id: '3' },
        { reason: 'gap', row_id: '5' },
      ]);
    });

    it('an erasure and a retention purge at the property leave none of the guests’ values at the centre', async () => {
      const p = await property('Erasing');
      let clock = new Date('2025-01-10T06:00:00Z');
      const core = createCore({ dbFile: p.file, now: () => clock });
      const people = [
        { surname: 'QUIXLEY', givenNames: 'ZEPHYRINE', number: 'QX7741203', citizenship: 'GBR' },
        { surname: 'VORNHOLT', givenNames: 'ISOLDE', number: 'VH5518842', citizenship: 'DEU' },
      ];
      const ids: Array<{ stayId: number; guestId: number }> = [];
      try {
        for (const [i, who] of people.entries()) {
          clock = new Date('2025-01-10T06:00:00Z');
          const entry = guestEntry(
            { surname: who.surname, givenNames: who.givenNames, citizenship: who.citizenship },
            { visaNumber: `VISA${who.number}` },
          );
          entry.document = {
            ...entry.document!,
            number: who.number,
            issuingState: who.citizenship,
          };
          const { stays } = await value<CheckInResult>(
            core,
            'stays.checkIn',
            checkInInput([entry], {
              room: String(10 + i),
              checkInAt: '2025-01-10T10:00:00+05:00',
              plannedCheckOut: '2025-01-12',
            }),
          );
          const stay = stays[0]!;
          clock = new Date('2025-01-10T08:00:00Z');
          await value(core, 'notifications.markFiled', {
            notificationId: stay.notices[0]!.id,
            portal: 'eqonaq',
            filedAt: '2025-01-10T12:00:00+05:00',
            reference: `EQ-${i + 1}`,
          });
          // The notice PDF names the guest: its bytes never ship, nor its file name.
          const pdf = core.files.put(
            await makePdf(['УВЕДОМЛЕНИЕ', `${who.surname} ${who.givenNames} ${who.number}`]),
            `${who.surname}-${who.number}.pdf`,
            'application/pdf',
          );
          await value(core, 'notifications.attachProof', {
            notificationId: stay.notices[0]!.id,
            fileId: pdf.fileId,
          });
          clock = new Date('2025-01-12T07:00:00Z');
          await value(core, 'stays.checkOut', {
            stayId: stay.stayId,
            at: '2025-01-12T11:00:00+05:00',
          });
          ids.push({ stayId: stay.stayId, guestId: stay.guestId });
        }
        expect((await ship(p.file, p.url)).exitCode).toBe(0);
        const values = people.flatMap((x) => [x.surname, x.givenNames, x.number]);
        for (const v of values) expect(await centralHolds(v), v).not.toEqual([]);

        clock = new Date('2026-03-23T06:00:00Z');
        // One on request, the other by the retention purge.
        await value(core, 'guests.erase', {
          guestId: ids[0]!.guestId,
          confirm: people[0]!.surname,
          reason: 'Written request',
          owedConfirmed: true,
        });
        await value(core, 'privacy.setRetention', { months: 12 });
        const purged = await value<{ guests: number }>(core, 'privacy.purge', { months: 12 });
        expect(purged.guests).toBe(1);
        const r = await ship(p.file, p.url);
        expect(r.out).toMatchObject({ chain: 'ok', behind: 0 });
        for (const v of values) expect(await centralHolds(v), v).toEqual([]);
        // The stays still count: citizenship and dates stay, anonymous.
        const left = await admin.query(
          'SELECT citizenship FROM central.guests WHERE property_id = $1 ORDER BY id',
          [p.id],
        );
        expect(left.rows).toEqual([{ citizenship: 'GBR' }, { citizenship: 'DEU' }]);
      } finally {
        core.close();
      }
      await expectRegisterEqual(p.file, p.id);
    });

    it('hashes a row as the property does, whatever characters its text holds', async () => {
      const p = await property('Odd characters');
      const texts = [
        'plain',
        'quote " and \\ backslash',
        'tab\tnew\nline\u0001\u001f\u007f',
        'Қазақ әріптері ұ ү і',
        '😀 \u2028 \u00e9',
      ];
      let prev = GENESIS;
      const rows: ShippedAuditRow[] = texts.map((t, i) => {
        const row = {
          id: i + 1,
          at: `2026-03-20T06:00:0${i}.000Z`,
          staffId: i % 2 ? null : 1,
          // The last one erases guest 7, arriving behind a row sent again (the row-by-row path).
          action: i === texts.length - 1 ? 'guest.erase' : `a.${t}`,
          entity: t,
          entityId: i % 2 ? t : null,
          guestId: i % 2 || i === texts.length - 1 ? 7 : null,
          details: canonicalJson({ text: t, n: i }),
          personal: i % 2 ? null : 'ab'.repeat(32),
        };
        const hash = rowHash(prev, row);
        const shipped: ShippedAuditRow = {
          id: row.id,
          at: row.at,
          staff_id: row.staffId,
          action: row.action,
          entity: row.entity,
          entity_id: row.entityId,
          guest_id: row.guestId,
          details: row.details,
          personal_sha256: row.personal,
          prev_hash: prev,
          hash,
          mac: null,
        };
        prev = hash;
        return shipped;
      });
      const c = await client(p.url);
      const guests = REGISTER_TABLES.find((t) => t.name === 'guests')!;
      await upsertRegister(c, guests, p.id, [
        [7, 'ZELLWEGER', 'OTTO', '', 'CHE', '1970-01-01', 'M', null],
      ]);
      expect(await receive(c, rows.slice(0, 3))).toEqual({ accepted: 3, headId: 3, chain: 'ok' });
      // Sent again from row 3: it is skipped, nothing doubled, and the rest appended.
      expect(await receive(c, rows.slice(2))).toEqual({
        accepted: texts.length - 3,
        headId: texts.length,
        chain: 'ok',
      });
      expect(await receive(c, rows)).toEqual({ accepted: 0, headId: texts.length, chain: 'ok' });
      expect(await registerRows(admin, guests, p.id)).toEqual([
        [7, '', '', '', 'CHE', null, null, rows[texts.length - 1]!.at],
      ]);
    });

    it('a property’s role cannot read or write another property’s rows, nor the trail directly', async () => {
      const mine = await property('Mine');
      const theirs = await property('Theirs');
      await hotel(mine.file);
      await hotel(theirs.file);
      await ship(mine.file, mine.url);
      await ship(theirs.file, theirs.url);
      const c = await client(mine.url);

      await expect(
        c.query(
          `INSERT INTO central.stays (property_id, id, guest_id, room, status) VALUES ($1, 999, 1, '1', 'in_house')`,
          [theirs.id],
        ),
      ).rejects.toThrow(/row-level security/);
      const upd = await c.query(`UPDATE central.guests SET surname = 'X' WHERE property_id = $1`, [
        theirs.id,
      ]);
      expect(upd.rowCount).toBe(0);
      const seen = await c.query(
        'SELECT count(*)::int AS n FROM central.stays WHERE property_id = $1',
        [theirs.id],
      );
      expect(seen.rows).toEqual([{ n: 0 }]);
      await expect(
        c.query(`UPDATE central.guests SET property_id = $1 WHERE property_id = $2`, [
          theirs.id,
          mine.id,
        ]),
      ).rejects.toThrow(/row-level security/);
      await expect(
        c.query(
          `INSERT INTO central.audit_rows (property_id, id, at, action, entity, details, prev_hash, hash)
           VALUES ($1, 100, 'x', 'a', 'b', '{}', 'p', 'h')`,
          [mine.id],
        ),
      ).rejects.toThrow(/permission denied/);
      await expect(c.query('DELETE FROM central.audit_rows')).rejects.toThrow(/permission denied/);
      await expect(c.query("SELECT central.erase_guest($1, 1, 'x')", [theirs.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(c.query("UPDATE central.properties SET chain = 'ok'")).rejects.toThrow(
        /permission denied/,
      );
      await expectRegisterEqual(theirs.file, theirs.id);

      // The owner's console reads every property and writes nothing.
      const login = await addConsoleLogin(admin, 'owner_console');
      const console_ = await client(cluster.urlFor(login.role, login.password));
      const all = await console_.query(
        'SELECT count(DISTINCT property_id)::int AS n FROM central.stays',
      );
      expect(all.rows[0].n).toBeGreaterThanOrEqual(2);
      await expect(console_.query(`UPDATE central.stays SET room = 'X'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(console_.query(`SELECT central.receive('[]')`)).rejects.toThrow(
        /permission denied/,
      );
    });

    it('refuses a wrong password in words, and the property’s screen says so', async () => {
      const p = await property('Careful');
      await hotel(p.file);
      const wrong = await runShipCommand([
        '--db',
        p.file,
        '--central',
        p.url.replace(/:[0-9a-f]{48}@/, ':wrong@'),
      ]);
      expect(wrong).toMatchObject({ exitCode: 1, stdout: '' });
      expect(wrong.stderr).toMatch(/refused this property’s name or password/);
      const db = new Database(p.file, { readonly: true });
      expect(db.prepare('SELECT last_error, last_shipped_at FROM central_shipping').get()).toEqual({
        last_error: 'central.refused',
        last_shipped_at: null,
      });
      db.close();
    });
  },
);

/** Where a value is found in any text column of the centre's tables: "table.column" names. */
async function centralHolds(needle: string): Promise<string[]> {
  const cols = await admin.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'central' AND data_type IN ('text', 'jsonb', 'character varying')`,
  );
  const found: string[] = [];
  for (const { table_name: t, column_name: c } of cols.rows) {
    const r = await admin.query(
      `SELECT 1 FROM central.${t} WHERE position(upper($1) in upper(${c}::text)) > 0 LIMIT 1`,
      [needle],
    );
    if (r.rowCount) found.push(`${t}.${c}`);
  }
  return found;
}
