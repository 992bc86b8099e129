import type { ProofView } from '../../../../shared/contract';
import type { Db } from '../connection';

interface Row {
  id: number;
  filing_id: number;
  name: string;
  sha256: string;
  size: number;
  matched: 0 | 1;
  confirmed_mismatch: 0 | 1;
  attached_at: string;
  staff_name: string | null;
}

const toView = (r: Row): ProofView & { filingId: number } => ({
  id: r.id,
  filingId: r.filing_id,
  name: r.name,
  sha256: r.sha256,
  size: r.size,
  attachedAt: r.attached_at,
  attachedBy: r.staff_name,
  matched: r.matched === 1,
  confirmedMismatch: r.confirmed_mismatch === 1,
});

/** The portals' notice PDFs, each with its SHA-256, kept apart from the filings. */
export function createProofRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO proofs (filing_id, name, type, sha256, size, bytes, matched, confirmed_mismatch,
       attached_at, attached_by)
     VALUES (@filingId, @name, @type, @sha256, @size, @bytes, @matched, @confirmedMismatch, @at,
       @staffId)
     RETURNING id`,
  );
  const META = `SELECT p.id, p.filing_id, p.name, p.sha256, p.size, p.matched, p.confirmed_mismatch,
    p.attached_at, s.name AS staff_name FROM proofs p LEFT JOIN staff s ON s.id = p.attached_by`;
  const ofFiling = db.prepare(
    `${META} WHERE p.filing_id = ? AND p.removed_at IS NULL ORDER BY p.id DESC LIMIT 1`,
  );
  // An erased proof (privacy-repo) keeps its row with no bytes: there is nothing to open.
  const bytes = db.prepare(
    'SELECT name, type, bytes FROM proofs WHERE id = ? AND removed_at IS NULL AND length(bytes) > 0',
  );
  const stayOf = db
    .prepare(
      `SELECT n.stay_id FROM proofs p JOIN filings f ON f.id = p.filing_id
       JOIN notifications n ON n.id = f.notification_id WHERE p.id = ?`,
    )
    .pluck();
  const remove = db.prepare('UPDATE proofs SET removed_at = ?, remove_reason = ? WHERE id = ?');
  // Whom a PDF is for when it is not the expected guest (best effort, by index lookups).
  const byDocument = db.prepare(
    `SELECT g.surname, g.given_names, d.number FROM documents d JOIN guests g ON g.id = d.guest_id
     WHERE d.number = ? LIMIT 1`,
  );
  const byName = db.prepare(
    `SELECT surname, given_names FROM guests WHERE surname = ? COLLATE NOCASE
       AND given_names LIKE ? || '%' COLLATE NOCASE LIMIT 1`,
  );
  return {
    guestWithDocument: (number: string): string | null => {
      const r = byDocument.get(number) as
        { surname: string; given_names: string; number: string } | undefined;
      return r ? `${r.surname} ${r.given_names} (${r.number})`.trim() : null;
    },
    guestNamed: (surname: string, given: string): string | null => {
      const r = byName.get(surname, given) as { surname: string; given_names: string } | undefined;
      return r ? `${r.surname} ${r.given_names}`.trim() : null;
    },
    insert: (p: {
      filingId: number;
      name: string;
      /** A MIME type: a portal's PDF, or a scan or photo of a stamped paper notice. */
      type?: string;
      sha256: string;
      bytes: Uint8Array;
      matched: boolean;
      confirmedMismatch: boolean;
      at: string;
      staffId: number;
    }): number =>
      (
        insert.get({
          type: 'application/pdf',
          ...p,
          bytes: Buffer.from(p.bytes),
          size: p.bytes.byteLength,
          matched: p.matched ? 1 : 0,
          confirmedMismatch: p.confirmedMismatch ? 1 : 0,
        }) as { id: number }
      ).id,
    /** The proof in force for a filing. */
    ofFiling: (filingId: number): (ProofView & { filingId: number }) | null => {
      const r = ofFiling.get(filingId) as Row | undefined;
      return r ? toView(r) : null;
    },
    bytes: (id: number): { name: string; type: string; bytes: Uint8Array } | null => {
      const r = bytes.get(id) as { name: string; type: string; bytes: Buffer } | undefined;
      return r ? { name: r.name, type: r.type, bytes: new Uint8Array(r.bytes) } : null;
    },
    /** The stay a proof was filed for, or null when there is no such proof. */
    stayOf: (id: number): number | null => (stayOf.get(id) as number | undefined) ?? null,
    remove: (id: number, at: string, reason: string): void => {
      remove.run(at, reason, id);
    },
  };
}
export type ProofRepo = ReturnType<typeof createProofRepo>;
