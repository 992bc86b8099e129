import { AppFailure, type FilingState, type NoticeView } from '../../../shared/contract';
import { isPortalStep } from '../../../shared/filing/portal-steps';
import type { WriteContext } from '../context';
import type { HandlersFor } from '../handlers';
import type { NotificationRecord } from '../db/repos/notification-repo';
import type { ServiceDeps } from './deps';
import { lateWorkingDays } from './filing-facts';
import { noticeView } from './notices';

export const invalid = (field: string, code: string): AppFailure =>
  new AppFailure('invalid', { issues: [{ field, code }] });

type FilingWrites =
  | 'notifications.markFiled'
  | 'notifications.saveProgress'
  | 'notifications.correctFiling'
  | 'notifications.undoFiling'
  | 'notifications.removeProof'
  | 'notifications.completeTask'
  | 'notifications.saveSettings';

/** The filing states' writes: each one transaction with its audit entry (dispatcher). */
export function filingWrites(deps: ServiceDeps): HandlersFor<FilingWrites> {
  const { repos } = deps;
  const view = (id: number, ctx: WriteContext): NoticeView =>
    noticeView(repos.notifications.get(id)!, deps.calendar.get(), ctx.now());

  const owedNotice = (id: number): NotificationRecord => {
    const n = repos.notifications.get(id);
    if (!n) throw new AppFailure('not_found');
    if (n.state === 'cancelled') throw invalid('notificationId', 'filing.cancelled');
    return n;
  };
  const checkNotFuture = (filedAt: string, ctx: WriteContext): string => {
    const filed = new Date(filedAt).toISOString();
    if (filed > new Date(ctx.now().getTime() + 5 * 60_000).toISOString()) {
      throw new AppFailure('api.invalid_input', {
        issues: [{ field: 'filedAt', code: 'date.future' }],
      });
    }
    return filed;
  };
  const liveFiling = (id: number) => {
    const f = repos.filings.live(id);
    if (!f) throw invalid('notificationId', 'filing.not_filed');
    return f;
  };
  // Where a notice goes back to when its filing is taken back.
  const unfiledState = (id: number): FilingState =>
    repos.filings.hasProgress(id) ? 'in_progress' : 'owed';

  return {
    'notifications.markFiled': (input, ctx) => {
      const n = owedNotice(input.notificationId);
      if (n.state !== 'pending') throw new AppFailure('conflict', { params: { state: n.state } });
      if (n.kind !== 'host_notice') throw invalid('notificationId', 'filing.not_owed');
      const filedAt = checkNotFuture(input.filedAt, ctx);
      const filedBy = input.filedBy ?? ctx.staff.id;
      if (!repos.staff.get(filedBy)) throw invalid('filedBy', 'filing.unknown_staff');
      const at = ctx.now().toISOString();
      const calendar = deps.calendar.get();
      const fileOne = (notice: NotificationRecord, viaParent: number | null) => {
        const late = lateWorkingDays(calendar, notice.dueDate, filedAt);
        const filingId = repos.filings.insert({
          notificationId: notice.id,
          portal: input.portal,
          filedAt,
          filedBy,
          reference: input.reference,
          at,
          outcome: input.outcome,
          lateWorkingDays: late,
        });
        if (input.outcome === 'filed') {
          repos.board.setStates(notice.id, 'filed', 'filed_no_proof', at);
        } else {
          // Accepted but no PDF appeared (domain.md §5): nothing proves it reached the police,
          // so the notice stays owed, its deadline running, until it is filed again.
          repos.board.setStates(notice.id, 'pending', 'no_pdf', at);
        }
        ctx.audit(
          input.outcome === 'filed' ? 'notification.filed' : 'notification.accepted_no_pdf',
          'notification',
          notice.id,
          {
            filingId,
            portal: input.portal,
            filedAt,
            filedBy,
            reference: input.reference,
            onTime: late === null ? null : late === 0,
            lateWorkingDays: late,
            ...(viaParent !== null ? { viaParent } : {}),
          },
        );
      };
      fileOne(n, null);
      // VMP's children section: a child on this guest's document is filed in the same notice.
      if (input.portal === 'vmp' && input.outcome === 'filed' && input.includeChildren) {
        const self = repos.board.get(n.id)!;
        for (const m of repos.board.ofGroup(self.groupId)) {
          if (m.onDocumentOf !== self.guestId || m.state !== 'pending') continue;
          fileOne(repos.notifications.get(m.notificationId)!, n.id);
        }
      }
      return view(n.id, ctx);
    },

    'notifications.saveProgress': ({ notificationId, portal, done }, ctx) => {
      const n = owedNotice(notificationId);
      if (n.state !== 'pending') throw new AppFailure('conflict', { params: { state: n.state } });
      const unknown = done.find((s) => !isPortalStep(portal, s));
      if (unknown) throw invalid('done', 'filing.unknown_step');
      const steps = [...new Set(done)];
      const at = ctx.now().toISOString();
      repos.filings.saveProgress({
        notificationId,
        portal,
        done: steps,
        at,
        staffId: ctx.staff.id,
      });
      const current = repos.board.get(notificationId)!.filingState;
      let next: FilingState = current;
      if (current === 'owed' && steps.length > 0) next = 'in_progress';
      if (current === 'in_progress' && !repos.filings.hasProgress(notificationId)) next = 'owed';
      if (next !== current) repos.board.setFilingState(notificationId, next, at);
      ctx.audit('notification.progress', 'notification', notificationId, { portal, done: steps });
      return { state: next, done: steps };
    },

    'notifications.correctFiling': (input, ctx) => {
      owedNotice(input.notificationId);
      const f = liveFiling(input.notificationId);
      const n = repos.notifications.get(input.notificationId)!;
      const next = {
        portal: input.portal ?? f.portal,
        filedAt: input.filedAt ? checkNotFuture(input.filedAt, ctx) : f.filedAt,
        reference: input.reference ?? f.reference,
      };
      if (
        next.portal === f.portal &&
        next.filedAt === f.filedAt &&
        next.reference === f.reference
      ) {
        throw invalid('reason', 'filing.no_change');
      }
      const late = lateWorkingDays(deps.calendar.get(), n.dueDate, next.filedAt);
      repos.filings.correct({ id: f.id, ...next, lateWorkingDays: late });
      ctx.audit('notification.filing_corrected', 'notification', n.id, {
        filingId: f.id,
        reason: input.reason,
        before: { portal: f.portal, filedAt: f.filedAt, reference: f.reference },
        after: next,
        lateWorkingDays: late,
      });
      return view(n.id, ctx);
    },

    'notifications.undoFiling': ({ notificationId, reason }, ctx) => {
      owedNotice(notificationId);
      const f = liveFiling(notificationId);
      const at = ctx.now().toISOString();
      repos.filings.void(f.id, at, reason);
      const state = unfiledState(notificationId);
      repos.board.setStates(notificationId, 'pending', state, at);
      ctx.audit('notification.filing_undone', 'notification', notificationId, {
        filingId: f.id,
        reason,
        portal: f.portal,
        filedAt: f.filedAt,
        state,
      });
      return view(notificationId, ctx);
    },

    'notifications.removeProof': ({ notificationId, reason }, ctx) => {
      owedNotice(notificationId);
      const f = liveFiling(notificationId);
      const proof = repos.proofs.ofFiling(f.id);
      if (!proof) throw invalid('notificationId', 'filing.no_proof');
      const at = ctx.now().toISOString();
      repos.proofs.remove(proof.id, at, reason);
      repos.board.setFilingState(notificationId, 'filed_no_proof', at);
      ctx.audit('notification.proof_removed', 'notification', notificationId, {
        proofId: proof.id,
        sha256: proof.sha256,
        reason,
      });
      return view(notificationId, ctx);
    },

    'notifications.completeTask': ({ notificationId, doneAt, note }, ctx) => {
      const n = owedNotice(notificationId);
      if (n.kind === 'host_notice') throw invalid('notificationId', 'filing.not_a_task');
      if (n.state !== 'pending') throw new AppFailure('conflict', { params: { state: n.state } });
      const done = checkNotFuture(doneAt, ctx);
      const at = ctx.now().toISOString();
      // An order-923 task has no portal filing: done is final, nothing more to prove.
      repos.board.setStates(notificationId, 'filed', 'proven', at);
      ctx.audit('notification.task_done', 'notification', notificationId, {
        kind: n.kind,
        doneAt: done,
        note,
      });
      return view(notificationId, ctx);
    },

    'notifications.saveSettings': (input, ctx) => {
      repos.settings.put('notifications', input);
      ctx.audit('settings.notifications', 'settings', 'notifications', { ...input });
      return input;
    },
  };
}
