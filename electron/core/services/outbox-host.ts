import { AppFailure } from '../../../shared/contract';
import type { HandlersFor } from '../handlers';

type OutboxMethods = 'outbox.list' | 'outbox.retry' | 'outbox.discard' | 'outbox.resolve';

/**
 * The host keeps no outbox: a joined desk's bridge answers these itself (electron/web/lan/
 * outbox.ts). Here the list is empty, so the same renderer runs on the host, and the rest find
 * nothing.
 */
export function outboxHostHandlers(): HandlersFor<OutboxMethods> {
  const none = (): never => {
    throw new AppFailure('not_found');
  };
  return {
    'outbox.list': () => [],
    'outbox.retry': none,
    'outbox.discard': none,
    'outbox.resolve': none,
  };
}
