/** An 8-bit single-channel picture, row by row. */
export interface Grey {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Divides out the page's light: each pixel against the mean of its neighbourhood, so a shadow
 * or a lamp's hot spot across the page leaves text dark and paper white alike.
 */
export function flattenLight(image: Grey, radius: number): Grey {
  const { width, height, data } = image;
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(width, x + radius + 1);
      const sum =
        sums[y1 * stride + x1]! -
        sums[y0 * stride + x1]! -
        sums[y1 * stride + x0]! +
        sums[y0 * stride + x0]!;
      const mean = sum / ((y1 - y0) * (x1 - x0));
      // Text pulls its neighbourhood's mean down; 1.15 keeps the paper at white.
      out[y * width + x] = Math.min(
        255,
        Math.round((255 * data[y * width + x]!) / (mean * 0.87 + 1)),
      );
    }
  }
  return { data: out, width, height };
}

/**
 * Deepens pale ink on a flattened picture: when even the darkest hundredth of the pixels is
 * light (a dim, flat webcam frame, where the flattened ink stays above the ink threshold),
 * stretches the scale below white so that level lands at mid grey. A picture with real black
 * in it is returned as it is.
 */
export function deepenInk(image: Grey): Grey {
  const counts = new Uint32Array(256);
  for (const v of image.data) counts[v]! += 1;
  let level = 0;
  for (let seen = 0; level < 255; level++) {
    seen += counts[level]!;
    if (seen >= image.data.length * 0.01) break;
  }
  if (level <= 100 || level >= 250) return image;
  const scale = (255 - 120) / (255 - level);
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.max(0, Math.round(255 - (255 - image.data[i]!) * scale));
  }
  return { data: out, width: image.width, height: image.height };
}

/** Ink: what is clearly darker than the (flattened) paper. */
export function inkMask(image: Grey, threshold = 160): Uint8Array {
  const mask = new Uint8Array(image.data.length);
  for (let i = 0; i < mask.length; i++) mask[i] = image.data[i]! < threshold ? 1 : 0;
  return mask;
}

/**
 * The skew of the text lines in degrees, within ±`range`: the angle at which the ink's row
 * profile is sharpest (lines of text fall into few rows, the gaps between them into none).
 */
export function estimateSkew(mask: Uint8Array, width: number, height: number, range = 8): number {
  const points: number[] = [];
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 60000)));
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) if (mask[y * width + x]) points.push(x, y);
  }
  let best = { angle: 0, score: -1 };
  for (let tenth = -range * 4; tenth <= range * 4; tenth++) {
    const angle = tenth / 4;
    const t = Math.tan((angle * Math.PI) / 180);
    // Bins one sampling step tall: with one-pixel bins, the rows sampled (every step-th) fill
    // a third of the bins at 0° and spread over all at any other angle, and 0° always won.
    const bins = new Float64Array(Math.ceil((height + width) / step) + 2);
    const offset = Math.ceil((Math.abs(t) * width) / step);
    for (let i = 0; i < points.length; i += 2) {
      const row = Math.round((points[i + 1]! - points[i]! * t) / step) + offset;
      if (row >= 0 && row < bins.length) bins[row]! += 1;
    }
    let score = 0;
    for (const count of bins) score += count * count;
    if (score > best.score) best = { angle, score };
  }
  return best.angle;
}

export interface TextRow {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Horizontal bands of ink taller than noise and wider than a stray mark. */
export function textRows(mask: Uint8Array, width: number, height: number): TextRow[] {
  const rows: TextRow[] = [];
  const minInk = Math.max(3, Math.round(width * 0.01));
  let start = -1;
  const inked = (y: number) => {
    let count = 0;
    for (let x = 0; x < width; x++) count += mask[y * width + x]!;
    return count >= minInk;
  };
  const close = (top: number, bottom: number) => {
    const columns: number[] = [];
    for (let x = 0; x < width; x++) {
      for (let y = top; y < bottom; y++) {
        if (mask[y * width + x]) {
          columns.push(x);
          break;
        }
      }
    }
    if (bottom - top < 5 || columns.length === 0) return;
    // The 2nd and 98th percentiles of inked columns: a speck beside the line does not widen it.
    const left = columns[Math.floor(columns.length * 0.02)]!;
    const right = columns[Math.ceil(columns.length * 0.98) - 1]!;
    rows.push({ top, bottom, left, right });
  };
  for (let y = 0; y < height; y++) {
    if (inked(y)) {
      if (start < 0) start = y;
    } else if (start >= 0) {
      close(start, y);
      start = -1;
    }
  }
  if (start >= 0) close(start, height);
  return rows;
}

/**
 * The machine-readable zone among the rows: the lowest two or three lines of like height and
 * width standing close together and spanning much of the page (ICAO prints them in one face at
 * one pitch, so every line of a zone has the same length).
 */
export function findZoneRows(rows: TextRow[], width: number): TextRow[] | null {
  const wide = rows.filter((row) => row.right - row.left >= width * 0.3);
  const alike = (a: TextRow, b: TextRow) => {
    const ha = a.bottom - a.top;
    const hb = b.bottom - b.top;
    const wa = a.right - a.left;
    const wb = b.right - b.left;
    return (
      Math.max(ha, hb) / Math.min(ha, hb) < 1.6 &&
      Math.max(wa, wb) / Math.min(wa, wb) < 1.2 &&
      b.top - a.bottom < Math.max(ha, hb) * 1.5
    );
  };
  for (let end = wide.length - 1; end >= 1; end--) {
    const group = [wide[end]!];
    for (let i = end - 1; i >= 0 && group.length < 3; i--) {
      if (!alike(wide[i]!, group[0]!)) break;
      group.unshift(wide[i]!);
    }
    if (group.length >= 2) return group;
  }
  return null;
}

/**
 * How much the zone's band is smeared in one direction, 0 (strokes' edges in every direction,
 * as printed) to 1 (every edge along one direction): the anisotropy of the gradient's structure
 * tensor over the band. A page that moved while the frame was taken loses its edges across the
 * motion and keeps those along it; a frame merely out of focus, or noisy, loses or gains edges
 * in every direction alike and is still read.
 */
export function motionSmear(image: Grey, rows: readonly TextRow[]): number {
  const top = Math.max(1, Math.min(...rows.map((row) => row.top)));
  const bottom = Math.min(image.height - 1, Math.max(...rows.map((row) => row.bottom)));
  const left = Math.max(1, Math.min(...rows.map((row) => row.left)));
  const right = Math.min(image.width - 1, Math.max(...rows.map((row) => row.right)));
  const { data, width } = image;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = y * width + x;
      const gx = data[i + 1]! - data[i - 1]!;
      const gy = data[i + width]! - data[i - width]!;
      xx += gx * gx;
      yy += gy * gy;
      xy += gx * gy;
    }
  }
  const trace = xx + yy;
  if (trace === 0) return 0;
  return Math.sqrt((xx - yy) ** 2 + 4 * xy * xy) / trace;
}
