import type { Writable } from 'node:stream';
import {
  type Language,
  type RegisterRow,
  type RegisterTotals,
  type ReportRange,
} from '../../../shared/contract';
import type { Translate } from './register-columns';

/**
 * A register's rows: an array, or rows read from the database again at each pass (the command
 * line's export, which streams a year of them to the file without holding them).
 */
export interface RegisterRows extends Iterable<RegisterRow> {
  readonly length: number;
}

/** Everything a register file is made from: rows and words, no database, no transport. */
export interface RegisterDocument<Rows extends RegisterRows = RegisterRows> {
  /** Passed over once by the CSV, twice by the XLSX (the widths come first in its file). */
  rows: Rows;
  totals: RegisterTotals;
  range: ReportRange;
  hotel: { name: string; bin: string; address: string };
  /** Two or more places of stay: a place column after the room (domain.md §10, "Per place"). */
  byPlace?: boolean;
  /**
   * The consolidated register of several properties (issue 25): a property column first, its
   * rows grouped by property, and each property's totals after the whole register's.
   */
  byProperty?: ReadonlyArray<{ name: string; totals: RegisterTotals }>;
  lang: Language;
  t: Translate;
  printedAt: Date;
}

/** Told now and then how many rows are written, so a long export can show its progress. */
export type Progress = (done: number, total: number) => void;

export type RegisterWriter = (
  doc: RegisterDocument,
  out: Writable,
  onProgress?: Progress,
) => Promise<void>;

export const PROGRESS_EVERY = 500;

/** Writes and waits when the stream asks to, so a year's register never piles up in memory. */
export function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(chunk, (err) => {
      if (err) reject(err);
    });
    if (ok) resolve();
    else out.once('drain', resolve);
  });
}

export function endStream(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    out.end(resolve);
  });
}
