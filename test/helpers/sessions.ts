import type { Core } from '../../electron/core/core';
import type { SignedIn, StaffRole } from '../../shared/contract';

const NAMES: Record<StaffRole, string> = {
  owner: 'Aigerim Owner',
  auditor: 'Nurlan Auditor',
  receptionist: 'Dana Receptionist',
};

/**
 * Adds a staff member of a role (as the system actor) and signs them in as a transport would:
 * signed out, by id and PIN. Returns the session token and who it is.
 */
export async function signInAs(
  core: Core,
  role: StaffRole,
  secret = '2580',
  name = NAMES[role],
): Promise<SignedIn> {
  const made = await core.call('staff.create', { name, role, secret });
  if (!made.ok) throw new Error(`staff.create failed: ${JSON.stringify(made.error)}`);
  const id = (made.value as { id: number }).id;
  const r = await core.dispatch('auth.signIn', { staffId: id, secret }, core.contextFor(null));
  if (!r.ok) throw new Error(`auth.signIn failed: ${JSON.stringify(r.error)}`);
  return r.value as SignedIn;
}
