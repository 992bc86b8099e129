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

/**
 * Where each character of a line of `count` characters at a fixed pitch begins and ends: the
 * pitch and offset whose cell edges fall on the least ink (in the gaps between characters).
 * ICAO 9303 prints the zone at one pitch, so the cells are found by arithmetic, not by
 * splitting touching or broken glyphs apart.
 */
export function lineCells(image: Grey, row: TextRow, count: number): Array<[number, number]> {
  const ink = columnInk(image, row);
  const height = row.bottom - row.top;
  const floor = height * 0.05;
  let first = 0;
  while (first < ink.length - 1 && ink[first]! <= floor) first++;
  let last = ink.length - 1;
  while (last > first && ink[last]! <= floor) last--;
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
 * One cell as CELL_WIDTH × CELL_HEIGHT darkness samples: the line's band down, one pitch across
 * centred on the cell's ink (a glyph printed a little off its slot still fills the same
 * samples), then made zero-mean and unit-length, so a pale, dark, sharp or soft print of a
 * glyph matches its template alike (local contrast).
 */
export function cellSamples(
  image: Grey,
  row: TextRow,
  [left, right]: [number, number],
): Float32Array {
  const pitch = right - left;
  const top = row.top - (row.bottom - row.top) * 0.08;
  const bottom = row.bottom + (row.bottom - row.top) * 0.08;
  let mass = 0;
  let moment = 0;
  for (let x = Math.max(0, Math.floor(left)); x < Math.min(image.width, Math.ceil(right)); x++) {
    for (let y = row.top; y < row.bottom; y++) {
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
