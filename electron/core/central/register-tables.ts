/**
 * The rows of a property's register that ship to the centre (issue 25): what the register, the
 * statistics and the overdue view need, and nothing more. Never a PDF's or a screenshot's bytes,
 * never a proof's file name (it may hold a name or a document number: audit/personal.ts), never
 * a guest's phone or e-mail, never a portal's refusal text (it may quote the guest). The same
 * list builds the property's SELECT (db/repos/central-ship-repo.ts) and the centre's tables and
 * upserts (central-schema.ts, central-repo.ts), so the two sides cannot drift apart.
 */
export type ColumnType = 'int' | 'text';

export interface RegisterTable {
  name: string;
  columns: ReadonlyArray<readonly [name: string, type: ColumnType]>;
}

export const REGISTER_TABLES: readonly RegisterTable[] = [
  {
    name: 'staff',
    columns: [
      ['id', 'int'],
      ['name', 'text'],
      ['role', 'text'],
    ],
  },
  {
    name: 'places',
    columns: [
      ['id', 'int'],
      ['name', 'text'],
      ['address', 'text'],
      ['region', 'text'],
    ],
  },
  {
    name: 'guests',
    columns: [
      ['id', 'int'],
      ['surname', 'text'],
      ['given_names', 'text'],
      ['patronymic', 'text'],
      ['citizenship', 'text'],
      ['birth_date', 'text'],
      ['sex', 'text'],
      ['erased_at', 'text'],
    ],
  },
  {
    name: 'documents',
    columns: [
      ['id', 'int'],
      ['guest_id', 'int'],
      ['type_code', 'text'],
      ['number', 'text'],
      ['series', 'text'],
      ['issuing_state', 'text'],
      ['issue_date', 'text'],
      ['expiry_date', 'text'],
    ],
  },
  {
    name: 'stays',
    columns: [
      ['id', 'int'],
      ['guest_id', 'int'],
      ['document_id', 'int'],
      ['on_document_of', 'int'],
      ['group_id', 'text'],
      ['room', 'text'],
      ['check_in_at', 'text'],
      ['check_in_date', 'text'],
      ['planned_check_out', 'text'],
      ['checked_out_at', 'text'],
      ['status', 'text'],
      ['purpose_code', 'text'],
      ['visa_number', 'text'],
      ['visa_valid_until', 'text'],
      ['entry_date', 'text'],
      ['place_id', 'int'],
      ['cancel_reason', 'text'],
      // Who checked the guest in: the register's "Checked in by" column.
      ['consent_by', 'int'],
    ],
  },
  {
    name: 'notifications',
    columns: [
      ['id', 'int'],
      ['stay_id', 'int'],
      ['kind', 'text'],
      ['event_date', 'text'],
      ['due_date', 'text'],
      ['due_at', 'text'],
      ['rule', 'text'],
      ['state', 'text'],
      ['filing_state', 'text'],
    ],
  },
  {
    name: 'filings',
    columns: [
      ['id', 'int'],
      ['notification_id', 'int'],
      ['portal', 'text'],
      ['filed_at', 'text'],
      ['filed_by', 'int'],
      ['reference', 'text'],
      ['outcome', 'text'],
      ['late_working_days', 'int'],
      ['voided_at', 'text'],
    ],
  },
  {
    // A portal's refusal, for the register's count and latest try: never its text or screenshot.
    name: 'portal_attempts',
    columns: [
      ['id', 'int'],
      ['notification_id', 'int'],
      ['portal', 'text'],
      ['attempted_at', 'text'],
    ],
  },
  {
    name: 'proofs',
    columns: [
      ['id', 'int'],
      ['filing_id', 'int'],
      ['sha256', 'text'],
      ['size', 'int'],
      ['type', 'text'],
      ['matched', 'int'],
      ['attached_at', 'text'],
      ['removed_at', 'text'],
    ],
  },
];

/** A register row as read at the property: its values in the table's column order. */
export type RegisterRow = Array<string | number | null>;
