import Database from 'better-sqlite3';
import type { ExportFormat, Language, ReportRange } from '../../../shared/contract';
import type { YearSpec } from '../../../shared/rules/calendar-types';
import { readSnapshot } from '../db/read-snapshot';
import { createRepos } from '../db/repos';
import { createCalendarCache } from '../services/calendar-cache';
import { registerDocument } from '../services/reports-service';
import type { Progress } from './document';
import { exportToBuffer } from './register-export';

/** A register export handed to the core's worker thread (issue 21: exports off the desk). */
export interface ExportTask {
  /** The live database, opened read-only by the thread's own connection. */
  dbFile: string;
  range: ReportRange;
  format: ExportFormat;
  language: Language;
  /** The instant the export was asked for (ISO): overdue and late are counted to its day. */
  now: string;
  /** The calendar's year tables in use (the shipped ones unless a test passes others). */
  years?: readonly YearSpec[];
}

/**
 * The register file in the worker thread: the same rows, words and writers as in the desk's
 * process (`registerDocument`, `exportToBuffer`), read in one snapshot by a read-only connection,
 * so a year's register (a second's query and writing at a million stays) never holds the desk.
 */
export async function exportRegisterFile(
  task: ExportTask,
  onProgress?: Progress,
): Promise<{ bytes: Buffer; rows: number }> {
  const db = new Database(task.dbFile, { readonly: true, fileMustExist: true });
  try {
    const repos = createRepos(db);
    const calendar = createCalendarCache(repos.calendar, repos.settings, task.years);
    // One snapshot for the rows and the hotel's own lines.
    const doc = readSnapshot(db, () =>
      registerDocument({ repos, calendar }, task.range, task.language, new Date(task.now)),
    );
    onProgress?.(0, doc.rows.length);
    const bytes = await exportToBuffer(doc, task.format, onProgress);
    return { bytes, rows: doc.rows.length };
  } finally {
    db.close();
  }
}
