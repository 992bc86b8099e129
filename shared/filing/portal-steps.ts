import type { Portal } from '../contract/notifications';

/**
 * Each portal's steps in order (domain.md §5), as the filing checklist shows them. The keys are
 * saved per notice and portal; their words live in `notifications:step.<portal>.<key>`.
 */
export const PORTAL_STEPS = {
  eqonaq: ['sign_in', 'add_guest', 'enter_values', 'submit', 'download_pdf'],
  vmp: ['sign_in', 'choose_service', 'enter_values', 'enter_children', 'sign_eds', 'download_pdf'],
  // In person at the migration police (domain.md §10): the stamped copy is the proof.
  paper: ['print_notice', 'sign', 'hand_in', 'scan_stamped'],
} as const satisfies Record<Portal, readonly string[]>;

export type PortalStep<P extends Portal = Portal> = (typeof PORTAL_STEPS)[P][number];

export function isPortalStep(portal: Portal, step: string): boolean {
  return (PORTAL_STEPS[portal] as readonly string[]).includes(step);
}
