import type { DocumentInput, PersonInput } from '../../../../shared/contract';
import type { Db } from '../connection';

/** A guests row as stored (the privacy repo reads the whole row for an export). */
export interface GuestRow {
  id: number;
  surname: string;
  given_names: string;
  patronymic: string;
  citizenship: string;
  birth_date: string | null;
  sex: 'M' | 'F' | 'X' | null;
  phone: string;
  email: string;
}

interface DocumentRow {
  id: number;
  guest_id: number;
  type_code: string;
  number: string;
  series: string;
  issuing_state: string;
  issue_date: string | null;
  expiry_date: string | null;
}

export type StoredDocument = DocumentInput & { id: number; guestId: number };

/** More records with one surname and birth date than this is no longer a family: read no more. */
const MAX_TWINS = 500;

interface GuestRowSeen extends GuestRow {
  updated_at: string;
}

const toPerson = (r: GuestRow): PersonInput => ({
  surname: r.surname,
  givenNames: r.given_names,
  patronymic: r.patronymic,
  citizenship: r.citizenship,
  birthDate: r.birth_date,
  sex: r.sex,
  phone: r.phone,
  email: r.email,
});

const toDocument = (r: DocumentRow): StoredDocument => ({
  id: r.id,
  guestId: r.guest_id,
  typeCode: r.type_code as DocumentInput['typeCode'],
  number: r.number,
  series: r.series,
  issuingState: r.issuing_state,
  issueDate: r.issue_date,
  expiryDate: r.expiry_date,
});

/**
 * A returning guest by surname and birth date, through guests_by_birth_name (migration 0008).
 * Every match, read in index order: people sharing a surname and a birth date are twins, a few
 * rows at most, and an ORDER BY here made SQLite build a sorter on every check-in, several
 * times the cost of the seek. byNameAndBirth orders them, most recently seen first.
 */
export const BY_NAME_AND_BIRTH = `SELECT * FROM guests WHERE surname = ? COLLATE NOCASE
  AND birth_date = ? LIMIT ${MAX_TWINS}`;

/** Guests (people) and their identity documents; a person keeps one record across stays. */
export function createGuestRepo(db: Db) {
  const insertGuest = db.prepare(
    `INSERT INTO guests (surname, given_names, patronymic, citizenship, birth_date, sex, phone,
       email, created_at, updated_at)
     VALUES (@surname, @givenNames, @patronymic, @citizenship, @birthDate, @sex, @phone, @email,
       @at, @at) RETURNING *`,
  );
  const updateGuest = db.prepare(
    `UPDATE guests SET surname = @surname, given_names = @givenNames, patronymic = @patronymic,
       citizenship = @citizenship, birth_date = @birthDate, sex = @sex, phone = @phone,
       email = @email, updated_at = @at WHERE id = @id RETURNING *`,
  );
  const guestById = db.prepare('SELECT * FROM guests WHERE id = ?');
  const docById = db.prepare('SELECT * FROM documents WHERE id = ?');
  const docByKey = db.prepare('SELECT * FROM documents WHERE issuing_state = ? AND number = ?');
  const docsByNumber = db.prepare(
    'SELECT * FROM documents WHERE number = ? ORDER BY id DESC LIMIT 20',
  );
  const docsOfGuest = db.prepare('SELECT * FROM documents WHERE guest_id = ? ORDER BY id DESC');
  const byNameBirth = db.prepare(BY_NAME_AND_BIRTH);
  const byNamePrefix = db.prepare(
    `SELECT * FROM guests WHERE surname = ? COLLATE NOCASE AND given_names LIKE ? ESCAPE '\\'
     ORDER BY updated_at DESC LIMIT 20`,
  );
  const insertDoc = db.prepare(
    `INSERT INTO documents (guest_id, type_code, number, series, issuing_state, issue_date,
       expiry_date, created_at)
     VALUES (@guestId, @typeCode, @number, @series, @issuingState, @issueDate, @expiryDate, @at)
     RETURNING *`,
  );
  const updateDoc = db.prepare(
    `UPDATE documents SET type_code = @typeCode, number = @number, series = @series,
       issuing_state = @issuingState, issue_date = @issueDate, expiry_date = @expiryDate
     WHERE id = @id RETURNING *`,
  );
  // Writes return the row as stored, mapped as the reads map it: what a check-in shows back is
  // what a later read of the same rows would show.
  return {
    insert: (p: PersonInput, at: string): { id: number; person: PersonInput } => {
      const r = insertGuest.get({ ...p, at }) as GuestRow;
      return { id: r.id, person: toPerson(r) };
    },
    update: (id: number, p: PersonInput, at: string): PersonInput | null => {
      const r = updateGuest.get({ ...p, at, id }) as GuestRow | undefined;
      return r ? toPerson(r) : null;
    },
    get: (id: number): PersonInput | null => {
      const r = guestById.get(id) as GuestRow | undefined;
      return r ? toPerson(r) : null;
    },
    document: (id: number): StoredDocument | null => {
      const r = docById.get(id) as DocumentRow | undefined;
      return r ? toDocument(r) : null;
    },
    documentByKey: (issuingState: string, number: string): StoredDocument | null => {
      const r = docByKey.get(issuingState, number) as DocumentRow | undefined;
      return r ? toDocument(r) : null;
    },
    documentsByNumber: (number: string): StoredDocument[] =>
      (docsByNumber.all(number) as DocumentRow[]).map(toDocument),
    documentsOf: (guestId: number): StoredDocument[] =>
      (docsOfGuest.all(guestId) as DocumentRow[]).map(toDocument),
    byNameAndBirth: (
      surname: string,
      birthDate: string,
    ): Array<{ id: number; person: PersonInput }> =>
      (byNameBirth.all(surname, birthDate) as GuestRowSeen[])
        .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0))
        .slice(0, 20)
        .map((r) => ({ id: r.id, person: toPerson(r) })),
    byName: (surname: string, givenPrefix: string): Array<{ id: number; person: PersonInput }> =>
      (byNamePrefix.all(surname, givenPrefix.replace(/[\\%_]/g, '\\$&') + '%') as GuestRow[]).map(
        (r) => ({ id: r.id, person: toPerson(r) }),
      ),
    insertDocument: (guestId: number, d: DocumentInput, at: string): StoredDocument =>
      toDocument(insertDoc.get({ ...d, guestId, at }) as DocumentRow),
    updateDocument: (id: number, d: DocumentInput): StoredDocument | null => {
      const r = updateDoc.get({ ...d, id }) as DocumentRow | undefined;
      return r ? toDocument(r) : null;
    },
  };
}
export type GuestRepo = ReturnType<typeof createGuestRepo>;
