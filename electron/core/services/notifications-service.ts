import { AppFailure } from '../../../shared/contract';
import type { Handlers } from '../handlers';
import type { ServiceDeps } from './deps';
import { noticeView } from './notices';

type NotificationMethod = Extract<keyof Handlers, `notifications.${string}`>;

const notYet = (): never => {
  throw new AppFailure('internal');
};

export function notificationsHandlers(deps: ServiceDeps): Pick<Handlers, NotificationMethod> {
  const { repos } = deps;
  return {
    'notifications.board': notYet,
    'notifications.counts': notYet,
    'notifications.reminders': notYet,
    'notifications.filing': notYet,
    'notifications.saveProgress': notYet,
    'notifications.correctFiling': notYet,
    'notifications.undoFiling': notYet,
    'notifications.attachProof': () => Promise.resolve(notYet()),
    'notifications.removeProof': notYet,
    'notifications.proofFile': notYet,
    'notifications.completeTask': notYet,
    'notifications.guestSheet': () => Promise.resolve(notYet()),
    'notifications.shiftReport': () => Promise.resolve(notYet()),
    'notifications.signShiftReport': notYet,
    'notifications.settings': notYet,
    'notifications.saveSettings': notYet,
    'notifications.markFiled': ({ notificationId, portal, filedAt, reference }, ctx) => {
      const n = repos.notifications.get(notificationId);
      if (!n) throw new AppFailure('not_found');
      if (n.state !== 'pending') throw new AppFailure('conflict', { params: { state: n.state } });
      const at = ctx.now().toISOString();
      const filed = new Date(filedAt).toISOString();
      if (filed > new Date(ctx.now().getTime() + 5 * 60_000).toISOString()) {
        throw new AppFailure('api.invalid_input', {
          issues: [{ field: 'filedAt', code: 'date.future' }],
        });
      }
      const filingId = repos.filings.insert({
        notificationId,
        portal,
        filedAt: filed,
        filedBy: ctx.staff.id,
        reference,
        at,
      });
      repos.notifications.setState(notificationId, 'filed', at);
      ctx.audit('notification.filed', 'notification', notificationId, {
        filingId,
        portal,
        filedAt: filed,
        reference,
        onTime: n.dueAt ? new Date(filed) <= new Date(n.dueAt) : null,
      });
      return noticeView(repos.notifications.get(notificationId)!, deps.calendar.get(), ctx.now());
    },
  };
}
