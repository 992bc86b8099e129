import type { Handlers } from '../handlers';
import { attemptHandlers } from './attempt-service';
import { boardReads, createBoardRows } from './board-service';
import type { ServiceDeps } from './deps';
import { filingWrites } from './filing-service';
import { paperNoticeHandlers } from './paper-notice';
import { proofJobs } from './proof-service';
import { reportHandlers } from './report-service';

type NotificationMethod = Extract<keyof Handlers, `notifications.${string}`>;

/** Issue 8: the board, filing states, proof PDFs, the end-of-shift report and reminders. */
export function notificationsHandlers(deps: ServiceDeps): Pick<Handlers, NotificationMethod> {
  const { boardRows } = createBoardRows(deps);
  return {
    ...boardReads(deps),
    ...filingWrites(deps),
    ...proofJobs(deps),
    ...attemptHandlers(deps),
    ...paperNoticeHandlers(deps),
    ...reportHandlers(deps, (now) => boardRows({}, now).rows),
  };
}
