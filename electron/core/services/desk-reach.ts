import { AppFailure, type StaffMember } from '../../../shared/contract';
import type { ServiceDeps } from './deps';

/**
 * The guest history belongs to night auditors and owners (README, Signing in). A receptionist
 * reads a stay the desk still works on, one in house or with a notice or task still owed, and
 * its proof files; any other (a departed guest whose notices are proven) is refused, as a method
 * outside the role is. A stay that does not exist is `not_found` for everyone.
 */
export function checkDeskReach(
  deps: ServiceDeps,
  staff: StaffMember | null,
  stayId: number | null,
): void {
  if (stayId === null || !deps.repos.stays.get(stayId)) throw new AppFailure('not_found');
  if (staff?.role !== 'receptionist') return;
  if (!deps.repos.stays.withinDeskReach(stayId)) throw new AppFailure('auth.forbidden');
}
