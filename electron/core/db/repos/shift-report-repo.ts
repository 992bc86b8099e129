import type { Language, ShiftReportView } from '../../../../shared/contract';
import type { Db } from '../connection';

interface Row {
  id: number;
  created_at: string;
  created_by: number | null;
  creator: string | null;
  language: Language;
  in_house: number;
  open: number;
  sha256: string;
  signed_at: string | null;
  signed_by: number | null;
  signer: string | null;
}

/** End-of-shift reports: what was listed, its fingerprint, and the night auditor's sign-off. */
export function createShiftReportRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO shift_reports (created_at, created_by, language, in_house, open, sha256)
     VALUES (@at, @staffId, @language, @inHouse, @open, @sha256) RETURNING id`,
  );
  const get = db.prepare(
    `SELECT r.*, c.name AS creator, s.name AS signer FROM shift_reports r
     LEFT JOIN staff c ON c.id = r.created_by LEFT JOIN staff s ON s.id = r.signed_by
     WHERE r.id = ?`,
  );
  const sign = db.prepare(
    'UPDATE shift_reports SET signed_at = ?, signed_by = ? WHERE id = ? AND signed_at IS NULL',
  );
  return {
    insert: (r: {
      at: string;
      staffId: number;
      language: Language;
      inHouse: number;
      open: number;
      sha256: string;
    }): number => (insert.get(r) as { id: number }).id,
    get: (id: number): ShiftReportView | null => {
      const r = get.get(id) as Row | undefined;
      if (!r) return null;
      return {
        id: r.id,
        createdAt: r.created_at,
        createdBy: r.created_by !== null ? { id: r.created_by, name: r.creator ?? '' } : null,
        language: r.language,
        inHouse: r.in_house,
        open: r.open,
        sha256: r.sha256,
        signedAt: r.signed_at,
        signedBy: r.signed_by !== null ? { id: r.signed_by, name: r.signer ?? '' } : null,
      };
    },
    /** False when it was already signed. */
    sign: (id: number, at: string, staffId: number): boolean =>
      sign.run(at, staffId, id).changes === 1,
  };
}
export type ShiftReportRepo = ReturnType<typeof createShiftReportRepo>;
