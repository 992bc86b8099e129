import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { filingFacts } from '../../../electron/core/services/filing-facts';
import type { BoardView, InHouseRow, NotificationCounts } from '../../../shared/contract';
import { portalFields } from '../../../shared/filing/portal-fields';
import { deadlineStatus, kzDateOf } from '../../../shared/rules';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import type { tempDir } from '../../helpers/core';
import { demoCore, DEMO_NOW } from '../reports/demo-fixture';

// The board's rows are computed with shortcuts (only required fields formatted, one status per
// deadline, one collator): on the demo hotel, every notice in every state, they must say what
// the plain computation says.
describe('notifications board on the demo hotel', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    ({ core, tmp } = await demoCore());
    // A guest whose document gives no sex the portals accept: the board must say it is missing.
    const r = await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'MORGAN', citizenship: 'GBR', sex: 'X' })], {
        room: '412',
        checkInAt: '2026-03-25T10:00:00Z',
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }, 120_000);
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await core.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };

  it('names the missing fields and the deadline status as the full portal form does', async () => {
    const calendar = core.deps.calendar.get();
    const address = core.repos.hotel.get()?.address ?? '';
    for (const portal of ['eqonaq', 'vmp'] as const) {
      const board = await call<BoardView>('notifications.board', { portal });
      expect(board.rows.length).toBeGreaterThan(10);
      for (const row of board.rows) {
        const facts = core.repos.board.get(row.notificationId)!;
        const missing =
          facts.kind === 'host_notice'
            ? portalFields(portal, filingFacts(facts, address))
                .filter((f) => f.missing)
                .map((f) => f.key)
            : [];
        expect(row.missing, `${portal} ${row.notificationId}`).toEqual(missing);
        expect(row.status).toEqual(
          facts.state === 'pending' && facts.dueDate
            ? deadlineStatus(calendar, facts.dueDate, DEMO_NOW)
            : null,
        );
      }
      expect(board.rows.some((r) => r.missing.length > 0)).toBe(true);
    }
  });

  it('lists the rooms in natural order and counts what the board shows', async () => {
    const board = await call<BoardView>('notifications.board', {});
    const rooms = [...new Set(core.repos.board.board({}).map((f) => f.room))];
    expect(board.rooms).toEqual(
      rooms.sort((a, b) => a.localeCompare(b, undefined, { numeric: true })),
    );
    const counts = await call<NotificationCounts>('notifications.counts', {});
    const shown = (group: string) => board.rows.filter((r) => r.group === group).length;
    expect(counts).toEqual({
      overdue: shown('overdue'),
      dueToday: shown('due_today'),
      dueNext: shown('due_next'),
      later: shown('later'),
      filedNoProof: shown('filed_no_proof'),
      needsData: shown('needs_data'),
      total: board.rows.length,
      urgent: shown('overdue') + shown('due_today'),
      stayLimit: board.stayLimits.length,
    });
    expect(kzDateOf(DEMO_NOW)).toBe('2026-03-26');
  });

  it('gives In house the deadline statuses the plain computation gives', async () => {
    const calendar = core.deps.calendar.get();
    const rows = await call<InHouseRow[]>('stays.inHouse', { query: '' });
    const notices = rows.flatMap((r) => [...(r.notice ? [r.notice] : []), ...r.tasks]);
    expect(notices.filter((n) => n.status !== null).length).toBeGreaterThan(1);
    for (const n of notices) {
      expect(n.status, String(n.id)).toEqual(
        n.state === 'pending' && n.dueDate ? deadlineStatus(calendar, n.dueDate, DEMO_NOW) : null,
      );
    }
  });
});
