// Renders a document page with its machine-readable zone in the OCR-B face, clean or degraded
// the way a webcam or a phone degrades it, as the bytes of an image file.
import { existsSync } from 'node:fs';
import sharp, { type Sharp } from 'sharp';

export const OCR_B_FONT = '/usr/share/fonts/opentype/ocr-b/OCRB.otf';

export function assertOcrBFont(): void {
  if (!existsSync(OCR_B_FONT)) {
    throw new Error(
      `The OCR-B face is missing at ${OCR_B_FONT}: install Debian's fonts-ocr-b (apt-get install -y fonts-ocr-b).`,
    );
  }
}

export type Degradation =
  | 'clean'
  | 'rotated'
  | 'blurred'
  | 'low-resolution'
  | 'uneven-light'
  | 'jpeg'
  // A webcam frame (about 720p across the page, so the zone's capitals are 13–15 px tall):
  // sensor noise; a dim, flat picture; a hand's shadow across part of the zone; all three at
  // once; and a page moved while the frame was taken (to be refused, not read).
  | 'webcam-noise'
  | 'webcam-low-contrast'
  | 'webcam-shadow'
  | 'webcam'
  // A webcam frame cut close to the zone's line ends, a hand's shadow over them at the frame's
  // right edge, its grain (sensor noise, stronger where the picture is dark) reaching the edge.
  | 'webcam-edge-shadow'
  | 'motion-blur';

export const WEBCAM_DEGRADATIONS: Degradation[] = [
  'webcam-noise',
  'webcam-low-contrast',
  'webcam-shadow',
  'webcam',
  'webcam-edge-shadow',
];

// A repeatable noise: the same picture every run.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Grey pixels changed one by one: contrast, a shadow, noise, a smear along the rows. */
async function webcamFrame(
  source: Sharp,
  opts: {
    noise: number;
    contrast: number;
    shadow: boolean | 'edge';
    smear: number;
    seed: number;
    /** The share of the page's width kept from the left (the rest is out of the frame). */
    keep?: number;
  },
): Promise<Buffer> {
  let page = source;
  if (opts.keep !== undefined) {
    const { width, height } = await sharp(await source.png().toBuffer()).metadata();
    page = sharp(await source.png().toBuffer()).extract({
      left: 0,
      top: 0,
      width: Math.round(width! * opts.keep),
      height: height!,
    });
  }
  const { data, info } = await page
    .resize({ width: 640 })
    .greyscale()
    .blur(0.7)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const next = random(opts.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(next() + 1e-9)) * Math.cos(2 * Math.PI * next());
  let pixels = Float64Array.from(data);
  if (opts.smear > 1) {
    const smeared = new Float64Array(pixels.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let sum = 0;
        for (let k = 0; k < opts.smear; k++) sum += pixels[y * width + Math.min(width - 1, x + k)]!;
        smeared[y * width + x] = sum / opts.smear;
      }
    }
    pixels = smeared;
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = 128 + (pixels[y * width + x]! - 128) * opts.contrast;
      let grain = 1;
      if (opts.shadow === 'edge') {
        // A hand at the right edge, its shadow over the zone's line ends: the darker, the
        // grainier (the camera's gain lifts its noise with the picture).
        const d = Math.hypot(
          (x - width * 1.03) / (width * 0.18),
          (y - height * 0.85) / (height * 0.5),
        );
        const dark = Math.max(0, Math.min(1, 1.4 - d));
        v *= 1 - 0.45 * dark;
        grain = 1 + 1.5 * dark;
      } else if (opts.shadow) {
        // A hand's shadow: darkest at the lower right, fading over a third of the frame.
        const d = Math.hypot((x - width * 1.05) / (width * 0.45), (y - height) / (height * 0.7));
        v *= 1 - 0.6 * Math.max(0, Math.min(1, 1.6 - d));
      }
      pixels[y * width + x] = v + gauss() * opts.noise * grain;
    }
  }
  const bytes = Buffer.from(Uint8Array.from(pixels, (v) => Math.max(0, Math.min(255, v))));
  return sharp(bytes, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 75 })
    .toBuffer();
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// OCR-B's advance is 0.7 em (a fixed pitch, as ICAO 9303 requires).
const ADVANCE = 0.7;

function pageSvg(
  lines: readonly string[],
  fontSize: number,
): { svg: string; width: number; height: number } {
  const margin = fontSize * 1.5;
  const width = Math.round(lines[0]!.length * ADVANCE * fontSize + margin * 2);
  const height = Math.round(width * 0.7);
  const zoneTop = height - margin - lines.length * fontSize * 1.45;
  const zone = lines
    .map(
      (line, i) =>
        `<text x="${margin}" y="${zoneTop + (i + 1) * fontSize * 1.45}" font-family="OCR B" font-size="${fontSize}" xml:space="preserve">${escape(line)}</text>`,
    )
    .join('');
  const label = (x: number, y: number, text: string, size: number) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="#333">${escape(text)}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#f3eee2"/>
<rect x="${margin}" y="${margin * 1.6}" width="${width * 0.22}" height="${height * 0.42}" fill="#b9b2a6"/>
${label(margin, margin * 1.1, 'PASSPORT / ПАСПОРТ', fontSize * 0.8)}
${label(width * 0.35, height * 0.25, 'Surname / Тегі', fontSize * 0.5)}
${label(width * 0.35, height * 0.31, lines.length === 3 ? lines[2]!.split('<<')[0]! : lines[0]!.slice(5).split('<<')[0]!, fontSize * 0.7)}
${label(width * 0.35, height * 0.4, 'Date of birth 12 AUG 1974', fontSize * 0.5)}
${zone}
</svg>`;
  return { svg, width, height };
}

/** The page as image bytes: PNG, or JPEG for the 'jpeg' degradation. */
export async function renderZone(
  lines: readonly string[],
  degradation: Degradation,
): Promise<Buffer> {
  assertOcrBFont();
  const fontSize = degradation === 'low-resolution' ? 13 : 30;
  const { svg, width, height } = pageSvg(lines, fontSize);
  let image = sharp(Buffer.from(svg)).flatten({ background: '#ffffff' });
  switch (degradation) {
    case 'rotated':
      image = sharp(await image.png().toBuffer()).rotate(3.5, { background: '#d8d8d8' });
      break;
    case 'blurred':
      image = image.blur(1.6);
      break;
    case 'uneven-light': {
      const shade = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0.4">
<stop offset="0" stop-color="#000" stop-opacity="0.05"/><stop offset="1" stop-color="#000" stop-opacity="0.6"/>
</linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
      image = sharp(await image.png().toBuffer()).composite([{ input: Buffer.from(shade) }]);
      break;
    }
    case 'jpeg':
      return image.blur(0.6).jpeg({ quality: 55 }).toBuffer();
    case 'webcam-noise':
      return webcamFrame(image, { noise: 14, contrast: 0.9, shadow: false, smear: 1, seed: 1 });
    case 'webcam-low-contrast':
      return webcamFrame(image, { noise: 4, contrast: 0.3, shadow: false, smear: 1, seed: 2 });
    case 'webcam-shadow':
      return webcamFrame(image, { noise: 5, contrast: 0.85, shadow: true, smear: 1, seed: 3 });
    case 'webcam':
      return webcamFrame(image, { noise: 10, contrast: 0.45, shadow: true, smear: 2, seed: 4 });
    case 'webcam-edge-shadow':
      return webcamFrame(image, {
        noise: 8,
        contrast: 0.8,
        shadow: 'edge',
        smear: 1,
        seed: 6,
        keep: 0.985,
      });
    case 'motion-blur':
      return webcamFrame(image, { noise: 4, contrast: 0.9, shadow: false, smear: 14, seed: 5 });
    default:
      break;
  }
  return image.png().toBuffer();
}

/**
 * The page as the browser's camera delivers it: 640 × 448 (the page fitted, grey around it),
 * JPEG at quality 85. Re-encoded so, the 'webcam' frame's shadow grain at the lower right edge
 * once tilted the skew estimate by half a degree (issue 24).
 */
export async function cameraFrame(lines: readonly string[], degradation: Degradation) {
  return sharp(await renderZone(lines, degradation))
    .resize({ width: 640, height: 448, fit: 'contain', background: '#808080' })
    .jpeg({ quality: 85 })
    .toBuffer();
}
