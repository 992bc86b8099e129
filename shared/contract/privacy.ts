import { z } from 'zod';
import { emptyInput, languageSchema, text, type Language } from './common';
import { job, OWNERS, read, STAFF, write } from './define';
import type { FileRef } from './files';

// Personal data (Law No. 94-V; domain.md §7): the consent shown, a retention period with its
// purge, a guest's data exported or erased on request.

const id = z.number().int().positive();
/** Months after a guest's last stay ended; null: retention off (the default). */
const months = z.number().int().min(1).max(600).nullable();

export interface RetentionSettings {
  months: number | null;
}

/**
 * Why a guest's data may not go yet (issue 19): a notice or an order-923 task not filed, or a
 * filing whose proof PDF is missing. Without the name and document it could never be filed.
 */
export type OwedReason = 'notice_unfiled' | 'task_open' | 'proof_missing';

/** A guest past the retention cutoff whose data is kept because something is still owed. */
export interface KeptGuest {
  guestId: number;
  /** The guest's last stay (its panel shows what is owed). */
  stayId: number;
  surname: string;
  givenNames: string;
  /** The day the last stay ended (KZ date). */
  ended: string;
  reasons: OwedReason[];
}

/**
 * The copies of the database in the data folder (backups, the copies kept before an upgrade or a
 * restore) that still hold what is erased now: they keep it until they expire.
 */
export interface BackupsHolding {
  /** How many copies there are now. */
  copies: number;
  /**
   * The day the last of them will be gone (KZ date): each goes after the retention period, or
   * after the rotation's 12 months. Null when there is none, or when one never expires by itself
   * (a copy from before an upgrade or a restore, with no retention period set).
   */
  goneBy: string | null;
}

/** What a purge would erase (the preview) or did erase. */
export interface RetentionPreview {
  months: number;
  /** Guests whose last stay ended before this day (KZ date) are purged. */
  cutoff: string;
  guests: number;
  stays: number;
  proofs: number;
  /** The earliest and latest day on which an affected guest's last stay ended. */
  oldest: string | null;
  newest: string | null;
  /** Guests past the cutoff kept because something is still owed: how many, the first 50 named. */
  kept: { count: number; listed: KeptGuest[] };
  /** Copies older than the period, deleted by the purge. */
  backupsExpiring: number;
  /** The copies that will still hold the purged guests, and when the last of them goes. */
  backups: BackupsHolding;
}

/** What erasing one guest would leave owed, and which backups would still hold them. */
export interface ErasePlan {
  owed: Array<{
    notificationId: number;
    stayId: number;
    dueDate: string | null;
    reason: OwedReason;
  }>;
  backups: BackupsHolding;
}

/** The consent recorded at a stay's check-in, and the guest's erasure state. */
export interface StayPrivacy {
  guestId: number;
  consentAt: string | null;
  /** The language the consent's words were shown in at check-in (null before it was recorded). */
  consentLanguage: Language | null;
  /** Who took the consent (the staff member who checked the guest in). */
  consentBy: string | null;
  erasedAt: string | null;
}

export interface GuestExport {
  json: FileRef;
  pdf: FileRef;
  stays: number;
}

export interface EraseResult {
  guestId: number;
  stays: number;
  proofs: number;
  /** Audit entries whose personal part was erased (the chain still verifies). */
  auditRows: number;
}

export const privacyMethods = {
  /** The retention setting (off by default). */
  'privacy.settings': read<RetentionSettings>()(emptyInput, OWNERS),
  /** Sets or switches off the retention period. */
  'privacy.setRetention': write<RetentionSettings>()(z.object({ months }).strict(), OWNERS),
  /** How many guests, stays and proofs the retention period would purge now, oldest and newest. */
  'privacy.preview': read<RetentionPreview>()(
    z.object({ months: z.number().int().min(1).max(600) }).strict(),
    OWNERS,
  ),
  /** Purges what the saved retention period covers; `months` must be the saved one. */
  'privacy.purge': job<RetentionPreview>()(
    z.object({ months: z.number().int().min(1).max(600) }).strict(),
    OWNERS,
  ),
  /** The consent of a stay (text in the UI, time, who took it) and whether the guest was erased. */
  'privacy.stay': read<StayPrivacy>()(z.object({ stayId: id }).strict(), STAFF),
  /** Everything held about one guest, as a JSON file and a PDF. */
  'guests.exportData': job<GuestExport>()(
    z.object({ guestId: id, language: languageSchema }).strict(),
    OWNERS,
  ),
  /** Before erasing a guest: what is still owed for them, and the backups that keep them. */
  'guests.erasePlan': read<ErasePlan>()(z.object({ guestId: id }).strict(), OWNERS),
  /**
   * Erases one guest's personal data on request; `confirm` must be the guest's surname. A guest
   * with something still owed is erased only when asked again (`owedConfirmed`).
   */
  'guests.erase': write<EraseResult>()(
    z
      .object({
        guestId: id,
        confirm: text(100).min(1, { message: 'required' }),
        reason: text(500).min(1, { message: 'required' }),
        owedConfirmed: z.boolean().optional(),
      })
      .strict(),
    OWNERS,
  ),
};
