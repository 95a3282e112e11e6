/// <reference lib="webworker" />
import { extractCertificateFields, type CertificateContext, type CertificateReading } from '../../core/certificate/extractFields';
import { cleanForReading, linesRunAcross } from '../../core/certificate/image/cleanForReading';
import { encodePgm, readingSize, rotateQuarterTurns, type GrayImage } from '../../core/certificate/image/grayImage';
import { imageHeaderSize } from '../../core/certificate/image/imageHeader';

/**
 * Prepares a certificate photo for the OCR engine, off the page's thread:
 * decodes it the right way up (EXIF), at the reading size (a 100-megapixel
 * photo is decoded small, not in full), then cleans it (core). Keeps the
 * cleaned image so the reader can ask for it turned when the first reading
 * finds nothing, and reads the fields from the engine's text.
 */
export type ImageRequest =
  | { type: 'prepare'; file: Blob }
  | { type: 'turned'; quarterTurns: number }
  | { type: 'extract'; text: string; context: CertificateContext };
export type ImageAnswer =
  | { ok: true; pgm: ArrayBuffer; linesAcross: boolean; width: number; height: number }
  | { ok: false; reason: 'notImage' | 'empty' };
export type ExtractAnswer = { ok: true; reading: CertificateReading };

let cleaned: GrayImage | null = null;

/** Past this a photo is decoded straight to its reading size, so its full pixels never exist in memory. */
const DECODE_SMALL_ABOVE_PIXELS = 16_000_000;

async function decode(file: Blob): Promise<ImageBitmap> {
  const header = imageHeaderSize(new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer()));
  if (header && header.width * header.height > DECODE_SMALL_ABOVE_PIXELS) {
    const shown = header.quarterTurned ? { width: header.height, height: header.width } : header;
    const size = readingSize(shown.width, shown.height);
    return createImageBitmap(file, { imageOrientation: 'from-image', resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' });
  }
  return createImageBitmap(file, { imageOrientation: 'from-image' });
}

async function prepare(file: Blob): Promise<ImageAnswer> {
  if (file.size === 0) return { ok: false, reason: 'empty' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await decode(file);
  } catch {
    return { ok: false, reason: 'notImage' };
  }
  const size = readingSize(bitmap.width, bitmap.height);
  if (size.width === 0) return { ok: false, reason: 'notImage' };
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return { ok: false, reason: 'notImage' };
  // A transparent screenshot reads as black text on white, not on black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const { data } = context.getImageData(0, 0, size.width, size.height);
  cleaned = cleanForReading(data, size.width, size.height);
  return answer(cleaned);
}

function answer(image: GrayImage): ImageAnswer {
  const pgm = encodePgm(image);
  return { ok: true, pgm: pgm.buffer as ArrayBuffer, linesAcross: linesRunAcross(image), width: image.width, height: image.height };
}

self.onmessage = async (event: MessageEvent<ImageRequest>) => {
  const request = event.data;
  // The field reader's many patterns over a page of text take tens of milliseconds: here, not on the page's thread.
  if (request.type === 'extract') {
    self.postMessage({ ok: true, reading: extractCertificateFields(request.text, request.context) } satisfies ExtractAnswer);
    return;
  }
  let result: ImageAnswer;
  if (request.type === 'prepare') result = await prepare(request.file);
  else result = cleaned ? answer(rotateQuarterTurns(cleaned, request.quarterTurns)) : { ok: false, reason: 'notImage' };
  self.postMessage(result, result.ok ? [result.pgm] : []);
};
