import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { historySql } from '../../../electron/core/db/repos/history-repo';
import { summarize } from '../../../electron/core/services/history-service';
import type { HistoryPage, InHouseRow } from '../../../shared/contract';
import { value, type tempDir } from '../../helpers/core';
import { demoCore } from './demo-fixture';

const NO_FILTERS = {
  query: '',
  from: null,
  to: null,
  citizenship: '',
  notice: 'any',
  staffId: null,
  offset: 0,
  limit: 100,
} as const;

describe('guest history', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  let departed: {
    stayId: number;
    surname: string;
    givenNames: string;
    number: string;
    room: string;
  };
  beforeAll(async () => {
    ({ core, tmp } = await demoCore());
    departed = core.db
      .prepare(
        `SELECT s.id AS stayId, g.surname, g.given_names AS givenNames, d.number, s.room
         FROM stays s JOIN guests g ON g.id = s.guest_id JOIN documents d ON d.id = s.document_id
         WHERE s.status = 'checked_out' AND NOT EXISTS (SELECT 1 FROM stays o
           WHERE o.guest_id = g.id AND o.status IN ('in_house', 'absent'))
         ORDER BY s.id LIMIT 1`,
      )
      .get() as typeof departed;
  }, 120_000);
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });
  const search = (input: Record<string, unknown>) =>
    value<HistoryPage>(core, 'history.search', input);

  it('finds a departed guest that In house cannot', async () => {
    const inHouse = await value<InHouseRow[]>(core, 'stays.inHouse', { query: departed.number });
    expect(inHouse).toEqual([]);
    for (const query of [
      departed.number.slice(0, 5).toLowerCase(),
      departed.surname.slice(0, 4),
      `${departed.surname} ${departed.givenNames.slice(0, 2)}`,
    ]) {
      const page = await search({ query });
      expect(
        page.rows.map((r) => r.stayId),
        query,
      ).toContain(departed.stayId);
    }
    const byRoom = await search({ query: departed.room });
    expect(byRoom.rows.every((r) => r.room === departed.room)).toBe(true);
  });

  it('lists every stay newest first, a page at a time, with the total', async () => {
    const all = (core.db.prepare('SELECT count(*) AS n FROM stays').get() as { n: number }).n;
    const first = await search({ limit: 50 });
    expect(first.total).toBe(all);
    expect(first.capped).toBe(false);
    const second = await search({ limit: 50, offset: 50 });
    const dates = [...first.rows, ...second.rows].map((r) => r.checkInDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.stayId));
    expect(ids.size).toBe(100);
  });

  it('filters by the state of the notices, by citizenship and by staff', async () => {
    const late = await search({ notice: 'late', limit: 500 });
    expect(late.total).toBeGreaterThan(0);
    expect(late.rows.every((r) => r.notices === 'overdue' || r.notices === 'filed_late')).toBe(
      true,
    );
    const owed = await search({ notice: 'owed', limit: 500 });
    expect(owed.rows.every((r) => r.notices === 'owed' || r.notices === 'overdue')).toBe(true);
    const kaz = await search({ citizenship: 'KAZ', limit: 500 });
    expect(kaz.total).toBeGreaterThan(0);
    expect(kaz.rows.every((r) => r.citizenship === 'KAZ' && r.notices === 'none')).toBe(true);
    // The demo's own staff check guests in (the receptionist by day, the night auditor after
    // 20:00); the command line's system actor checks no one in.
    const ids = Object.fromEntries(core.repos.staff.list().map((s) => [s.role, s.id]));
    const day = await search({ staffId: ids.receptionist, limit: 1 });
    const night = await search({ staffId: ids.auditor, limit: 1 });
    expect(day.total).toBeGreaterThan(night.total);
    expect(night.total).toBeGreaterThan(0);
    expect(day.total + night.total).toBe(
      (core.db.prepare('SELECT count(*) AS n FROM stays').get() as { n: number }).n,
    );
    expect((await search({ staffId: core.repos.staff.systemActor()!.id })).total).toBe(0);
    expect((await search({ staffId: 999 })).total).toBe(0);
  });

  it('finds the stays that overlap a date range', async () => {
    const page = await search({ from: '2026-02-10', to: '2026-02-12', limit: 500 });
    expect(page.total).toBeGreaterThan(0);
    for (const r of page.rows) {
      expect(r.checkInDate <= '2026-02-12').toBe(true);
      expect((r.checkOutDate ?? '9999') >= '2026-02-10').toBe(true);
    }
  });

  it('counts up to a cap, so a million matches cost no more than ten thousand', () => {
    const page = core.repos.history.page(
      {
        query: '',
        from: null,
        to: null,
        citizenship: '',
        notice: 'any',
        staffId: null,
        offset: 0,
        limit: 5,
        today: '2026-03-26',
      },
      10,
    );
    expect(page).toMatchObject({ total: 10, capped: true });
    expect(page.rows).toHaveLength(5);
  });

  it('starts a name, document or room search from an index, never a scan of every stay', () => {
    const sql = historySql({ ...NO_FILTERS, query: 'iva', today: '2026-03-26' });
    const plan = core.db
      .prepare(`EXPLAIN QUERY PLAN ${sql.page}`)
      .all({ ...sql.params, limit: 10, offset: 0 }) as Array<{ detail: string }>;
    const text = plan.map((p) => p.detail).join('\n');
    expect(text).toContain('guests_by_name');
    expect(text).toContain('documents_by_number');
    expect(text).toContain('stays_by_room');
    expect(text).not.toMatch(/^SCAN (s|stays)\b/m);
    const planOf = (notice: 'late' | 'proven') => {
      const q = historySql({ ...NO_FILTERS, notice, today: '2026-03-26' });
      return (
        core.db
          .prepare(`EXPLAIN QUERY PLAN ${q.page}`)
          .all({ ...q.params, limit: 10, offset: 0 }) as Array<{ detail: string }>
      )
        .map((p) => p.detail)
        .join('\n');
    };
    expect(planOf('late')).toContain('filings_late');
    expect(planOf('proven')).toContain('notifications_proven');
  });

  it('sums up a stay’s notices by the state the desk must act on first', () => {
    const f = (
      state: 'pending' | 'filed',
      dueDate: string,
      filedDate: string | null = null,
      proof = false,
    ) => ({
      stayId: 1,
      state,
      dueDate,
      filedDate,
      proof,
    });
    const today = '2026-03-26';
    expect(summarize([], today)).toBe('none');
    expect(
      summarize([f('filed', '2026-03-20', '2026-03-19'), f('pending', '2026-03-25')], today),
    ).toBe('overdue');
    expect(summarize([f('pending', '2026-03-27')], today)).toBe('owed');
    expect(summarize([f('filed', '2026-03-20', '2026-03-23')], today)).toBe('filed_late');
    expect(summarize([f('filed', '2026-03-20', '2026-03-20', true)], today)).toBe('proven');
    expect(summarize([f('filed', '2026-03-20', '2026-03-20')], today)).toBe('filed');
  });
});
