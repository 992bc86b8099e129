import type { Migration } from './index';

// Guest history and the register search a million stays: every search and filter term has an
// index to start from (word prefixes of names, document numbers, rooms, the notice's date, the
// proven notices). Needs 0003's filing_state.
export const m0004HistoryIndexes: Migration = {
  version: 4,
  name: '0004-history-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX guests_by_given_names ON guests (given_names COLLATE NOCASE);
      CREATE INDEX guests_by_patronymic ON guests (patronymic COLLATE NOCASE);
      CREATE INDEX guests_by_citizenship ON guests (citizenship);
      CREATE INDEX stays_by_room ON stays (room COLLATE NOCASE);
      CREATE INDEX stays_by_document ON stays (document_id);
      CREATE INDEX stays_by_staff ON stays (consent_by, check_in_date);
      CREATE INDEX notifications_by_event_date ON notifications (event_date);
      CREATE INDEX filings_by_filer ON filings (filed_by);
      CREATE INDEX notifications_proven ON notifications (stay_id)
        WHERE filing_state = 'proven' AND kind = 'host_notice';
    `);
  },
};
