import templateFile from '../../../shared/documents/ocrb-templates.json' with { type: 'json' };
import { MRZ_LAYOUTS } from '../../../shared/documents/mrz-layout';
import type { GlyphLine } from '../../../shared/documents/mrz-ocr';
import type { MrzFormat } from '../../../shared/documents/mrz-types';
import { CELL_SIZE, cellSamples, lineCutCandidates, normalise } from './cells';
import type { Grey, TextRow } from './grey-image';

// The second opinion beside tesseract: each cell of the zone against templates of the OCR-B
// glyphs (shared/documents/ocrb-templates.json, made by scripts/ocrb-templates.ts from the face
// itself), as documented MRZ readers do: they know the one face the zone is printed in.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALL = `${LETTERS}${DIGITS}<`;

interface Templates {
  glyphs: Record<string, string[]>;
}

let loaded: Map<string, Float32Array[]> | null = null;

function templates(): Map<string, Float32Array[]> {
  if (loaded) return loaded;
  const file = templateFile as Templates;
  loaded = new Map(
    Object.entries(file.glyphs).map(([glyph, variants]) => [
      glyph,
      variants.map((encoded) => {
        const bytes = Buffer.from(encoded, 'base64');
        const samples = new Float32Array(CELL_SIZE);
        for (let i = 0; i < CELL_SIZE; i++) samples[i] = (bytes[i]! - 128) / 127;
        return normalise(samples);
      }),
    ]),
  );
  return loaded;
}

/** A cell's best glyphs among those allowed, likeliest first, with their scores (−1…1). */
export interface CellReading {
  ranked: Array<{ char: string; score: number }>;
}

/** The glyphs `allowed` ranked by their best variant's correlation with the cell. */
export function classifyCell(cell: Float32Array, allowed: string): CellReading {
  const all = templates();
  const ranked = [...allowed].map((char) => {
    let score = -1;
    for (const template of all.get(char) ?? []) {
      let dot = 0;
      for (let i = 0; i < CELL_SIZE; i++) dot += cell[i]! * template[i]!;
      if (dot > score) score = dot;
    }
    return { char, score };
  });
  ranked.sort((a, b) => b.score - a.score);
  return { ranked };
}

/** What ICAO 9303 allows at each position of a format's zone (by field), as a glyph set. */
export function allowedGlyphs(format: MrzFormat): string[][] {
  const layout = MRZ_LAYOUTS[format];
  const allowed = Array.from({ length: layout.lineCount }, () =>
    Array<string>(layout.lineLength).fill(ALL),
  );
  const mark = (span: { line: number; start: number; end: number } | null, glyphs: string) => {
    if (!span) return;
    for (let i = span.start; i < span.end; i++) allowed[span.line]![i] = glyphs;
  };
  mark(layout.documentCode, `${LETTERS}<`);
  mark(layout.issuingState, `${LETTERS}<`);
  mark(layout.nationality, `${LETTERS}<`);
  mark(layout.name, `${LETTERS}<`);
  mark(layout.sex, 'MFX<');
  for (const span of [layout.birthDate, layout.expiryDate]) mark(span, `${DIGITS}<`);
  for (const span of [layout.birthDateCheck, layout.expiryDateCheck, layout.compositeCheck]) {
    mark(span, DIGITS);
  }
  mark(layout.documentNumberCheck, `${DIGITS}<`);
  mark(layout.optionalCheck, `${DIGITS}<`);
  return allowed;
}

// The tilts (degrees, counter-clockwise) a straightened line may keep: the skew is estimated in
// quarter degrees, and the grain of a hand's shadow in a corner of a camera frame once tilted
// the estimate by half a degree, enough to slide the ends of a TD1 line out of its band. Each
// cut is also read along these; the reading whose every cell holds a glyph wins (bestCut).
const RESIDUAL_TILTS = [0, -0.25, 0.25, -0.5, 0.5];

// How much better another cut's worst cell must match than the whole extent's before it is
// taken instead (so that two cuts alike keep the first).
const CUT_LEAD = 0.0;

/** One classified position: the glyph, its score and its lead over the runner-up. */
export interface ClassifiedGlyph {
  char: string;
  score: number;
  /** The best score less the best score of another glyph allowed there. */
  margin: number;
  /** The runner-up's score for each other glyph (for the twins' margins). */
  scores: Record<string, number>;
}

/**
 * The zone's cells classified as `format` lays them out, or null when the band does not have
 * the format's number of lines.
 */
export function classifyZone(
  image: Grey,
  rows: TextRow[],
  format: MrzFormat,
): ClassifiedGlyph[][] | null {
  const { lineCount, lineLength } = MRZ_LAYOUTS[format];
  if (rows.length < lineCount) return null;
  const lines = rows.slice(rows.length - lineCount);
  const allowed = allowedGlyphs(format);
  return lines.map((row, line) => {
    const middle = (row.left + row.right) / 2;
    const read = (cut: Array<[number, number]>, tilt: number) =>
      cut.map((span, col) => {
        const lift = (((span[0] + span[1]) / 2 - middle) * tilt * Math.PI) / 180;
        return classifyGlyph(cellSamples(image, row, span, lift), allowed[line]![col]!);
      });
    // The tilt first, on the whole extent's cut; then the other cuts along that tilt (reading
    // every cut along every tilt would cost five times as much for nothing measured).
    const [whole, ...others] = lineCutCandidates(image, row, lineLength);
    const tilts = RESIDUAL_TILTS.map((tilt) => ({ tilt, reading: read(whole!, tilt) }));
    const straightest = bestCut(tilts.map((each) => each.reading));
    const tilt = tilts.find((each) => each.reading === straightest)!.tilt;
    const readings = [straightest, ...others.map((cut) => read(cut, tilt))];
    return bestCut(readings);
  });
}

function classifyGlyph(cell: Float32Array, allowed: string): ClassifiedGlyph {
  const { ranked } = classifyCell(cell, allowed);
  const [first, second] = ranked;
  return {
    char: first!.char,
    score: first!.score,
    margin: second ? first!.score - second.score : 1,
    scores: Object.fromEntries(ranked.map((each) => [each.char, each.score])),
  };
}

/**
 * Of a line's cuts into cells (the whole extent of its ink first), the one whose every cell
 * holds a glyph: its worst cell's best template score is the highest. A cut whose extent took
 * in a shadow's grain, or left out a thin '1', has a cell of grain or an empty one (or cells
 * astride two glyphs), which no template matches; a cut on the glyphs' own cells matches a
 * template in every cell, the filler '<' included.
 */
export function bestCut(readings: ClassifiedGlyph[][]): ClassifiedGlyph[] {
  let best = readings[0]!;
  let bestWorst = -Infinity;
  for (const reading of readings) {
    const worst = Math.min(...reading.map((glyph) => glyph.score));
    if (worst > bestWorst + CUT_LEAD) {
      best = reading;
      bestWorst = worst;
    }
  }
  return best;
}

/**
 * The classified zone as recognised lines. A glyph that leads every other allowed glyph by
 * `sureMargin` counts as sure as any recogniser can be (100), so that where the check digits
 * allow both its reading and tesseract's, its reading is the one filled in; another counts its
 * correlation (0–100, in practice 30–60, below tesseract's usual 80–96).
 */
export const asGlyphLines = (zone: ClassifiedGlyph[][], sureMargin: number): GlyphLine[] =>
  zone.map((line) =>
    line.map((glyph) => ({
      char: glyph.char,
      confidence: glyph.margin >= sureMargin ? 100 : Math.max(0, glyph.score) * 100,
    })),
  );
