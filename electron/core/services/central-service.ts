import type { CentralStatus } from '../../../shared/contract';
import { readCentralUrl } from '../central/credentials';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

/**
 * The property's view of its shipping to the owner's central register (issue 25): read from
 * what the last ship recorded (migration 0021), never from the network, so the screen answers
 * the same offline. How far behind is counted now: every audited write since the last ship.
 */
export function centralHandlers(deps: ServiceDeps): HandlersFor<'central.status'> {
  const { repos } = deps;
  return {
    'central.status': (): CentralStatus => {
      const s = repos.centralShip.state();
      const last = repos.centralShip.lastAuditId();
      return {
        configured: s !== null || readCentralUrl(deps.dbPath) !== null,
        property: s?.property ?? '',
        lastShippedAt: s?.lastShippedAt ?? null,
        lastAttemptAt: s?.lastAttemptAt ?? null,
        behind: Math.max(0, last - (s?.shippedThrough ?? 0)),
        chain: s?.chain ?? 'ok',
        lastError: s?.lastError ?? null,
      };
    },
  };
}
