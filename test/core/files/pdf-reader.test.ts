import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/contract';
import { createPdfReader, type PdfReader } from '../../../electron/core/files/pdf-reader';
import { makePdf } from '../../helpers/pdf';

const refusal = (err: unknown) =>
  err instanceof AppFailure ? err.error.issues?.[0]?.code : String(err);

describe('the proof reader’s threads', () => {
  let reader: PdfReader;
  afterEach(() => reader?.close());

  it('stops a read past its time limit and says so', async () => {
    // No thread starts and loads pdf.js within a millisecond: the limit always strikes first.
    reader = createPdfReader({ timeoutMs: 1 });
    const pdf = await makePdf(['TAYLOR EMMA']);
    expect(await reader.read(pdf).catch(refusal)).toBe('proof.too_slow');
  });

  it('reads two files at once, each in its own thread', async () => {
    reader = createPdfReader();
    const [a, b] = await Promise.all([
      reader.read(await makePdf(['FIRST FILE'])),
      reader.read(await makePdf(['SECOND FILE'])),
    ]);
    expect([a.text, b.text, a.pages, b.pages]).toEqual([
      expect.stringContaining('FIRST FILE'),
      expect.stringContaining('SECOND FILE'),
      1,
      1,
    ]);
  });
});
