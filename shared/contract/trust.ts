import { z } from 'zod';
import { emptyInput, instantSchema } from './common';
import { job, read, STAFF, OWNERS } from './define';
import { fileIdSchema, type FileRef } from './files';
import type { AuditEntry } from './app';

/** Why the audit chain no longer holds (each explained in electron/core/db/audit/verify.ts). */
export type ChainBreakReason =
  | 'hash'
  | 'personal'
  | 'erased_unrecorded'
  | 'mac'
  | 'unkeyed'
  | 'truncated'
  | 'head_mismatch'
  | 'head_forged'
  | 'key_missing'
  | 'state';

/** The audit chain's state, as the verifier found it at start. */
export interface ChainStatus {
  ok: boolean;
  rows: number;
  /** The first row from which the chain no longer holds, or null. */
  firstBadRow: number | null;
  /** Why it no longer holds, or null. */
  reason?: ChainBreakReason | null;
  /** When the check ran (ISO instant). */
  checkedAt: string;
}

const id = z.number().int().positive();

export const auditQuery = z
  .object({
    guestId: id.optional(),
    staffId: id.optional(),
    /** A time range [from, to): a day or a shift. */
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    /** Keyset paging: entries older than this id. */
    beforeId: id.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditQuery = z.output<typeof auditQuery>;

export interface AuditPage {
  entries: AuditEntry[];
  /** The id to pass as `beforeId` for the next page, or null at the end. */
  nextBeforeId: number | null;
}

export const trustMethods = {
  /** Whether the audit chain held when the app started, and from which row on it does not. */
  'audit.status': read<ChainStatus>()(emptyInput, STAFF),
  /** The audit trail, newest first, by guest, staff member and time range (day or shift). */
  'audit.browse': read<AuditPage>()(auditQuery, OWNERS),
  /** The staff members who appear in the trail. */
  'audit.staff': read<Array<{ id: number; name: string }>>()(emptyInput, OWNERS),
  /** The backups in the data folder, newest first, each with its date, counts and checks. */
  'backup.list': read<BackupInfo[]>()(emptyInput, OWNERS),
  // Backups write files, not rows: jobs, outside any transaction (the online backup copies pages
  // between other work), audited once by the job runner when they end.
  /** Take a backup now into the data folder. */
  'backup.create': job<BackupInfo>()(emptyInput, OWNERS),
  /** Put a backup from the data folder in the database's place, keeping the current file aside. */
  'backup.restore': job<RestoreResult>()(
    z
      .object({
        // The kind after the time: none for an automatic backup, `-manual` for one asked for.
        name: z.string().regex(/^tirkeu-[0-9T-]+Z(?:-[a-z-]+)?\.db$/, { message: 'invalid_value' }),
      })
      .strict(),
    OWNERS,
  ),
  /** Take a checked backup and hand it out as a file (a download, or saved where the user picks). */
  'backup.download': job<{ file: FileRef; backup: BackupInfo }>()(emptyInput, OWNERS),
  /** Check an uploaded backup (a USB stick): a Tirkeu database, whole, chain holding, not newer. */
  'backup.inspectFile': read<BackupInfo>()(z.object({ fileId: fileIdSchema }).strict(), OWNERS),
  /** Put an uploaded backup in the database's place after the same checks, keeping the current aside. */
  'backup.restoreFile': job<RestoreResult>()(z.object({ fileId: fileIdSchema }).strict(), OWNERS),
};

export interface RestoreResult {
  restored: BackupInfo;
  /** Where the database that was replaced was kept (its file name), or null. */
  keptAside: string | null;
}

/** One backup file and what it holds, as checked when listed. */
export interface BackupInfo {
  file: string;
  name: string;
  /** When it was taken (ISO instant). */
  takenAt: string;
  size: number;
  /** Passed `integrity_check` and the audit chain: it may be restored. */
  good: boolean;
  counts: { guests: number; stays: number; notices: number; auditRows: number } | null;
  chain: {
    ok: boolean;
    rows: number;
    firstBadRow: number | null;
    /** The chain's last row in the copy: what its manifest (`<backup>.head`) records. */
    head?: { id: number; hash: string };
  } | null;
  /**
   * How far it was checked: `full` (`integrity_check` and the whole chain walked), or only as a
   * fresh copy (`copy`: it opens as ours, its schema and counts, its chain's last row) while its
   * full check is still to come. Absent on a copy that was not good.
   */
  checked?: 'copy' | 'full';
}
