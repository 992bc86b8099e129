import type { Grey, TextRow } from './grey-image';

// A character cell, normalised: this many samples across and down. OCR-B's advance is 0.7 em and
// its capitals about 0.7 em tall with the line's band around them: 16 × 24 keeps both strokes of
// a B or an 8 apart at every size the zone is found at.
export const CELL_WIDTH = 16;
export const CELL_HEIGHT = 24;
export const CELL_SIZE = CELL_WIDTH * CELL_HEIGHT;

/** Darkness 0–1 (ink 1, paper 0) of a point, bilinear between pixels, paper outside. */
function darkness(image: Grey, x: number, y: number): number {
  const { width, height, data } = image;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (px: number, py: number) =>
    px < 0 || py < 0 || px >= width || py >= height ? 0 : 1 - data[py * width + px]! / 255;
  return (
    at(x0, y0) * (1 - fx) * (1 - fy) +
    at(x0 + 1, y0) * fx * (1 - fy) +
    at(x0, y0 + 1) * (1 - fx) * fy +
    at(x0 + 1, y0 + 1) * fx * fy
  );
}

/** Ink per column of a line's band, with the paper's own grain taken off. */
function columnInk(image: Grey, row: TextRow): Float64Array {
  const ink = new Float64Array(image.width);
  for (let x = 0; x < image.width; x++) {
    let sum = 0;
    for (let y = row.top; y < row.bottom; y++) {
      const d = 1 - image.data[y * image.width + x]! / 255;
      if (d > 0.25) sum += d;
    }
    ink[x] = sum;
  }
  return ink;
}

// Where ink counts as a line's own, per column: more than this share of the band's height.
const INK_FLOOR = 0.05;
// How many runs of ink at each end of a line may be grain rather than glyphs: a hand's shadow
// at the frame's edge leaves a few specks beyond the last glyph.
const EDGE_RUNS = 4;

/** The runs of columns holding ink, as [first, last] column. */
function inkRuns(ink: Float64Array, floor: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let x = 0; x <= ink.length; x++) {
    const inked = x < ink.length && ink[x]! > floor;
    if (inked && start < 0) start = x;
    if (!inked && start >= 0) {
      runs.push([start, x - 1]);
      start = -1;
    }
  }
  return runs;
}

/**
 * The cells of a line of `count` characters at a fixed pitch whose ink runs from column
 * `first` to `last`: the pitch and offset whose cell edges fall on the least ink (in the gaps
 * between characters). ICAO 9303 prints the zone at one pitch, so the cells are found by
 * arithmetic, not by splitting touching or broken glyphs apart.
 */
function fitCells(
  ink: Float64Array,
  first: number,
  last: number,
  count: number,
): Array<[number, number]> {
  // A glyph's ink covers about two thirds of its cell.
  const guess = (last - first + 1) / (count - 0.35);
  const edgeInk = (x: number) => {
    const i = Math.round(x);
    return i < 0 || i >= ink.length ? 0 : ink[i]!;
  };
  let best = { cost: Infinity, pitch: guess, offset: first - guess * 0.17 };
  for (let pitch = guess * 0.96; pitch <= guess * 1.04; pitch += guess * 0.0025) {
    for (let offset = first - pitch * 0.45; offset <= first; offset += 0.5) {
      // The last edge must not cut into the last glyph either.
      if (offset + count * pitch < last) continue;
      let cost = 0;
      for (let i = 0; i <= count; i++) cost += edgeInk(offset + i * pitch);
      if (cost < best.cost) best = { cost, pitch, offset };
    }
  }
  return Array.from({ length: count }, (_, i) => [
    best.offset + i * best.pitch,
    best.offset + (i + 1) * best.pitch,
  ]);
}

/**
 * The ways a line of `count` characters may be cut into cells, the line's whole extent of ink
 * first. Where the line's ink begins and ends is not always where its glyphs do: the grain of a
 * shadow at the frame's edge is ink beyond the last glyph, and a thin '1' at the start is a run
 * of ink as narrow as a speck. So each of the first few runs of ink may begin the line and each
 * of the last few may end it, where the pitch that gives is one OCR-B could be printed at for
 * the band's height; the classifier keeps the cut whose every cell holds a glyph
 * (ocrb-classifier.ts).
 */
export function lineCutCandidates(
  image: Grey,
  row: TextRow,
  count: number,
): Array<Array<[number, number]>> {
  const ink = columnInk(image, row);
  const height = row.bottom - row.top;
  const runs = inkRuns(ink, height * INK_FLOOR);
  if (runs.length === 0) return [fitCells(ink, 0, ink.length - 1, count)];
  const starts = runs.slice(0, EDGE_RUNS).map(([start]) => start);
  const ends = runs
    .slice(-EDGE_RUNS)
    .map(([, end]) => end)
    .reverse();
  const cuts: Array<Array<[number, number]>> = [];
  for (const first of starts) {
    for (const last of ends) {
      if (last <= first) continue;
      const pitch = (last - first + 1) / (count - 0.35);
      // OCR-B's advance is 0.7 em and the band about a capital's height (0.7 em) or a little
      // more: the pitch is close to the band's height, never half or twice it.
      const whole = first === starts[0] && last === ends[0];
      if (!whole && (pitch < height * 0.6 || pitch > height * 1.4)) continue;
      cuts.push(fitCells(ink, first, last, count));
    }
  }
  return cuts;
}

/** The whole extent of a line's ink cut into `count` cells (the first candidate). */
export function lineCells(image: Grey, row: TextRow, count: number): Array<[number, number]> {
  return lineCutCandidates(image, row, count)[0]!;
}

/**
 * One cell as CELL_WIDTH × CELL_HEIGHT darkness samples: the line's band down (raised by
 * `lift` pixels where the line is left a little tilted), one pitch across
 * centred on the cell's ink (a glyph printed a little off its slot still fills the same
 * samples), then made zero-mean and unit-length, so a pale, dark, sharp or soft print of a
 * glyph matches its template alike (local contrast).
 */
export function cellSamples(
  image: Grey,
  row: TextRow,
  [left, right]: [number, number],
  lift = 0,
): Float32Array {
  const pitch = right - left;
  const top = row.top - (row.bottom - row.top) * 0.08 - lift;
  const bottom = row.bottom + (row.bottom - row.top) * 0.08 - lift;
  let mass = 0;
  let moment = 0;
  for (let x = Math.max(0, Math.floor(left)); x < Math.min(image.width, Math.ceil(right)); x++) {
    for (
      let y = Math.max(0, Math.round(row.top - lift));
      y < Math.min(image.height, Math.round(row.bottom - lift));
      y++
    ) {
      const d = 1 - image.data[y * image.width + x]! / 255;
      if (d > 0.25) {
        mass += d;
        moment += d * x;
      }
    }
  }
  const centre = mass > 0 ? moment / mass : (left + right) / 2;
  const x0 = centre - pitch / 2;
  const samples = new Float32Array(CELL_SIZE);
  const sx = pitch / CELL_WIDTH;
  const sy = (bottom - top) / CELL_HEIGHT;
  for (let j = 0; j < CELL_HEIGHT; j++) {
    for (let i = 0; i < CELL_WIDTH; i++) {
      // Each sample is the mean of four points in its area, so small pictures do not alias.
      let sum = 0;
      for (const [dx, dy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ] as const) {
        sum += darkness(image, x0 + (i + dx) * sx - 0.5, top + (j + dy) * sy - 0.5);
      }
      samples[j * CELL_WIDTH + i] = sum / 4;
    }
  }
  return normalise(samples);
}

/** Zero mean, unit length (all zeros stays all zeros). */
export function normalise(samples: Float32Array): Float32Array {
  let mean = 0;
  for (const v of samples) mean += v;
  mean /= samples.length;
  let norm = 0;
  for (let i = 0; i < samples.length; i++) {
    samples[i] = samples[i]! - mean;
    norm += samples[i]! * samples[i]!;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < samples.length; i++) samples[i] = samples[i]! / norm;
  return samples;
}

/** Every cell of the zone's lines, each line cut into `lineLength` cells. */
export function zoneCells(image: Grey, rows: TextRow[], lineLength: number): Float32Array[][] {
  return rows.map((row) =>
    lineCells(image, row, lineLength).map((span) => cellSamples(image, row, span)),
  );
}
