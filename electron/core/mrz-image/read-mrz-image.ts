import {
  readMrz,
  type IsoDate,
  type MrzDoubt,
  type MrzResult,
} from '../../../shared/documents/mrz';
import {
  correctMrzLines,
  findDoubts,
  findMrzLines,
  type SeenZone,
} from '../../../shared/documents/mrz-ocr';
import type { MrzOcr } from './ocr-engine';
import { prepareZoneImages, UnreadableImage } from './prepare';

const NOT_A_ZONE_FIELDS = 4;

export type MrzImageReading =
  /**
   * `doubtful` lists the fields of letters and digits whose twin-shaped characters the check
   * digits cannot settle: the reading is unconfirmed until the desk compares them with the page.
   */
  | { kind: 'read'; lines: string[]; result: MrzResult; doubtful: MrzDoubt[] }
  /** Recognition found no zone of 2 × 44, 2 × 36 or 3 × 30 characters in the picture. */
  | { kind: 'no_zone' }
  /** The bytes are not a picture sharp can decode. */
  | { kind: 'not_an_image' };

/**
 * Reads the machine-readable zone in a photo or camera frame. Each prepared cut of the picture
 * is recognised in turn, each recognition voting with the earlier ones, until a zone whose check
 * digits all hold comes out; else the reading with the fewest errors is returned, for the caller
 * to say which field could not be read. A zone that holds but has a field the check digits
 * cannot settle is recognised in the remaining cuts too, for what they saw to widen and order
 * the other readings offered; it stays doubtful whatever they say (findDoubts says why).
 */
export async function readMrzImage(
  ocr: MrzOcr,
  bytes: Uint8Array,
  opts: { today?: IsoDate } = {},
): Promise<MrzImageReading> {
  let images: Buffer[];
  try {
    images = await prepareZoneImages(bytes);
  } catch (err) {
    if (err instanceof UnreadableImage) return { kind: 'not_an_image' };
    throw err;
  }
  let best: { lines: string[]; result: MrzResult; seen: SeenZone[] } | null = null;
  const seen: SeenZone[] = [];
  for (const [index, image] of images.entries()) {
    const found = findMrzLines(await ocr.recognise(image));
    if (!found) continue;
    seen.push(found);
    const earlier = seen.slice(0, -1).filter((each) => each.format === found.format);
    // The latest recognition leads: the earlier ones only vote.
    const voters = [found, ...earlier];
    const lines = correctMrzLines(found.format, voters);
    const result = readMrz(lines, opts);
    if (result.valid) {
      const rest = images.slice(index + 1);
      return { kind: 'read', lines, result, ...(await doubtsOf(ocr, lines, voters, rest)) };
    }
    if (best === null || result.errors.length < best.result.errors.length) {
      best = { lines, result, seen: voters };
    }
  }
  // Most fields wrong is not a misread zone but text (or paper grain) taken for one.
  const wrongFields = new Set(best?.result.errors.map((issue) => issue.field));
  if (best === null || wrongFields.size > NOT_A_ZONE_FIELDS) return { kind: 'no_zone' };
  const format = best.result.format;
  const doubtful = format === null ? [] : findDoubts(format, best.lines, best.seen);
  return { kind: 'read', lines: best.lines, result: best.result, doubtful };
}

/** The doubtful fields of a zone that holds, with the remaining cuts' readings heard first. */
async function doubtsOf(
  ocr: MrzOcr,
  lines: string[],
  voters: SeenZone[],
  rest: Buffer[],
): Promise<{ doubtful: MrzDoubt[] }> {
  const format = voters[0]!.format;
  let doubtful = findDoubts(format, lines, voters);
  if (doubtful.length === 0 || rest.length === 0) return { doubtful };
  const more = [...voters];
  for (const image of rest) {
    const found = findMrzLines(await ocr.recognise(image));
    if (found?.format === format) more.push(found);
  }
  doubtful = findDoubts(format, lines, more);
  return { doubtful };
}
