import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/core';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import type {
  AuditEntry,
  CheckInResult,
  MovedDeadline,
  StayDetail,
} from '../../../shared/contract';
import { allYearSpecs, RULES_DATA_VERSION, type YearSpec } from '../../../shared/rules';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// The precedent of issue 7: the Ministry's 2024 transfer (published 17 April) made Saturday
// 4 May a working day and Wednesday 8 May a day off. An edition of the data without it stands
// for the Tirkeu that was installed before; the shipped tables are the update.
const BEFORE_ORDER: readonly YearSpec[] = allYearSpecs().map((y) =>
  y.year === 2024 ? { ...y, transfers: [] } : y,
);
const OLD = { version: 1, years: BEFORE_ORDER };
const NEW = { version: 2, years: allYearSpecs() };
// Friday 3 May 2024, 15:00 in Astana.
const NOW = new Date('2024-05-03T10:00:00Z');

describe('an update of the shipped calendar reaches saved deadlines', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core | undefined;
  const open = (rulesData: CoreOptions['rulesData'], now = NOW) => {
    core?.close();
    core = createCore({ dbFile: dir.file('tirkeu.db'), now: () => now, rulesData });
    return core;
  };
  const checkIn = async (c: Core, surname: string, checkInAt: string, citizenship = 'DEU') =>
    (
      await value<CheckInResult>(
        c,
        'stays.checkIn',
        checkInInput([guestEntry({ surname, citizenship })], {
          room: `${surname.length}${surname.charCodeAt(0)}`,
          checkInAt,
          plannedCheckOut: null,
        }),
      )
    ).stays[0]!;
  const notice = async (c: Core, stayId: number) =>
    (await value<StayDetail>(c, 'stays.get', { stayId })).notices[0]!;

  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    core?.close();
    core = undefined;
    dir.cleanup();
  });

  it('moves the open deadlines at start, audits what moved, and lists them earliest first', async () => {
    const old = open(OLD);
    // Checked in first, due later: the list is by date, not by when the desk saved it.
    const friday = await checkIn(old, 'BAUER', '2024-05-03T09:00:00+05:00');
    const thursday = await checkIn(old, 'SCHMIDT', '2024-05-02T12:00:00+05:00');
    const filed = await checkIn(old, 'WEBER', '2024-05-02T13:00:00+05:00');
    const later = await checkIn(old, 'KOCH', '2024-05-03T11:00:00+05:00', 'KAZ');
    expect(later.notices).toEqual([]);
    await value(old, 'notifications.markFiled', {
      notificationId: filed.notices[0]!.id,
      portal: 'eqonaq',
      filedAt: '2024-05-03T09:30:00+05:00',
      reference: '',
    });
    // Without the order: Thu 2, Fri 3, Mon 6; and Fri 3, Mon 6, Wed 8 (Tue 7 is Defender Day).
    expect((await notice(old, thursday.stayId)).dueDate).toBe('2024-05-06');
    expect((await notice(old, friday.stayId)).dueDate).toBe('2024-05-08');
    expect(await value<MovedDeadline[]>(old, 'deadlines.moved')).toEqual([]);

    const updated = open(NEW);
    const moved = await notice(updated, thursday.stayId);
    expect(moved).toMatchObject({ dueDate: '2024-05-04', dueAt: '2024-05-04T23:59:59+05:00' });
    expect(moved.trace.at(-1)).toMatchObject({ date: '2024-05-04', reason: 'working_weekend' });
    expect((await notice(updated, friday.stayId)).dueDate).toBe('2024-05-06');
    // Filed is history: it keeps the date it was filed against.
    expect((await notice(updated, filed.stayId)).dueDate).toBe('2024-05-06');

    const banner = await value<MovedDeadline[]>(updated, 'deadlines.moved');
    expect(banner.map((m) => [m.surname, m.room, m.from, m.to])).toEqual([
      ['SCHMIDT', thursday.room, '2024-05-06', '2024-05-04'],
      ['BAUER', friday.room, '2024-05-08', '2024-05-06'],
    ]);
    expect(banner[0]).toMatchObject({ kind: 'host_notice', eventDate: '2024-05-02' });

    const audit = await value<AuditEntry[]>(updated, 'audit.list', { limit: 1 });
    expect(audit[0]).toMatchObject({
      action: 'rules_data.update',
      entityId: '2',
      staffName: null,
      details: {
        recomputed: 2,
        moved: [
          { noticeId: friday.notices[0]!.id, from: '2024-05-08', to: '2024-05-06' },
          { noticeId: thursday.notices[0]!.id, from: '2024-05-06', to: '2024-05-04' },
        ],
        cancelled: [],
      },
    });

    // The next start with the same data finds nothing older: no second entry, same banner.
    const again = open(NEW);
    expect((await value<AuditEntry[]>(again, 'audit.list', { limit: 1 }))[0]!.id).toBe(
      audit[0]!.id,
    );
    expect(await value<MovedDeadline[]>(again, 'deadlines.moved')).toHaveLength(2);
  });

  it('forgets the list once the desk dismisses it, and audits the dismissal', async () => {
    const old = open(OLD);
    await checkIn(old, 'SCHMIDT', '2024-05-02T12:00:00+05:00');
    const updated = open(NEW);
    expect(await value<MovedDeadline[]>(updated, 'deadlines.moved')).toHaveLength(1);
    expect(await value(updated, 'deadlines.dismissMoved')).toEqual([]);
    expect(await value(updated, 'deadlines.moved')).toEqual([]);
    const [entry] = await value<AuditEntry[]>(updated, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'deadlines.moved.dismiss',
      staffName: 'Tirkeu command line',
    });
  });

  it('stops listing a moved deadline once its notice is filed', async () => {
    const old = open(OLD);
    const stay = await checkIn(old, 'SCHMIDT', '2024-05-02T12:00:00+05:00');
    const updated = open(NEW);
    await value(updated, 'notifications.markFiled', {
      notificationId: stay.notices[0]!.id,
      portal: 'vmp',
      filedAt: '2024-05-03T09:30:00+05:00',
      reference: '',
    });
    expect(await value(updated, 'deadlines.moved')).toEqual([]);
  });
});

describe('a database written before notices recorded their data edition', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  /** What an older Tirkeu left: schema 1 only, a notice with 6 May for a 2 May arrival. */
  const olderFile = (): string => {
    const file = dir.file('old.db');
    const db = new Database(file);
    migrate(db, null, MIGRATIONS.slice(0, 1));
    const at = '2024-05-02T07:00:00.000Z';
    db.exec(`
      INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Owner', 'owner', '${at}');
      INSERT INTO guests (id, surname, given_names, citizenship, created_at, updated_at)
        VALUES (1, 'SCHMIDT', 'ANNA', 'DEU', '${at}', '${at}'),
               (2, 'PETROV', 'IVAN', 'RUS', '${at}', '${at}');
      INSERT INTO stays (id, guest_id, group_id, room, check_in_at, check_in_date, status,
          entry_date, created_at, updated_at)
        VALUES (1, 1, 'g1', '12', '${at}', '2024-05-02', 'in_house', NULL, '${at}', '${at}'),
               (2, 2, 'g2', '14', '2026-07-01T05:00:00.000Z', '2026-07-01', 'in_house',
                '2026-06-28', '${at}', '${at}');
      INSERT INTO stay_events (id, stay_id, kind, at, event_date)
        VALUES (1, 1, 'check_in', '${at}', '2024-05-02'),
               (2, 2, 'check_in', '2026-07-01T05:00:00.000Z', '2026-07-01'),
               (3, 2, 'return', '2026-07-10T05:00:00.000Z', '2026-07-10');
      INSERT INTO notifications (id, stay_id, event_id, kind, event_date, due_date, due_at,
          calendar_status, rule, state, created_at, updated_at)
        VALUES
          (1, 1, 1, 'host_notice', '2024-05-02', '2024-05-06', '2024-05-06T23:59:59+05:00',
            'confirmed', 'entry-rules-148-p9', 'pending', '${at}', '${at}'),
          -- The older reading: entry + 30 only.
          (2, 2, 2, 'guest_self_registration', '2026-07-01', '2026-07-28',
            '2026-07-28T23:59:59+05:00', NULL, 'registration-rules-923', 'pending', '${at}', '${at}'),
          -- The older Tirkeu repeated the order No. 923 tasks on a return.
          (3, 2, 3, 'host_confirmation', '2026-07-10', NULL, NULL, NULL,
            'registration-rules-923', 'pending', '${at}', '${at}');
    `);
    db.close();
    return file;
  };

  it('recomputes its open notices once, with the data that ships now', async () => {
    const core = createCore({ dbFile: olderFile(), now: () => new Date('2026-07-11T06:00:00Z') });
    try {
      const first = await value<StayDetail>(core, 'stays.get', { stayId: 1 });
      expect(first.notices[0]).toMatchObject({ dueDate: '2024-05-04' });
      const second = await value<StayDetail>(core, 'stays.get', { stayId: 2 });
      expect(second.notices.map((n) => [n.kind, n.event, n.state, n.dueDate])).toEqual([
        // domain.md §4: 5 working days from Wed 1 Jul come before entry + 30.
        ['guest_self_registration', 'check_in', 'pending', '2026-07-08'],
        ['host_confirmation', 'return', 'cancelled', null],
      ]);
      const [entry] = await value<AuditEntry[]>(core, 'audit.list', { limit: 1 });
      expect(entry).toMatchObject({
        action: 'rules_data.update',
        entityId: String(RULES_DATA_VERSION),
        details: { recomputed: 3, cancelled: [3] },
      });
      const banner = await value<MovedDeadline[]>(core, 'deadlines.moved');
      expect(banner.map((m) => [m.noticeId, m.from, m.to])).toEqual([
        [1, '2024-05-06', '2024-05-04'],
        [2, '2026-07-28', '2026-07-08'],
      ]);
    } finally {
      core.close();
    }
  });
});
