import type { Migration } from './index';

/**
 * The returning-guest check at every check-in (same surname and birth date, check-in.ts) read
 * every guest born that day through `guests_by_birth` and tested each one's surname: hundreds of
 * rows in a ten-year history, most of a check-in's own time. The index now holds both columns, so
 * the check reads only the matches; nothing else asks for the birth date alone.
 */
export const m0008GuestBirthNameIndex: Migration = {
  version: 8,
  name: '0008-guest-birth-name-index',
  up(db) {
    db.exec(`
      DROP INDEX guests_by_birth;
      CREATE INDEX guests_by_birth_name ON guests (birth_date, surname COLLATE NOCASE);
    `);
  },
};
