/**
 * Every action the audit trail records. `AuditFn` and the audit repository take only these, so
 * a new action cannot be written before it is listed here, and test/i18n/audit-words.test.ts
 * fails until it has words in kk, ru and en (`trust:actions.a_b_c` for `a.b_c`).
 */
export const AUDIT_ACTIONS = [
  'auth.signIn',
  'auth.failed',
  'auth.locked',
  'auth.signOut',
  'auth.changeSecret',
  'auth.setSecret',
  'auth.lockSettings',
  'auth.unlock',
  'app.demo',
  'staff.create',
  'staff.update',
  'staff.rename',
  'staff.deactivate',
  'staff.resetSecret',
  'settings.language',
  'settings.notifications',
  'setup.finish',
  'hotel.save',
  'place.save',
  'place.remove',
  'stay.check_in',
  'stay.check_in_replayed',
  'stay.edit',
  'stay.room_change',
  'stay.extend',
  'stay.absence',
  'stay.return',
  'stay.check_out',
  'stay.cancel',
  'guest.identity_change',
  'guest.erase',
  'notification.filed',
  'notification.accepted_no_pdf',
  'notification.filing_corrected',
  'notification.filing_undone',
  'notification.progress',
  'notification.proof_attached',
  'notification.proof_removed',
  'notification.task_done',
  'notification.portal_failed',
  'deadlines.moved.dismiss',
  'calendar.override.save',
  'calendar.override.remove',
  'calendar.year.confirm',
  'calendar.year.unconfirm',
  'calendar.days.confirm',
  'rules.save',
  'rules.save_stay_limits',
  'rules_data.update',
  'shift_report.produced',
  'shift_report.signed',
  'privacy.retention',
  'keys.add',
  'keys.update',
  'keys.remove',
  'backup.create',
  'backup.restore_finished',
  'job.done',
  'job.failed',
  'desks.sharing',
  'desks.code',
  'desks.paired',
  'desks.pair_failed',
  'desks.revoke',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Reasons the app itself writes into an entry's details (a person's own reason is free text). */
export const AUDIT_REASONS = ['first start', 'start', 'daily'] as const;

/** `stay.check_in` → `stay_check_in`: the key of its words in `trust:actions`. */
export const auditActionKey = (action: string): string => action.replace(/\./g, '_');
