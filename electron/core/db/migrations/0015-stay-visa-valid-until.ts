import type { Migration } from './index';

/**
 * A visa holder may stay until the visa's end date (domain.md §10): the desk records it beside the
 * visa number, and the stay-limit check reads it. Existing stays have none (NULL): the check then
 * says the visa's end is not recorded, rather than guessing one.
 */
export const m0015StayVisaValidUntil: Migration = {
  version: 15,
  name: '0015-stay-visa-valid-until',
  up(db) {
    db.exec(`ALTER TABLE stays ADD COLUMN visa_valid_until TEXT;`);
  },
};
