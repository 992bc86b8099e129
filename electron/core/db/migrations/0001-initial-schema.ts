import type { Migration } from './index';

// Calendar dates are `yyyy-MM-dd` text, instants ISO-8601 UTC text (style.md).
export const m0001InitialSchema: Migration = {
  version: 1,
  name: '0001-initial-schema',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'receptionist', 'auditor')),
        language TEXT CHECK (language IN ('kk', 'ru', 'en')),
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      );

      CREATE TABLE hotel (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        bin TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        business_size TEXT NOT NULL DEFAULT 'small'
          CHECK (business_size IN ('individual', 'small', 'medium', 'large')),
        updated_at TEXT NOT NULL
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE guests (
        id INTEGER PRIMARY KEY,
        surname TEXT NOT NULL,
        given_names TEXT NOT NULL DEFAULT '',
        patronymic TEXT NOT NULL DEFAULT '',
        citizenship TEXT NOT NULL,
        birth_date TEXT,
        sex TEXT CHECK (sex IN ('M', 'F', 'X')),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX guests_by_name ON guests (surname COLLATE NOCASE, given_names COLLATE NOCASE);
      CREATE INDEX guests_by_birth ON guests (birth_date);

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        guest_id INTEGER NOT NULL REFERENCES guests (id),
        type_code TEXT NOT NULL,
        number TEXT NOT NULL,
        series TEXT NOT NULL DEFAULT '',
        issuing_state TEXT NOT NULL DEFAULT '',
        issue_date TEXT,
        expiry_date TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (issuing_state, number)
      );
      CREATE INDEX documents_by_number ON documents (number);
      CREATE INDEX documents_by_guest ON documents (guest_id);

      CREATE TABLE stays (
        id INTEGER PRIMARY KEY,
        guest_id INTEGER NOT NULL REFERENCES guests (id),
        document_id INTEGER REFERENCES documents (id),
        -- a child travelling on a parent's document
        on_document_of INTEGER REFERENCES guests (id),
        group_id TEXT NOT NULL,
        room TEXT NOT NULL,
        check_in_at TEXT NOT NULL,
        check_in_date TEXT NOT NULL,
        planned_check_out TEXT,
        checked_out_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('in_house', 'absent', 'checked_out', 'cancelled')),
        purpose_code TEXT,
        visa_number TEXT NOT NULL DEFAULT '',
        entry_date TEXT,
        consent_at TEXT,
        consent_by INTEGER REFERENCES staff (id),
        cancel_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stays_by_status ON stays (status, room);
      CREATE INDEX stays_by_guest ON stays (guest_id);
      CREATE INDEX stays_by_group ON stays (group_id);
      CREATE INDEX stays_by_check_in ON stays (check_in_date);

      CREATE TABLE stay_events (
        id INTEGER PRIMARY KEY,
        stay_id INTEGER NOT NULL REFERENCES stays (id),
        kind TEXT NOT NULL CHECK (kind IN
          ('check_in', 'room_change', 'extend', 'absence', 'return', 'check_out', 'cancel', 'edit')),
        at TEXT NOT NULL,
        event_date TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}',
        staff_id INTEGER REFERENCES staff (id)
      );
      CREATE INDEX stay_events_by_stay ON stay_events (stay_id);

      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        stay_id INTEGER NOT NULL REFERENCES stays (id),
        event_id INTEGER NOT NULL REFERENCES stay_events (id),
        kind TEXT NOT NULL
          CHECK (kind IN ('host_notice', 'guest_self_registration', 'host_confirmation')),
        event_date TEXT NOT NULL,
        due_date TEXT,
        due_at TEXT,
        calendar_status TEXT CHECK (calendar_status IN ('confirmed', 'provisional')),
        rule TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'filed', 'cancelled')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX notifications_by_state ON notifications (state, due_date);
      CREATE INDEX notifications_by_stay ON notifications (stay_id);

      CREATE TABLE filings (
        id INTEGER PRIMARY KEY,
        notification_id INTEGER NOT NULL REFERENCES notifications (id),
        portal TEXT NOT NULL CHECK (portal IN ('eqonaq', 'vmp')),
        filed_at TEXT NOT NULL,
        filed_by INTEGER REFERENCES staff (id),
        reference TEXT NOT NULL DEFAULT '',
        proof_name TEXT,
        proof_sha256 TEXT,
        proof BLOB,
        created_at TEXT NOT NULL
      );
      CREATE INDEX filings_by_notification ON filings (notification_id);

      CREATE TABLE calendar_overrides (
        date TEXT PRIMARY KEY,
        working INTEGER NOT NULL CHECK (working IN (0, 1)),
        source TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_by INTEGER REFERENCES staff (id),
        created_at TEXT NOT NULL
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff (id),
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        details TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);
    `);
  },
};
