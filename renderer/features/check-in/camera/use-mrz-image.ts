import { useCallback, useState } from 'react';
import type { MrzDoubt, MrzField, MrzResult } from '../../../../shared/documents/mrz';
import { call } from '../../../api/client';

/** Where reading a picture stands, for the desk to see. */
export type ImageStatus =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** `doubtful`: a field of the zone needs comparing with the page (the form shows which). */
  | { kind: 'read'; doubtful: boolean }
  | { kind: 'no_zone' }
  | { kind: 'not_an_image' }
  | { kind: 'unreadable'; fields: MrzField[] }
  | { kind: 'failed' };

export type ImageOutcome =
  | { kind: 'valid'; result: MrzResult; lines: string[]; doubtful: MrzDoubt[] }
  | Exclude<ImageStatus, { kind: 'idle' | 'reading' | 'read' }>;

/** Sends one picture to the core and says what came of it; only a valid zone is `valid`. */
export async function readImage(image: string): Promise<ImageOutcome> {
  try {
    const reading = await call('documents.readMrzImage', { image });
    if (reading.kind !== 'read') return { kind: reading.kind };
    if (reading.result.valid) {
      const { result, lines, doubtful } = reading;
      return { kind: 'valid', result, lines, doubtful };
    }
    const fields = [...new Set(reading.result.errors.map((issue) => issue.field))];
    return { kind: 'unreadable', fields };
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
        setStatus({ kind: 'read', doubtful: outcome.doubtful.length > 0 });
      } else {
        setStatus(outcome);
      }
    },
    [onValid],
  );
  return { status, read, setStatus };
}
