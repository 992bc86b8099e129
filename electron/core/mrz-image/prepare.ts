import sharp, { type Sharp } from 'sharp';
import {
  deepenInk,
  estimateSkew,
  findZoneRows,
  flattenLight,
  inkMask,
  textRows,
  type Grey,
  type TextRow,
} from './grey-image';

// A phone photo is 12+ megapixels; the zone's characters stay legible at this size and the
// pixel loops below stay in the tens of milliseconds.
const WORK_SIZE = 1600;
// Tesseract reads OCR-B best at about this many pixels per line of the zone.
const LINE_HEIGHT = 36;
const MAX_INPUT_PIXELS = 50_000_000;

export class UnreadableImage extends Error {}

async function toGrey(input: Sharp): Promise<Grey> {
  const { data, info } = await input.greyscale().raw().toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

const fromGrey = (image: Grey) =>
  sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), {
    raw: { width: image.width, height: image.height, channels: 1 },
  });

/** The page straightened with its light evened out, and the zone's rows when they were found. */
export interface LocatedZone {
  straight: Grey;
  zone: TextRow[] | null;
}

/**
 * Decodes, turns upright (EXIF), shrinks, evens out the light and straightens the picture, and
 * finds the zone's band. Only memory is used: the picture is a guest's document and is never
 * written anywhere (domain.md §7).
 */
export async function locateZone(bytes: Uint8Array): Promise<LocatedZone> {
  let grey: Grey;
  try {
    grey = await toGrey(
      sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .resize({ width: WORK_SIZE, height: WORK_SIZE, fit: 'inside', withoutEnlargement: true }),
    );
  } catch {
    throw new UnreadableImage('not an image');
  }
  const located = await locateIn(grey, false);
  if (located.zone) return located;
  // A dim, flat frame (a webcam under a desk lamp): its ink stays too pale against the paper
  // for the ink threshold even once the light is flattened. Deepened (deepenInk), then failing
  // that equalised per tile (contrast-limited, CLAHE), the band is looked for again. Only then:
  // on a frame with ink enough, deepening would turn sensor noise into specks of ink.
  const deepened = await locateIn(grey, true);
  if (deepened.zone) return deepened;
  const tile = Math.max(16, Math.round(Math.max(grey.width, grey.height) / 12));
  const equalised = await toGrey(fromGrey(grey).clahe({ width: tile, height: tile, maxSlope: 4 }));
  const again = await locateIn(equalised, false);
  return again.zone ? again : located;
}

async function locateIn(grey: Grey, deepen: boolean): Promise<LocatedZone> {
  const radius = Math.max(8, Math.round(Math.max(grey.width, grey.height) / 30));
  const flattened = flattenLight(grey, radius);
  const flat = deepen ? deepenInk(flattened) : flattened;
  const angle = estimateSkew(inkMask(flat), flat.width, flat.height);
  const straight =
    angle === 0
      ? flat
      : await toGrey(fromGrey(flat).rotate(-angle, { background: { r: 255, g: 255, b: 255 } }));
  const rows = textRows(inkMask(straight), straight.width, straight.height);
  return { straight, zone: findZoneRows(rows, straight.width) };
}

/**
 * The located picture ready for recognition: cut to the zone's band when the band was found,
 * else the lower part of the page where the zone sits. Returned as PNG images to try in order.
 */
export async function prepareZoneImages({ straight, zone }: LocatedZone): Promise<Buffer[]> {
  const images: Buffer[] = [];
  if (zone) {
    const zoneLineHeight = zone.reduce((sum, row) => sum + row.bottom - row.top, 0) / zone.length;
    const pad = Math.round(zoneLineHeight * 1.2);
    const left = Math.max(0, Math.min(...zone.map((row) => row.left)) - pad);
    const right = Math.min(straight.width, Math.max(...zone.map((row) => row.right)) + pad);
    const top = Math.max(0, zone[0]!.top - pad);
    const bottom = Math.min(straight.height, zone[zone.length - 1]!.bottom + pad);
    const cut = (lineHeight: number) => {
      const width = Math.round(((right - left) * lineHeight) / zoneLineHeight);
      return fromGrey(straight)
        .extract({ left, top, width: right - left, height: bottom - top })
        .resize({ width, kernel: 'lanczos3' });
    };
    // Grey first; tesseract's own binarisation and ours, and another size, each rescue
    // pictures the others misread.
    images.push(await cut(LINE_HEIGHT).png().toBuffer());
    images.push(await cut(LINE_HEIGHT).toColourspace('b-w').threshold(150).png().toBuffer());
    images.push(
      await cut(LINE_HEIGHT * 1.35)
        .png()
        .toBuffer(),
    );
  }
  const lower = Math.floor(straight.height * 0.5);
  images.push(
    await fromGrey(straight)
      .extract({ left: 0, top: lower, width: straight.width, height: straight.height - lower })
      .png()
      .toBuffer(),
  );
  return images;
}
