import { useCallback, useState } from 'react';
import type { MrzField, MrzResult } from '../../../../shared/documents/mrz';
import { call } from '../../../api/client';

/** Where reading a picture stands, for the desk to see. */
export type ImageStatus =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'read' }
  | { kind: 'no_zone' }
  | { kind: 'not_an_image' }
  | { kind: 'unreadable'; fields: MrzField[] }
  | { kind: 'failed' };

export type ImageOutcome =
  | { kind: 'valid'; result: MrzResult; lines: string[] }
  | Exclude<ImageStatus, { kind: 'idle' | 'reading' | 'read' }>;

/** Sends one picture to the core and says what came of it; only a valid zone is `valid`. */
export async function readImage(image: string): Promise<ImageOutcome> {
  try {
    const reading = await call('documents.readMrzImage', { image });
    if (reading.kind !== 'read') return { kind: reading.kind };
    if (reading.result.valid)
      return { kind: 'valid', result: reading.result, lines: reading.lines };
    const fields = [...new Set(reading.result.errors.map((issue) => issue.field))];
    return { kind: 'unreadable', fields };
  } catch {
    return { kind: 'failed' };
  }
}

/** The status of the latest picture, and a reader that updates it. */
export function useMrzImage(onValid: (result: MrzResult, lines: string[]) => void) {
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
        onValid(outcome.result, outcome.lines);
        setStatus({ kind: 'read' });
      } else {
        setStatus(outcome);
      }
    },
    [onValid],
  );
  return { status, read, setStatus };
}
