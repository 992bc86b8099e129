import type { RuleSettings } from '../../../shared/rules';
import type { Db } from '../db/connection';
import type { Repos } from '../db/repos';
import type { CalendarCache } from './calendar-cache';
import type { FileStore } from '../files/file-store';

/** What every service is built from; no service knows which transport called it. */
export interface ServiceDeps {
  db: Db;
  repos: Repos;
  calendar: CalendarCache;
  /** The rule settings in force (the editable 90-day visa-free list). */
  ruleSettings: () => RuleSettings;
  version: string;
  schemaVersion: number;
  dbPath: string;
  files: FileStore;
}
