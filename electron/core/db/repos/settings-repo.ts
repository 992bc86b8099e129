import type { Db } from '../connection';

/** Hotel-wide settings as JSON values under a key (rule lists, retention, ...). */
export function createSettingsRepo(db: Db) {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get<T>(key: string): T | null {
      const r = get.get(key) as { value: string } | undefined;
      return r ? (JSON.parse(r.value) as T) : null;
    },
    put(key: string, value: unknown): void {
      put.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
