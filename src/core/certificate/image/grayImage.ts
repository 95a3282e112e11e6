/** A one-channel 8-bit image, row by row: what the OCR engine is given. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * The size to read an image at. The engine reads Chinese best when a line of
 * body text is some 25–50 pixels tall; on a whole certificate that is a long
 * side of about 2,000 pixels, whether the photo came from a 12-megapixel
 * camera (scaled down: faster, no less exact) or a small screenshot (scaled up
 * at most twice).
 */
export const READING_LONG_SIDE = 2000;
const MAX_UPSCALE = 2;

export function readingSize(width: number, height: number): { width: number; height: number } {
  const longSide = Math.max(width, height);
  if (!(longSide > 0)) return { width: 0, height: 0 };
  const scale = Math.min(READING_LONG_SIDE / longSide, MAX_UPSCALE);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Turns an image a quarter at a time, clockwise. */
export function rotateQuarterTurns(image: GrayImage, turns: number): GrayImage {
  const quarter = ((turns % 4) + 4) % 4;
  if (quarter === 0) return image;
  const { width, height, pixels } = image;
  const swap = quarter % 2 === 1;
  const outWidth = swap ? height : width;
  const outHeight = swap ? width : height;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let tx: number;
      let ty: number;
      if (quarter === 1) {
        tx = height - 1 - y;
        ty = x;
      } else if (quarter === 2) {
        tx = width - 1 - x;
        ty = height - 1 - y;
      } else {
        tx = y;
        ty = width - 1 - x;
      }
      out[ty * outWidth + tx] = pixels[y * width + x] as number;
    }
  }
  return { width: outWidth, height: outHeight, pixels: out };
}

/** Binary PGM (P5): the engine's image reader takes it as it is, with no encoder needed in the worker. */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header, 0);
  out.set(image.pixels, header.length);
  return out;
}
