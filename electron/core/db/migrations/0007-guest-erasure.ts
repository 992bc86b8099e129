import type { Migration } from './index';

/**
 * A guest's personal data may be erased (on request, or by the retention setting; Law No. 94-V
 * Art. 18, domain.md §7) while the person's row stays, anonymous, so the stays, notices and
 * statistics still count. `erased_at` says it was done and when; the retention preview finds
 * the guests not yet erased through the partial index. `stays.consent_language`: the language
 * the consent's words were shown in at check-in, so the stay panel shows the same words.
 */
export const m0007GuestErasure: Migration = {
  version: 7,
  name: '0007-guest-erasure',
  up(db) {
    db.exec(`
      ALTER TABLE guests ADD COLUMN erased_at TEXT;
      CREATE INDEX guests_not_erased ON guests (id) WHERE erased_at IS NULL;
      ALTER TABLE stays ADD COLUMN consent_language TEXT
        CHECK (consent_language IN ('kk', 'ru', 'en'));
    `);
  },
};
