import { readMrz, type IsoDate, type MrzResult } from '../../../shared/documents/mrz';
import { correctMrzLines, findMrzLines, type SeenZone } from '../../../shared/documents/mrz-ocr';
import type { MrzOcr } from './ocr-engine';
import { prepareZoneImages, UnreadableImage } from './prepare';

const NOT_A_ZONE_FIELDS = 4;

export type MrzImageReading =
  | { kind: 'read'; lines: string[]; result: MrzResult }
  /** Recognition found no zone of 2 × 44, 2 × 36 or 3 × 30 characters in the picture. */
  | { kind: 'no_zone' }
  /** The bytes are not a picture sharp can decode. */
  | { kind: 'not_an_image' };

/**
 * Reads the machine-readable zone in a photo or camera frame. Each prepared cut of the picture
 * is recognised in turn, each recognition voting with the earlier ones, until a zone whose check
 * digits all hold comes out; else the reading with the fewest errors is returned, for the caller
 * to say which field could not be read.
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
  let best: { lines: string[]; result: MrzResult } | null = null;
  const seen: SeenZone[] = [];
  for (const image of images) {
    const found = findMrzLines(await ocr.recognise(image));
    if (!found) continue;
    seen.push(found);
    const earlier = seen.slice(0, -1).filter((each) => each.format === found.format);
    // The latest recognition leads: the earlier ones only vote.
    const lines = correctMrzLines(found.format, [found, ...earlier]);
    const result = readMrz(lines, opts);
    if (result.valid) return { kind: 'read', lines, result };
    if (best === null || result.errors.length < best.result.errors.length) best = { lines, result };
  }
  // Most fields wrong is not a misread zone but text (or paper grain) taken for one.
  const wrongFields = new Set(best?.result.errors.map((issue) => issue.field));
  if (best === null || wrongFields.size > NOT_A_ZONE_FIELDS) return { kind: 'no_zone' };
  return { kind: 'read', ...best };
}
