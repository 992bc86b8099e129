/**
 * `PRAGMA application_id` of every Tirkeu database: the ASCII bytes "Tirk" (0x5469726B) in the
 * file header at offset 68, so `file(1)`-style tools and our own open can tell the file is ours.
 * Never change it: files in the field carry it.
 */
export const TIRKEU_APPLICATION_ID = 0x5469726b;

// Schema 1 was shipped before files were marked. Its tables identify such a file; the next
// migration transaction marks it.
const SCHEMA_1_TABLES = [
  'staff',
  'hotel',
  'settings',
  'guests',
  'documents',
  'stays',
  'stay_events',
  'notifications',
  'filings',
  'calendar_overrides',
  'audit_log',
];

/** An existing, unmarked database that an earlier Tirkeu wrote (schema 1). */
export function isUnmarkedTirkeu(userVersion: number, tables: readonly string[]): boolean {
  return userVersion === 1 && SCHEMA_1_TABLES.every((t) => tables.includes(t));
}
