import type { Migration } from './index';

/**
 * Each notice records the edition of the calendar and rules data (shared/rules RULES_DATA_VERSION)
 * its deadline was computed with, so an update of that data reaches saved deadlines.
 *
 * Existing rows get 0, "computed with data of an unrecorded edition", not the current number:
 * whatever Tirkeu wrote them may have shipped older tables (a database saved before the 2024
 * transfer order would keep 6 May for 2 May arrivals), so the first start after this upgrade
 * recomputes every open one once. Recomputing a notice that is already right changes nothing but
 * its number; stamping them current would assert what nobody checked.
 */
export const m0002NoticeRulesVersion: Migration = {
  version: 2,
  name: '0002-notice-rules-version',
  up(db) {
    db.exec(`
      ALTER TABLE notifications ADD COLUMN rules_version INTEGER NOT NULL DEFAULT 0;
      -- At start: the open notices of an older edition (none, on almost every start).
      CREATE INDEX notifications_pending_by_rules_version
        ON notifications (rules_version) WHERE state = 'pending';
      -- A calendar change: the open notices counted across the changed days, i.e. due on or
      -- after the first and counted from on or before the last, read from the index alone.
      CREATE INDEX notifications_pending_window
        ON notifications (due_date, event_date) WHERE state = 'pending';
    `);
  },
};
