import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runDemoCommand } from '../../electron/core/cli/demo-command';
import { createCore } from '../../electron/core/core';
import { AUDIT_ACTIONS, SYSTEM_ACTOR_NAME } from '../../shared/contract';
import { tempDir } from '../helpers/core';

describe('the demo hotel', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const now = new Date('2026-03-26T07:00:00Z');

  it('fills a new file with months of stays and notices in every state', async () => {
    const file = tmp.file('demo.db');
    const r = await runDemoCommand(['--db', file], () => now);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    const core = createCore({ dbFile: file, now: () => now });
    // One staff member per role, each signing in with the PIN the command printed.
    for (const [name, role, pin] of [
      ['Aigerim Saparova', 'owner', '1111'],
      ['Nurlan Zhaksybekov', 'night auditor', '2222'],
      ['Aruzhan Tokhtarova', 'receptionist', '3333'],
    ] as const) {
      expect(r.stdout).toContain(`${name} (${role}), PIN ${pin}`);
      const id = core.repos.staff.signInNames().find((s) => s.name === name)!.id;
      const signedIn = await core.dispatch(
        'auth.signIn',
        { staffId: id, secret: pin },
        core.contextFor(null),
      );
      expect(signedIn).toMatchObject({ ok: true, value: { staff: { name } } });
    }
    const one = (sql: string) => (core.db.prepare(sql).get() as { n: number }).n;
    try {
      expect(one('SELECT count(*) AS n FROM stays')).toBeGreaterThan(100);
      expect(one("SELECT count(*) AS n FROM guests WHERE citizenship = 'KAZ'")).toBeGreaterThan(10);
      expect(one("SELECT count(*) AS n FROM notifications WHERE state = 'filed'")).toBeGreaterThan(
        50,
      );
      expect(
        one(
          "SELECT count(*) AS n FROM notifications WHERE state = 'pending' AND due_date < '2026-03-26'",
        ),
      ).toBeGreaterThan(0);
      expect(
        one(
          "SELECT count(*) AS n FROM notifications WHERE state = 'pending' AND due_date >= '2026-03-26'",
        ),
      ).toBeGreaterThan(0);
      // The portal's PDF is kept for most filings, and a few recent ones still wait for it.
      const proven = one("SELECT count(*) AS n FROM notifications WHERE filing_state = 'proven'");
      const unproven = one(
        "SELECT count(*) AS n FROM notifications WHERE filing_state = 'filed_no_proof'",
      );
      expect(proven).toBeGreaterThan(unproven * 5);
      expect(unproven).toBeGreaterThan(0);
      expect(one('SELECT count(*) AS n FROM proofs')).toBe(proven);
      expect(one("SELECT count(*) AS n FROM stays WHERE status = 'cancelled'")).toBe(1);
      expect(
        one('SELECT count(*) AS n FROM stays WHERE on_document_of IS NOT NULL'),
      ).toBeGreaterThan(0);
      expect(
        one(
          'SELECT count(*) AS n FROM (SELECT guest_id FROM stays GROUP BY guest_id HAVING count(*) > 1)',
        ),
      ).toBeGreaterThan(0);
      expect(one("SELECT count(*) AS n FROM stay_events WHERE kind = 'return'")).toBe(1);
      // Every write went through the API, so every stay has its audit entry.
      expect(one("SELECT count(*) AS n FROM audit_log WHERE action = 'stay.check_in'")).toBe(
        one('SELECT count(*) AS n FROM stays'),
      );
    } finally {
      core.close();
    }
  });

  it("has the desk do order 923's tasks on arrival, leaving only a few recent ones open", async () => {
    // Order 923's tasks exist for arrivals from its entry into force (domain.md §4): a later date.
    const later = new Date('2026-11-26T07:00:00Z');
    const file = tmp.file('demo-923.db');
    expect((await runDemoCommand(['--db', file], () => later)).exitCode).toBe(0);
    const core = createCore({ dbFile: file, now: () => later });
    const tasks = (state: string) =>
      (
        core.db
          .prepare(
            "SELECT count(*) AS n FROM notifications WHERE kind != 'host_notice' AND state = ?",
          )
          .get(state) as { n: number }
      ).n;
    try {
      expect(tasks('filed')).toBeGreaterThan(20);
      expect(tasks('pending')).toBeLessThan(tasks('filed') / 5);
    } finally {
      core.close();
    }
  });

  it("can be made at any hour, before the day's check-outs and check-ins too", async () => {
    // 00:30 in Astana: a check-out "at 11:00 today" would be in the future.
    const night = new Date('2026-11-25T19:30:00Z');
    const r = await runDemoCommand(['--db', tmp.file('night.db')], () => night);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('is made by its own staff, at the moments they acted, in the language asked for', async () => {
    const file = tmp.file('demo-ru.db');
    const late = new Date('2026-12-07T04:11:00Z'); // 09:11 in Astana
    const r = await runDemoCommand(['--db', file, '--lang', 'ru'], () => late);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    const core = createCore({ dbFile: file, now: () => late });
    const all = <T>(sql: string) => core.db.prepare(sql).all() as T[];
    try {
      // Consent is given at the check-in, not when the demo was made.
      expect(
        all<{ n: number }>('SELECT count(*) AS n FROM stays WHERE consent_at != check_in_at')[0]!.n,
      ).toBe(0);
      // Check-ins and filings are the receptionist's and the night auditor's, never the CLI's.
      const byWhom = (sql: string) =>
        Object.fromEntries(all<{ name: string; n: number }>(sql).map((x) => [x.name, x.n]));
      const checkIns = byWhom(
        `SELECT st.name, count(*) AS n FROM stay_events e JOIN staff st ON st.id = e.staff_id
         WHERE e.kind = 'check_in' GROUP BY st.name`,
      );
      expect(Object.keys(checkIns).sort()).toEqual(['Aruzhan Tokhtarova', 'Nurlan Zhaksybekov']);
      const filings = byWhom(
        `SELECT st.name, count(*) AS n FROM filings f JOIN staff st ON st.id = f.filed_by
         GROUP BY st.name`,
      );
      expect(Object.keys(filings).sort()).toEqual(['Aruzhan Tokhtarova', 'Nurlan Zhaksybekov']);
      const system = all<{ action: string }>(
        `SELECT DISTINCT a.action FROM audit_log a JOIN staff st ON st.id = a.staff_id
         WHERE st.name = '${SYSTEM_ACTOR_NAME}'`,
      ).map((x) => x.action);
      expect(system.filter((a) => a.startsWith('stay.') || a.startsWith('notification.'))).toEqual(
        [],
      );
      // Every action it wrote is one the trail has words for; the cancel reason is in Russian.
      const actions = all<{ action: string }>('SELECT DISTINCT action FROM audit_log');
      for (const { action } of actions) expect(AUDIT_ACTIONS).toContain(action);
      const reasons = all<{ reason: string }>(
        "SELECT cancel_reason AS reason FROM stays WHERE status = 'cancelled'",
      );
      expect(reasons.map((x) => x.reason)).toEqual(['При заселении отсканирован не тот паспорт']);
    } finally {
      core.close();
    }
  });

  it('never writes into an existing file', async () => {
    const file = tmp.file('precious.db');
    fs.writeFileSync(file, 'keep me');
    const r = await runDemoCommand(['--db', file]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });
});
