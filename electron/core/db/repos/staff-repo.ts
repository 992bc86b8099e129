import type { Language, StaffMember } from '../../../../shared/contract';
import type { Db } from '../connection';

interface StaffRow {
  id: number;
  name: string;
  role: StaffMember['role'];
  language: Language | null;
}

export function createStaffRepo(db: Db) {
  const byId = db.prepare('SELECT id, name, role, language FROM staff WHERE id = ?');
  const firstOwner = db.prepare(
    "SELECT id, name, role, language FROM staff WHERE role = 'owner' AND active = 1 ORDER BY id LIMIT 1",
  );
  const insert = db.prepare(
    'INSERT INTO staff (name, role, created_at) VALUES (?, ?, ?) RETURNING id',
  );
  const setLanguage = db.prepare('UPDATE staff SET language = ? WHERE id = ?');
  const rename = db.prepare('UPDATE staff SET name = ? WHERE id = ?');
  const toMember = (r: StaffRow): StaffMember => ({ id: r.id, name: r.name, role: r.role });
  return {
    get: (id: number): StaffMember | null => {
      const r = byId.get(id) as StaffRow | undefined;
      return r ? toMember(r) : null;
    },
    language: (id: number): Language | null =>
      (byId.get(id) as StaffRow | undefined)?.language ?? null,
    firstOwner: (): StaffMember | null => {
      const r = firstOwner.get() as StaffRow | undefined;
      return r ? toMember(r) : null;
    },
    insert: (name: string, role: StaffMember['role'], at: string): number =>
      (insert.get(name, role, at) as { id: number }).id,
    setLanguage: (id: number, language: Language): void => {
      setLanguage.run(language, id);
    },
    rename: (id: number, name: string): void => {
      rename.run(name, id);
    },
  };
}
export type StaffRepo = ReturnType<typeof createStaffRepo>;
