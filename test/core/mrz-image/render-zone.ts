// Renders a document page with its machine-readable zone in the OCR-B face, clean or degraded
// the way a webcam or a phone degrades it, as the bytes of an image file.
import { existsSync } from 'node:fs';
import sharp from 'sharp';

export const OCR_B_FONT = '/usr/share/fonts/opentype/ocr-b/OCRB.otf';

export function assertOcrBFont(): void {
  if (!existsSync(OCR_B_FONT)) {
    throw new Error(
      `The OCR-B face is missing at ${OCR_B_FONT}: install Debian's fonts-ocr-b (apt-get install -y fonts-ocr-b).`,
    );
  }
}

export type Degradation =
  'clean' | 'rotated' | 'blurred' | 'low-resolution' | 'uneven-light' | 'jpeg';

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
    default:
      break;
  }
  return image.png().toBuffer();
}
