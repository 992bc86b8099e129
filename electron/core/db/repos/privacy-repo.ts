import type { Db } from '../connection';
import type { GuestRow as BaseGuestRow } from './guest-repo';

/** What the retention setting would purge (and what a purge then did). */
export interface RetentionCounts {
  guests: number;
  stays: number;
  proofs: number;
  /** The earliest and latest day on which an affected guest's last stay ended (KZ dates). */
  oldest: string | null;
  newest: string | null;
}

// The day a stay ended, in Kazakhstan time (UTC+5): its check-out, or the moment it was
// cancelled. Instants are stored as UTC text.
const ENDED = `CASE WHEN s.status = 'checked_out' THEN date(s.checked_out_at, '+5 hours')
  ELSE date(s.updated_at, '+5 hours') END`;

// Guests not yet erased, none of whose stays is still running, whose last stay ended before
// the cutoff day (domain.md §7: data is kept until its purpose is met, then destroyed).
const endedBefore = (where = '') => `SELECT s.guest_id, MAX(${ENDED}) AS ended, COUNT(*) AS stays,
    MAX(s.id) AS last_stay
  FROM stays s JOIN guests g ON g.id = s.guest_id AND g.erased_at IS NULL ${where}
  GROUP BY s.guest_id
  HAVING SUM(s.status IN ('in_house', 'absent')) = 0 AND MAX(${ENDED}) < @cutoff`;

// What is still owed for a guest (issue 19): a notice or task not filed, or a filing without
// its proof. The board lists the same rows (notifications_unproven). Such a guest is never
// purged: without the name and document the notice could never be filed.
const OWED = `SELECT n.id, n.stay_id, s.guest_id, n.due_date,
    CASE WHEN n.state = 'filed' THEN 'proof_missing'
      WHEN n.kind = 'host_notice' THEN 'notice_unfiled' ELSE 'task_open' END AS reason
  FROM notifications n JOIN stays s ON s.id = n.stay_id
  WHERE n.state != 'cancelled' AND n.filing_state != 'proven'`;

// The owed guests are listed once (the board's partial index), not looked up per guest.
const OWED_GUESTS = `SELECT guest_id FROM (${OWED})`;
const ELIGIBLE = `SELECT * FROM (${endedBefore()}) e WHERE e.guest_id NOT IN (${OWED_GUESTS})`;
// Past the cutoff but owed: only the owed guests' stays are read (usually a handful).
const KEPT = endedBefore(`WHERE s.guest_id IN (${OWED_GUESTS})`);

// The guests kept back, at most this many named (the count is whole).
const KEPT_LISTED = 50;

const PROOFS_OF = (guests: string) => `SELECT p.id FROM proofs p
  JOIN filings f ON f.id = p.filing_id
  JOIN notifications n ON n.id = f.notification_id
  JOIN stays s ON s.id = n.stay_id
  WHERE s.guest_id IN (${guests}) AND length(p.bytes) > 0`;

type OwedReason = 'notice_unfiled' | 'task_open' | 'proof_missing';

/** A guest past the retention cutoff kept because something is still owed. */
interface KeptRow {
  guest_id: number;
  last_stay: number;
  ended: string;
  surname: string;
  given_names: string;
  reasons: OwedReason[];
}

/** The whole row: what the guest repo reads, and when it was made and erased. */
interface GuestRow extends BaseGuestRow {
  created_at: string;
  erased_at: string | null;
}

/**
 * Personal data by guest (Law No. 94-V; domain.md §7): what the retention setting would purge,
 * erasing one guest (the person's row and stays stay, anonymous, so counts and statistics hold),
 * and everything held about one guest for an export.
 */
export function createPrivacyRepo(db: Db) {
  const preview = db.prepare(
    `WITH e AS (${ELIGIBLE})
     SELECT count(*) AS guests, IFNULL(sum(stays), 0) AS stays, min(ended) AS oldest,
       max(ended) AS newest,
       (SELECT count(*) FROM (${PROOFS_OF('SELECT guest_id FROM e')})) AS proofs
     FROM e`,
  );
  const eligible = db.prepare(`SELECT guest_id FROM (${ELIGIBLE}) ORDER BY guest_id`).pluck();
  const keptCount = db.prepare(`SELECT count(*) FROM (${KEPT})`).pluck();
  const kept = db.prepare(
    `SELECT e.guest_id, e.last_stay, e.ended, g.surname, g.given_names,
       (SELECT group_concat(DISTINCT o.reason) FROM (${OWED}) o WHERE o.guest_id = e.guest_id)
         AS reasons
     FROM (${KEPT}) e JOIN guests g ON g.id = e.guest_id
     ORDER BY e.ended, e.guest_id LIMIT ${KEPT_LISTED}`,
  );
  const owedOf = db.prepare(
    `SELECT id, stay_id, due_date, reason FROM (${OWED}) WHERE guest_id = ? ORDER BY id`,
  );

  const unlinkDocuments = db.prepare(
    `UPDATE stays SET document_id = NULL
     WHERE document_id IN (SELECT id FROM documents WHERE guest_id = @id)`,
  );
  const clearStays = db.prepare(`UPDATE stays SET visa_number = '' WHERE guest_id = @id`);
  const deleteDocuments = db.prepare('DELETE FROM documents WHERE guest_id = @id');
  // A desk's idempotency keys (migration 0020) name stays by id: an erased guest's go, so no
  // replay of a key answers with the erased stays and no key ties a desk's body digest to them.
  const forgetKeys = db.prepare(
    `DELETE FROM check_in_keys WHERE EXISTS (
       SELECT 1 FROM json_each(check_in_keys.stay_ids) j JOIN stays s ON s.id = j.value
       WHERE s.guest_id = @id)`,
  );
  // A proof PDF names the guest: its bytes go. The row stays as it was otherwise, so the notice
  // still counts as proven in the register and the statistics (the PDF itself cannot be opened).
  const clearProofs = db.prepare(
    `UPDATE proofs SET bytes = x'', size = 0, name = '' WHERE id IN (${PROOFS_OF('@id')})`,
  );
  const clearOldProofs = db.prepare(
    `UPDATE filings SET proof = NULL, proof_name = NULL, proof_sha256 = NULL
     WHERE proof_name IS NOT NULL AND notification_id IN
       (SELECT n.id FROM notifications n JOIN stays s ON s.id = n.stay_id WHERE s.guest_id = @id)`,
  );
  // A portal's refusal may quote the guest, and its screenshot shows them: both go; the row
  // (when, where, who tried) stays as the host's evidence (issue 23).
  const clearAttempts = db.prepare(
    `UPDATE portal_attempts SET message = '', screenshot = NULL, screenshot_size = 0,
       screenshot_type = NULL WHERE notification_id IN
       (SELECT n.id FROM notifications n JOIN stays s ON s.id = n.stay_id WHERE s.guest_id = @id)`,
  );
  // Citizenship stays: the statistics count guests by it (reports-statistics.ts).
  const clearGuest = db.prepare(
    `UPDATE guests SET surname = '', given_names = '', patronymic = '', birth_date = NULL,
       sex = NULL, phone = '', email = '', erased_at = @at, updated_at = @at
     WHERE id = @id AND erased_at IS NULL`,
  );
  const active = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM stays WHERE guest_id = ? AND status IN ('in_house', 'absent'))`,
    )
    .pluck();
  const consentLanguage = db.prepare('UPDATE stays SET consent_language = ? WHERE id = ?');
  const stayCount = db.prepare('SELECT count(*) FROM stays WHERE guest_id = ?').pluck();

  const guest = db.prepare('SELECT * FROM guests WHERE id = ?');
  const consent = db.prepare(
    `SELECT s.guest_id, s.consent_at, s.consent_language, st.name AS staff_name, g.erased_at,
       g.surname
     FROM stays s JOIN guests g ON g.id = s.guest_id LEFT JOIN staff st ON st.id = s.consent_by
     WHERE s.id = ?`,
  );
  const documents = db.prepare('SELECT * FROM documents WHERE guest_id = ? ORDER BY id');
  const stays = db.prepare(
    `SELECT s.*, st.name AS consent_staff FROM stays s LEFT JOIN staff st ON st.id = s.consent_by
     WHERE s.guest_id = ? ORDER BY s.check_in_at`,
  );
  const notices = db.prepare(
    `SELECT n.* FROM notifications n JOIN stays s ON s.id = n.stay_id
     WHERE s.guest_id = ? ORDER BY n.id`,
  );
  const filings = db.prepare(
    `SELECT f.id, f.notification_id, f.portal, f.filed_at, st.name AS filed_by, f.reference,
       f.outcome, f.late_working_days, f.voided_at, f.void_reason
     FROM filings f JOIN notifications n ON n.id = f.notification_id
     JOIN stays s ON s.id = n.stay_id LEFT JOIN staff st ON st.id = f.filed_by
     WHERE s.guest_id = ? ORDER BY f.id`,
  );
  const proofs = db.prepare(
    `SELECT p.id, p.filing_id, p.name, p.sha256, p.size, p.matched, p.attached_at, p.removed_at,
       p.remove_reason
     FROM proofs p JOIN filings f ON f.id = p.filing_id
     JOIN notifications n ON n.id = f.notification_id JOIN stays s ON s.id = n.stay_id
     WHERE s.guest_id = ? ORDER BY p.id`,
  );
  // What a portal said when it refused a notice, and its screenshot's fingerprint (issue 23).
  const attempts = db.prepare(
    `SELECT a.id, a.notification_id, a.portal, a.attempted_at, st.name AS tried_by, a.message,
       a.screenshot_type, a.screenshot_sha256, a.screenshot_size
     FROM portal_attempts a JOIN notifications n ON n.id = a.notification_id
     JOIN stays s ON s.id = n.stay_id LEFT JOIN staff st ON st.id = a.tried_by
     WHERE s.guest_id = ? ORDER BY a.id`,
  );
  const proofBytes = db.prepare(
    `SELECT p.name, p.bytes FROM proofs p WHERE p.id IN (${PROOFS_OF('?')}) ORDER BY p.id`,
  );

  return {
    preview: (cutoff: string): RetentionCounts => preview.get({ cutoff }) as RetentionCounts,
    /** The guests the retention setting would purge, by id. */
    eligible: (cutoff: string): number[] => eligible.all({ cutoff }) as number[],
    /** Guests past the cutoff kept because something is still owed: the count, the first named. */
    kept: (cutoff: string): { count: number; listed: KeptRow[] } => ({
      count: keptCount.get({ cutoff }) as number,
      listed: (kept.all({ cutoff }) as Array<Omit<KeptRow, 'reasons'> & { reasons: string }>).map(
        (r) => ({ ...r, reasons: r.reasons.split(',').sort() as OwedReason[] }),
      ),
    }),
    /** What is still owed for one guest: notices or tasks not filed, filings without proof. */
    owed: (id: number) =>
      owedOf.all(id) as Array<{
        id: number;
        stay_id: number;
        due_date: string | null;
        reason: OwedReason;
      }>,
    /**
     * Erases one guest's personal data (inside the caller's transaction): name, birth date,
     * contacts, documents, visa numbers and proof PDFs. The person and stays stay as anonymous
     * rows with their citizenship and dates. Null when the guest was already erased.
     */
    erase: (id: number, at: string): { stays: number; proofs: number } | null => {
      const proofsErased = clearProofs.run({ id }).changes;
      clearOldProofs.run({ id });
      clearAttempts.run({ id });
      unlinkDocuments.run({ id });
      clearStays.run({ id });
      forgetKeys.run({ id });
      deleteDocuments.run({ id });
      if (clearGuest.run({ id, at }).changes === 0) return null;
      return { stays: stayCount.get(id) as number, proofs: proofsErased };
    },
    /** The language the consent's words were shown in at check-in. */
    setConsentLanguage: (stayId: number, lang: 'kk' | 'ru' | 'en'): void => {
      consentLanguage.run(lang, stayId);
    },
    /** Whether one of the guest's stays is still running (in house or temporarily absent). */
    isActive: (id: number): boolean => active.get(id) === 1,
    guest: (id: number) => guest.get(id) as GuestRow | undefined,
    /** The consent recorded at a stay's check-in, and whether the guest has been erased. */
    consentOfStay: (stayId: number) =>
      consent.get(stayId) as
        | {
            guest_id: number;
            consent_at: string | null;
            consent_language: 'kk' | 'ru' | 'en' | null;
            staff_name: string | null;
            erased_at: string | null;
            surname: string;
          }
        | undefined,
    /** Every row held about one guest, as stored (an export of the person's data). */
    held: (id: number) => ({
      documents: documents.all(id) as Record<string, unknown>[],
      stays: stays.all(id) as Record<string, unknown>[],
      notices: notices.all(id) as Record<string, unknown>[],
      filings: filings.all(id) as Record<string, unknown>[],
      proofs: proofs.all(id) as Record<string, unknown>[],
      portalAttempts: attempts.all(id) as Record<string, unknown>[],
    }),
    /**
     * After an erasure: copies every WAL frame into the file and truncates the WAL. A PASSIVE
     * checkpoint (SQLite's automatic one) leaves the old frames, erased values in them, in the
     * WAL file until they happen to be overwritten. Best effort: a reader in another process
     * keeps them until the last connection closes, which deletes the WAL.
     */
    dropWalFrames: (): void => {
      if (!db.open || db.inTransaction || db.memory) return;
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Busy or closing: the close's own checkpoint does it.
      }
    },
    proofFiles: (id: number) => proofBytes.all(id) as Array<{ name: string; bytes: Buffer }>,
  };
}
export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>;
