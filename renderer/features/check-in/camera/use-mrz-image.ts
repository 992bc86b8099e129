import { useCallback, useState } from 'react';
import type { MrzDoubt, MrzField, MrzResult } from '../../../../shared/documents/mrz';
import { call } from '../../../api/client';

/** Where reading a picture stands, for the desk to see. */
export type ImageStatus =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** `doubtful`: a field of the zone needs comparing with the page (the form shows which). */
  | { kind: 'read'; doubtful: boolean; source: 'photo' | 'camera' }
  | { kind: 'no_zone' }
  | { kind: 'not_an_image' }
  | { kind: 'unreadable'; fields: MrzField[] }
  | { kind: 'failed' };

export type ImageOutcome =
  | { kind: 'valid'; result: MrzResult; lines: string[]; doubtful: MrzDoubt[] }
  /** `lines`: what was read, for the camera to vote with over the next frames. */
  | { kind: 'unreadable'; fields: MrzField[]; lines: string[] }
  /** A camera frame taken while the page moved (only when `frame`). */
  | { kind: 'blurred' }
  | Exclude<ImageStatus, { kind: 'idle' | 'reading' | 'read' | 'unreadable' }>;

/**
 * Sends one picture to the core and says what came of it; only a valid zone is `valid`.
 * `frame`: a live camera frame, refused as `blurred` when the page moved.
 */
export async function readImage(image: string, frame = false): Promise<ImageOutcome> {
  try {
    const reading = await call('documents.readMrzImage', frame ? { image, frame } : { image });
    if (reading.kind !== 'read') return { kind: reading.kind };
    if (reading.result.valid) {
      const { result, lines, doubtful } = reading;
      return { kind: 'valid', result, lines, doubtful };
    }
    const fields = [...new Set(reading.result.errors.map((issue) => issue.field))];
    return { kind: 'unreadable', fields, lines: reading.lines };
  } catch {
    return { kind: 'failed' };
  }
}

export type OnImageRead = (result: MrzResult, lines: string[], doubtful: MrzDoubt[]) => void;

/** The status of the latest picture, and a reader that updates it. */
export function useMrzImage(onValid: OnImageRead) {
  const [status, setStatus] = useState<ImageStatus>({ kind: 'idle' });
  const read = useCallback(
    async (image: Promise<string>) => {
      setStatus({ kind: 'reading' });
      let outcome: ImageOutcome;
      try {
        outcome = await readImage(await image);
      } catch {
        outcome = { kind: 'not_an_image' };
      }
      if (outcome.kind === 'valid') {
        onValid(outcome.result, outcome.lines, outcome.doubtful);
        setStatus({ kind: 'read', doubtful: outcome.doubtful.length > 0, source: 'photo' });
      } else if (outcome.kind === 'unreadable') {
        setStatus({ kind: 'unreadable', fields: outcome.fields });
      } else {
        // A photo is never refused for motion (only camera frames are): no zone, if ever.
        setStatus(outcome.kind === 'blurred' ? { kind: 'no_zone' } : outcome);
      }
    },
    [onValid],
  );
  return { status, read, setStatus };
}
