import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type {
  AuditEntry,
  CalendarChangeResult,
  CheckInResult,
  MovedNotice,
} from '../../../shared/contract';
import { addDays } from '../../../shared/rules';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { value } from '../../helpers/core';

// Issue 12: a calendar change listed every pending notice of history (19 s at a million stays,
// all pending) and saveOverride recomputed them all inside its write transaction. Only the
// notices counted across the changed day can move; only they may be read and written.
describe('a calendar change at scale, every notice of history pending', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('reads and writes only the notices counted across the changed day', async () => {
    let now = new Date('2026-12-21T06:00:00Z');
    core = createCore({ dbFile: ':memory:', now: () => now });
    const notices: { id: number; eventDate: string; dueDate: string }[] = [];
    // Two years of arrivals, three guests every other day, none filed.
    for (let day = '2025-01-01', i = 0; day < '2026-12-20'; day = addDays(day, 2), i++) {
      const guests = [0, 1, 2].map((g) =>
        guestEntry(
          { surname: `GUEST${i}X${g}`, givenNames: 'ANNA', citizenship: 'DEU' },
          {
            document: {
              typeCode: '1',
              number: `D${i}X${g}`,
              series: '',
              issuingState: 'DEU',
              issueDate: '2020-01-15',
              expiryDate: '2030-01-14',
            },
          },
        ),
      );
      const r = await value<CheckInResult>(
        core,
        'stays.checkIn',
        checkInInput(guests, {
          room: `R${i}`,
          checkInAt: `${day}T10:00:00+05:00`,
          plannedCheckOut: null,
        }),
      );
      for (const s of r.stays) {
        const n = s.notices[0]!;
        notices.push({ id: n.id, eventDate: n.eventDate, dueDate: n.dueDate! });
      }
    }
    expect(notices.length).toBeGreaterThan(1000);

    // Thu 16 Jul 2026 made a day off: only the notices counted across it can move.
    const day = '2026-07-16';
    const across = notices.filter((n) => n.eventDate <= day && day <= n.dueDate);
    expect(across.length).toBeGreaterThan(0);
    expect(across.length).toBeLessThan(10);
    const read = vi.spyOn(core.repos.noticeDue, 'across');
    const change = { date: day, working: false, source: 'Order No. 7' };

    const preview = await value<MovedNotice[]>(core, 'calendar.previewOverride', change);
    expect(preview.map((m) => m.noticeId).sort()).toEqual(across.map((n) => n.id).sort());
    expect(read.mock.results.map((r) => (r.value as unknown[]).length)).toEqual([across.length]);

    const before = core.db
      .prepare('SELECT id, due_date, updated_at FROM notifications ORDER BY id')
      .all() as { id: number; due_date: string; updated_at: string }[];
    now = new Date('2026-12-21T07:00:00Z');
    const saved = await value<CalendarChangeResult>(core, 'calendar.saveOverride', change);
    expect(saved.moved.map((m) => m.noticeId).sort()).toEqual(across.map((n) => n.id).sort());
    expect(read.mock.results.map((r) => (r.value as unknown[]).length)).toEqual([
      across.length,
      across.length,
    ]);
    const after = core.db
      .prepare('SELECT id, due_date, updated_at FROM notifications ORDER BY id')
      .all() as { id: number; due_date: string; updated_at: string }[];
    const written = after.filter((r, i) => r.updated_at !== before[i]!.updated_at).map((r) => r.id);
    expect(written.sort()).toEqual(across.map((n) => n.id).sort());
    expect(after.filter((r, i) => r.due_date !== before[i]!.due_date).map((r) => r.id)).toEqual(
      written,
    );
    const [entry] = await value<AuditEntry[]>(core, 'audit.list', { limit: 1 });
    expect((entry!.details['moved'] as unknown[]).length).toBe(across.length);
  }, 60_000);
});
