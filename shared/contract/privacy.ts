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
  /** Erases one guest's personal data on request; `confirm` must be the guest's surname. */
  'guests.erase': write<EraseResult>()(
    z
      .object({
        guestId: id,
        confirm: text(100).min(1, { message: 'required' }),
        reason: text(500).min(1, { message: 'required' }),
      })
      .strict(),
    OWNERS,
  ),
};
