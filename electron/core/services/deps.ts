import type { RuleSettings } from '../../../shared/rules';
import type { Db } from '../db/connection';
import type { Repos } from '../db/repos';
import type { CalendarCache } from './calendar-cache';
import type { FileStore } from '../files/file-store';
import type { PdfReader } from '../files/pdf-reader';

/** What every service is built from; no service knows which transport called it. */
export interface ServiceDeps {
  db: Db;
  repos: Repos;
  calendar: CalendarCache;
  /** The rule settings in force (the editable 90-day visa-free list). */
  ruleSettings: () => RuleSettings;
  /** The edition of the calendar and rules data in use (shared/rules RULES_DATA_VERSION). */
  rulesVersion: number;
  version: string;
  schemaVersion: number;
  dbPath: string;
  files: FileStore;
  /** Reads proof PDFs off the core's thread, within limits (files/pdf-reader.ts). */
  pdf: PdfReader;
}
