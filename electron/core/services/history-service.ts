import {
  HISTORY_COUNT_CAP,
  type HistoryRow,
  type StayNoticeSummary,
} from '../../../shared/contract';
import { kzDateOf } from '../../../shared/rules';
import type { NoticeFact } from '../db/repos/history-repo';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

/** What one stay's host's notices add up to; the worst state wins, as the desk must act on it. */
export function summarize(facts: NoticeFact[], today: string): StayNoticeSummary {
  if (facts.length === 0) return 'none';
  const pending = facts.filter((f) => f.state === 'pending');
  if (pending.some((f) => f.dueDate !== null && f.dueDate < today)) return 'overdue';
  if (pending.length > 0) return 'owed';
  if (facts.some((f) => f.dueDate && f.filedDate && f.filedDate > f.dueDate)) return 'filed_late';
  return facts.every((f) => f.proof) ? 'proven' : 'filed';
}

export function historyHandlers(
  deps: ServiceDeps,
): HandlersFor<'history.search' | 'history.options'> {
  const { repos } = deps;
  return {
    'history.search': (input, ctx) => {
      const today = kzDateOf(ctx.now());
      const page = repos.history.page({ ...input, today }, HISTORY_COUNT_CAP);
      const byStay = new Map<number, NoticeFact[]>();
      for (const f of repos.history.noticeFacts(page.rows.map((r) => r.stayId))) {
        byStay.set(f.stayId, [...(byStay.get(f.stayId) ?? []), f]);
      }
      const rows: HistoryRow[] = page.rows.map((r) => ({
        ...r,
        notices: summarize(byStay.get(r.stayId) ?? [], today),
      }));
      return { rows, total: page.total, capped: page.capped };
    },
    'history.options': () => ({
      staff: repos.history.staff(),
      citizenships: repos.history.citizenships(),
    }),
  };
}
