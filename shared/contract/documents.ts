import { z } from 'zod';
import type { MrzDoubt, MrzResult } from '../documents/mrz-types';
import { read, STAFF } from './define';

// A phone photo, shrunk by the renderer before sending, is well under this; the web bridge's
// body cap (25 MB) stays above it.
export const MAX_IMAGE_BASE64 = 16 * 1024 * 1024;

/** What a photo or camera frame gave: the zone as read, or why there is none. */
export type MrzImageReading =
  | { kind: 'read'; lines: string[]; result: MrzResult; doubtful: MrzDoubt[] }
  | { kind: 'no_zone' }
  | { kind: 'not_an_image' }
  /** A camera frame taken while the page moved, refused before recognition. */
  | { kind: 'blurred' };

export const documentsMethods = {
  /**
   * Reads the machine-readable zone in a photo or camera frame (JPEG, PNG or WebP bytes as
   * base64). The picture is read in memory and dropped: never stored (domain.md §7). The
   * zone's fields the check digits cannot settle come back in `doubtful`.
   */
  'documents.readMrzImage': read<MrzImageReading>()(
    z
      .object({
        image: z.base64().min(1).max(MAX_IMAGE_BASE64),
        /** A live camera frame: refused as `blurred` when the page moved while it was taken. */
        frame: z.boolean().optional(),
      })
      .strict(),
    STAFF,
  ),
};
