// A phone photo is 12+ megapixels; the zone stays legible at this size and the call stays small.
const MAX_SIDE = 2000;

export class NotAnImage extends Error {}

/** The picture on a canvas as JPEG base64, ready for `documents.readMrzImage`. */
export function canvasToBase64(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/jpeg', 0.92).split(',')[1] ?? '';
}

/** A dropped, opened or pasted file as JPEG base64, upright and at most MAX_SIDE pixels. */
export async function imageToBase64(file: Blob): Promise<string> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new NotAnImage();
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvasToBase64(canvas);
}
