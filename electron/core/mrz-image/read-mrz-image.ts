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
  type Settled,
} from '../../../shared/documents/mrz-ocr';
import { twinsOf } from '../../../shared/documents/mrz-twins';
import type { MrzFormat } from '../../../shared/documents/mrz-types';
import { asGlyphLines, classifyZone, type ClassifiedGlyph } from './ocrb-classifier';
import { motionSmear } from './grey-image';
import type { MrzOcr } from './ocr-engine';
import { locateZone, prepareZoneImages, UnreadableImage, type LocatedZone } from './prepare';

const NOT_A_ZONE_FIELDS = 4;

/**
 * How far the OCR-B classifier's best template must lead the best template of a twin shape
 * (0/O/Q/D, 1/I, 2/Z, 5/S, 6/G, 8/B, 8/S, 3/S) for that character to be settled without the
 * desk: the twins' other readings are then not offered, nor tesseract's when it differs only
 * in such twins. Measured on the generated set (bench/mrz-set.ts, 130 pictures, 1,140 twin
 * characters in the fields of letters and digits): the 3 the classifier read wrong led their
 * twin by at most 0.021; those it read right by 0.028 at least, 0.113 at the 5th percentile,
 * 0.256 at the median. 0.06 is three times the largest wrong lead; no read came out wrong and
 * clean with it.
 */
export const SETTLE_MARGIN = 0.06;

export type MrzImageReading =
  /**
   * `doubtful` lists the fields of letters and digits whose twin-shaped characters the check
   * digits cannot settle: the reading is unconfirmed until the desk compares them with the page.
   */
  | { kind: 'read'; lines: string[]; result: MrzResult; doubtful: MrzDoubt[] }
  /** Recognition found no zone of 2 × 44, 2 × 36 or 3 × 30 characters in the picture. */
  | { kind: 'no_zone' }
  /** The bytes are not a picture sharp can decode. */
  | { kind: 'not_an_image' }
  /** A camera frame taken while the page moved: refused before recognition (`frame` only). */
  | { kind: 'blurred' };

/**
 * A camera frame whose band is smeared more than this in one direction (motionSmear: 0 as
 * printed, 1 every edge along one line) was taken while the page moved. On the generated set a
 * page smeared over 14 px of 640 scores 0.54–0.71, and every picture read (blurred, noisy,
 * dim, shadowed, small, JPEG) at most 0.13.
 */
export const MOTION_SMEAR_LIMIT = 0.3;

export interface ReadOptions {
  today?: IsoDate;
  /** A camera frame: refused as `blurred` when the page moved (another frame follows). */
  frame?: boolean;
  /** SETTLE_MARGIN unless measuring (Infinity: the classifier never settles a twin). */
  settleMargin?: number;
}

/** The classifier's lead at a position over the best twin of `char` (−∞ when it read another). */
export function twinMargin(glyph: ClassifiedGlyph, char: string): number {
  if (glyph.char !== char) return -Infinity;
  let twin = -Infinity;
  for (const other of twinsOf(char)) {
    if (other !== char && glyph.scores[other] !== undefined) {
      twin = Math.max(twin, glyph.scores[other]);
    }
  }
  return twin === -Infinity ? glyph.margin : glyph.score - twin;
}

/** The OCR-B classifier's reading of the located band, once per format asked for. */
function classifierOf(located: LocatedZone) {
  const memo = new Map<MrzFormat, ClassifiedGlyph[][] | null>();
  return (format: MrzFormat) => {
    if (!memo.has(format)) {
      memo.set(format, located.zone ? classifyZone(located.straight, located.zone, format) : null);
    }
    return memo.get(format)!;
  };
}

/**
 * Reads the machine-readable zone in a photo or camera frame, with two recognisers: tesseract
 * on prepared cuts of the picture, and the OCR-B template classifier on the band's character
 * cells (ocrb-classifier.ts). The classifier's reading leads and tesseract's vote; the check
 * digits choose between them per field (correctMrzLines). A zone that holds but has a field the
 * check digits cannot settle stays doubtful (findDoubts), except at the characters the
 * classifier is sure of (SETTLE_MARGIN over the twin's template), and always when the two
 * recognisers both hold and disagree. When tesseract finds no zone that holds, the classifier's
 * reading alone is tried.
 */
export async function readMrzImage(
  ocr: MrzOcr,
  bytes: Uint8Array,
  opts: ReadOptions = {},
): Promise<MrzImageReading> {
  let located: LocatedZone;
  try {
    located = await locateZone(bytes);
  } catch (err) {
    if (err instanceof UnreadableImage) return { kind: 'not_an_image' };
    throw err;
  }
  if (opts.frame) {
    // The band, or when the smear hid it, the lower half of the frame where it should be.
    const { straight } = located;
    const half = Math.floor(straight.height / 2);
    const where = located.zone ?? [
      { top: half, bottom: straight.height - 1, left: 1, right: straight.width - 1 },
    ];
    if (motionSmear(straight, where) > MOTION_SMEAR_LIMIT) return { kind: 'blurred' };
  }
  const images = await prepareZoneImages(located);
  const classify = classifierOf(located);
  const margin = opts.settleMargin ?? SETTLE_MARGIN;
  const settledBy =
    (format: MrzFormat): Settled =>
    (line, column, char) => {
      const glyph = classify(format)?.[line]?.[column];
      return glyph !== undefined && twinMargin(glyph, char) >= margin;
    };
  const classifierZone = (format: MrzFormat): SeenZone[] => {
    const zone = classify(format);
    return zone ? [{ format, lines: asGlyphLines(zone, margin) }] : [];
  };
  const today = opts.today === undefined ? {} : { today: opts.today };

  let best: { lines: string[]; result: MrzResult; seen: SeenZone[] } | null = null;
  const consider = (lines: string[], result: MrzResult, seen: SeenZone[]) => {
    if (best === null || result.errors.length < best.result.errors.length) {
      best = { lines, result, seen };
    }
  };
  const seen: SeenZone[] = [];
  for (const [index, image] of images.entries()) {
    const found = findMrzLines(await ocr.recognise(image));
    if (!found) continue;
    seen.push(found);
    const earlier = seen.slice(0, -1).filter((each) => each.format === found.format);
    // The classifier leads; the latest recognition, then the earlier ones, vote.
    const voters = [...classifierZone(found.format), found, ...earlier];
    const lines = correctMrzLines(found.format, voters);
    const result = readMrz(lines, today);
    if (result.valid) {
      const rest = images.slice(index + 1);
      const doubtful = await doubtsOf(ocr, lines, voters, rest, settledBy(found.format));
      return { kind: 'read', lines, result, doubtful };
    }
    consider(lines, result, voters);
  }
  // Tesseract saw no zone that holds: the classifier on its own, in each format the band fits.
  const rows = located.zone?.length ?? 0;
  for (const format of rows >= 3 ? (['TD1'] as const) : (['TD3', 'TD2'] as const)) {
    const voters = [...classifierZone(format), ...seen.filter((each) => each.format === format)];
    if (voters.length === 0) continue;
    const lines = correctMrzLines(format, voters);
    const result = readMrz(lines, today);
    if (result.valid) {
      const doubtful = findDoubts(format, lines, voters, settledBy(format));
      return { kind: 'read', lines, result, doubtful };
    }
    consider(lines, result, voters);
  }
  const found = best as { lines: string[]; result: MrzResult; seen: SeenZone[] } | null;
  // Most fields wrong is not a misread zone but text (or paper grain) taken for one.
  const wrongFields = new Set(found?.result.errors.map((issue) => issue.field));
  if (found === null || wrongFields.size > NOT_A_ZONE_FIELDS) return { kind: 'no_zone' };
  const format = found.result.format;
  const doubtful =
    format === null ? [] : findDoubts(format, found.lines, found.seen, settledBy(format));
  return { kind: 'read', lines: found.lines, result: found.result, doubtful };
}

/** The doubtful fields of a zone that holds, with the remaining cuts' readings heard first. */
async function doubtsOf(
  ocr: MrzOcr,
  lines: string[],
  voters: SeenZone[],
  rest: Buffer[],
  settled: Settled,
): Promise<MrzDoubt[]> {
  const format = voters[0]!.format;
  const doubtful = findDoubts(format, lines, voters, settled);
  if (doubtful.length === 0 || rest.length === 0) return doubtful;
  const more = [...voters];
  for (const image of rest) {
    const found = findMrzLines(await ocr.recognise(image));
    if (found?.format === format) more.push(found);
  }
  return findDoubts(format, lines, more, settled);
}
