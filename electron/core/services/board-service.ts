import {
  AppFailure,
  PORTALS,
  BOARD_GROUPS,
  type BoardGroup,
  type BoardRow,
  type BoardView,
  type FamilyMember,
  type FilingView,
  type NotificationCounts,
  type Portal,
  type ReminderItem,
  type StayLimitRow,
} from '../../../shared/contract';
import { childFields, portalFields } from '../../../shared/filing/portal-fields';
import { PORTAL_STEPS } from '../../../shared/filing/portal-steps';
import { addDays, kzDateOf } from '../../../shared/rules';
import type { HandlersFor } from '../handlers';
import type { NoticeFacts } from '../db/repos/board-repo';
import type { ServiceDeps } from './deps';
import { checkDeskReach } from './desk-reach';
import {
  filingFacts,
  groupOf,
  latenessFor,
  missingFor,
  notificationSettings,
} from './filing-facts';
import { deadlineStatuses, noticeView } from './notices';
import { inHouse } from './stay-views';

type BoardReads =
  | 'notifications.board'
  | 'notifications.counts'
  | 'notifications.reminders'
  | 'notifications.filing'
  | 'notifications.settings'
  | 'notifications.proofFile';

const COUNT_KEYS: Record<BoardGroup, keyof NotificationCounts> = {
  overdue: 'overdue',
  due_today: 'dueToday',
  due_next: 'dueNext',
  later: 'later',
  filed_no_proof: 'filedNoProof',
  needs_data: 'needsData',
};

// One collator for every comparison: `localeCompare` with options builds a new one per call,
// which made sorting a few hundred rooms cost more than reading the board.
const roomOrder = new Intl.Collator(undefined, { numeric: true }).compare;

/** The board's rows at `now`: every notice not yet proven, grouped, in deadline order. */
export function createBoardRows(deps: ServiceDeps) {
  const { repos } = deps;
  const address = () => repos.hotel.get()?.address ?? '';

  const rowsOf = (facts: NoticeFacts[], portal: Portal, now: Date): BoardRow[] => {
    const calendar = deps.calendar.get();
    const today = kzDateOf(now);
    const addr = address();
    const statusOf = deadlineStatuses(calendar, now);
    return facts.map((f) => {
      const missing = missingFor(f, portal, addr);
      const pending = f.state === 'pending';
      return {
        notificationId: f.notificationId,
        kind: f.kind,
        state: f.filingState,
        group: groupOf(f, missing, today, calendar),
        stayId: f.stayId,
        groupId: f.groupId,
        room: f.room,
        guestId: f.guestId,
        surname: f.surname,
        givenNames: f.givenNames,
        citizenship: f.citizenship,
        sex: f.sex,
        stayStatus: f.stayStatus === 'cancelled' ? 'checked_out' : f.stayStatus,
        checkInDate: f.checkInDate,
        eventDate: f.eventDate,
        dueDate: f.dueDate,
        dueAt: f.dueAt,
        status: pending && f.dueDate ? statusOf(f.dueDate) : null,
        checkedInBy: f.checkedInBy,
        portal: f.portal,
        filedAt: f.filedAt,
        missing,
        attempts: f.attempts,
        lastAttempt: f.lastAttempt,
      };
    });
  };

  const boardRows = (filter: { room?: string; staffId?: number; portal?: Portal }, now: Date) => {
    const portal = filter.portal ?? notificationSettings(deps).usualPortal;
    const facts = repos.board.board(filter);
    let rows = rowsOf(facts, portal, now);
    // A portal filter keeps what was started or filed there, and what is not yet anywhere.
    if (filter.portal) rows = rows.filter((r) => r.portal === null || r.portal === filter.portal);
    return { portal, rows, facts };
  };
  return { boardRows, rowsOf };
}

/** The night auditor's board and the filing panel's read. */
export function boardReads(deps: ServiceDeps): HandlersFor<BoardReads> {
  const { repos } = deps;
  const address = () => repos.hotel.get()?.address ?? '';
  const { boardRows, rowsOf } = createBoardRows(deps);

  const countsOf = (rows: BoardRow[]): NotificationCounts => {
    const counts: NotificationCounts = {
      overdue: 0,
      dueToday: 0,
      dueNext: 0,
      later: 0,
      filedNoProof: 0,
      needsData: 0,
      total: rows.length,
      urgent: 0,
      stayLimit: 0,
    };
    for (const r of rows) counts[COUNT_KEYS[r.group]] += 1;
    counts.urgent = counts.overdue + counts.dueToday;
    return counts;
  };

  const reminderItem = (r: BoardRow): ReminderItem => ({
    notificationId: r.notificationId,
    kind: r.kind,
    state: r.state,
    surname: r.surname,
    givenNames: r.givenNames,
    room: r.room,
    dueDate: r.dueDate,
  });

  return {
    'notifications.board': (input, ctx) => {
      const now = ctx.now();
      const { portal, rows, facts } = boardRows(input, now);
      // The filters' choices come from the whole board, not from the filtered rows.
      const source = input.room || input.staffId ? repos.board.board({}) : facts;
      const staff = new Map<number, string>();
      for (const f of source) if (f.checkedInBy) staff.set(f.checkedInBy.id, f.checkedInBy.name);
      return {
        asOf: now.toISOString(),
        portal,
        groups: BOARD_GROUPS.map((group) => ({
          group,
          count: rows.filter((r) => r.group === group).length,
        })),
        rows,
        rooms: [...new Set(source.map((f) => f.room))].sort(roomOrder),
        staff: [...staff].map(([id, name]) => ({ id, name })),
        stayLimits: stayLimitRows(deps, now),
      } satisfies BoardView;
    },

    'notifications.counts': (_input, ctx) => {
      const now = ctx.now();
      const today = kzDateOf(now);
      const buckets = repos.board.buckets(today);
      const portal = notificationSettings(deps).usualPortal;
      const upcoming = countsOf(rowsOf(repos.board.upcoming(today), portal, now));
      const counts: NotificationCounts = {
        ...upcoming,
        overdue: buckets.overdue ?? 0,
        dueToday: buckets.due_today ?? 0,
        filedNoProof: buckets.filed_no_proof ?? 0,
      };
      counts.total = counts.overdue + counts.dueToday + counts.filedNoProof + upcoming.total;
      counts.urgent = counts.overdue + counts.dueToday;
      counts.stayLimit = stayLimitRows(deps, now).length;
      return counts;
    },

    'notifications.reminders': (_input, ctx) => {
      const now = ctx.now();
      const rows = boardRows({}, now).rows;
      return {
        asOf: now.toISOString(),
        overdue: rows.filter((r) => r.group === 'overdue').map(reminderItem),
        dueToday: rows.filter((r) => r.group === 'due_today').map(reminderItem),
        noPdf: rows.filter((r) => r.state === 'no_pdf').map(reminderItem),
      };
    },

    'notifications.filing': ({ notificationId, portal: asked }, ctx) => {
      const f = repos.board.get(notificationId);
      if (!f) throw new AppFailure('not_found');
      const settings = notificationSettings(deps);
      // e-Qonaq takes a check-in of today or the two days before only (domain.md §5): an older
      // notice not yet filed opens on VMP, whatever was usual or started (issue 20).
      const closed: Portal[] =
        f.kind === 'host_notice' &&
        f.state === 'pending' &&
        f.eventDate < addDays(kzDateOf(ctx.now()), -2)
          ? ['eqonaq']
          : [];
      const started = f.portal && !closed.includes(f.portal) ? f.portal : null;
      const usual = closed.includes(settings.usualPortal)
        ? (PORTALS.find((p) => !closed.includes(p)) ?? settings.usualPortal)
        : settings.usualPortal;
      const portal = asked ?? started ?? usual;
      const addr = address();
      const fields = f.kind === 'host_notice' ? portalFields(portal, filingFacts(f, addr)) : [];
      const group = repos.board.ofGroup(f.groupId);
      const family: FamilyMember[] = group
        .filter((m) => m.stayId !== f.stayId)
        .map((m) => ({
          stayId: m.stayId,
          guestId: m.guestId,
          surname: m.surname,
          givenNames: m.givenNames,
          notificationId: m.notificationId,
          state: m.filingState,
          onThisDocument: m.onDocumentOf === f.guestId,
        }));
      const children =
        portal === 'vmp'
          ? group
              .filter((m) => m.onDocumentOf === f.guestId && m.stayId !== f.stayId)
              .map((m) => ({
                stayId: m.stayId,
                guestId: m.guestId,
                fields: childFields(filingFacts(m, addr)),
              }))
          : [];
      const filings = repos.filings.ofNotification(notificationId).map((r) => ({
        id: r.id,
        portal: r.portal,
        filedAt: r.filedAt,
        filedBy: r.filedBy,
        reference: r.reference,
        outcome: r.outcome,
        lateWorkingDays: r.lateWorkingDays,
        voidedAt: r.voidedAt,
        voidReason: r.voidReason,
        proof: r.voidedAt ? null : stripFiling(repos.proofs.ofFiling(r.id)),
      }));
      const live = repos.filings.live(notificationId);
      const n = repos.notifications.get(notificationId)!;
      const missing = fields.filter((x) => x.missing).map((x) => x.key);
      return {
        notice: noticeView(n, deps.calendar.get(), ctx.now()),
        state: f.filingState,
        portal,
        usualPortal: settings.usualPortal,
        stayId: f.stayId,
        guestId: f.guestId,
        room: f.room,
        stayStatus: f.stayStatus,
        sex: f.sex,
        place:
          f.place && repos.places.list().length > 1
            ? { name: f.place.name, address: f.place.address, region: f.place.region }
            : null,
        fields,
        missing,
        ready: missing.length === 0,
        portalNotes: closed.includes(portal) ? ['eqonaq_check_in_too_old'] : [],
        closedPortals: closed,
        children,
        family,
        steps: [...PORTAL_STEPS[portal]],
        done: repos.filings.progress(notificationId, portal),
        filings,
        attempts: repos.attempts.ofNotification(notificationId),
        lateness: latenessFor(
          deps,
          ctx.staff,
          ctx.now(),
          n,
          live && live.outcome === 'filed' ? live.lateWorkingDays : null,
          live && live.outcome === 'filed' ? live.filedAt : null,
        ),
      } satisfies FilingView;
    },

    'notifications.settings': () => notificationSettings(deps),

    'notifications.proofFile': ({ proofId }, ctx) => {
      checkDeskReach(deps, ctx.staff, repos.proofs.stayOf(proofId));
      const p = repos.proofs.bytes(proofId);
      if (!p) throw new AppFailure('not_found');
      return deps.files.put(p.bytes, p.name, p.type);
    },
  };
}

/**
 * The board's "Stay limit" group (domain.md §10): stays in house whose planned check-out (or,
 * without one, today) passes the guest's last lawful day, and those without a check-out within
 * the reminder days of it. Earliest last day first.
 */
export function stayLimitRows(deps: ServiceDeps, now: Date): StayLimitRow[] {
  return inHouse(deps, '', now)
    .filter((r) => r.stayLimit && (r.stayLimit.exceeded || r.stayLimit.reminder))
    .map((r) => ({
      stayId: r.stayId,
      room: r.room,
      guestId: r.guestId,
      surname: r.surname,
      givenNames: r.givenNames,
      citizenship: r.citizenship,
      plannedCheckOut: r.plannedCheckOut,
      limit: r.stayLimit!,
    }))
    .sort((a, b) => (a.limit.lastDay ?? '').localeCompare(b.limit.lastDay ?? ''));
}

function stripFiling<T extends { filingId: number }>(p: T | null): Omit<T, 'filingId'> | null {
  if (!p) return null;
  const { filingId: _f, ...rest } = p;
  return rest;
}
