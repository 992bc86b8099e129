import type { Migration } from './index';

/**
 * Each audit row appended from now on carries HMAC-SHA256(key, hash), the key kept in the data
 * folder and never in the file (db/audit/anchor.ts): a row forged with a correctly computed
 * SHA-256 hash has no valid MAC. Rows made before stay as they were (NULL), checked by hash only.
 */
export const m0012AuditMac: Migration = {
  version: 12,
  name: '0012-audit-mac',
  up(db) {
    db.exec('ALTER TABLE audit_log ADD COLUMN mac TEXT');
  },
};
