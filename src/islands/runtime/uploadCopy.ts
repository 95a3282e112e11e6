import type { EvidenceType } from '../../core/evidence/fileType';

/** The long edge of an upload copy starts here and shrinks until the file fits. */
export const MAX_EDGE = 2400;
const MIN_EDGE = 480;
const QUALITIES = [0.88, 0.78, 0.68] as const;

export type UploadCopy =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; type: 'image/jpeg' | 'image/png' | 'application/pdf'; width: number; height: number; kept: boolean }
  | { ok: false; reason: 'undecodable' | 'cannotShrink' };

async function encode(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/jpeg', quality));
}

/**
 * A copy of an evidence file that fits the upload limit; the original is never
 * changed. A PDF within the limit is kept as it is, one over it cannot be
 * shrunk here. An image is redrawn upright (EXIF orientation applied) as JPEG,
 * its long edge capped at 2400 px, then quality and size step down until it fits.
 */
export async function makeUploadCopy(data: ArrayBuffer, type: EvidenceType, maxBytes: number): Promise<UploadCopy> {
  if (type === 'application/pdf') {
    return data.byteLength <= maxBytes ? { ok: true, bytes: new Uint8Array(data), type, width: 0, height: 0, kept: true } : { ok: false, reason: 'cannotShrink' };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([data], { type }), { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
  try {
    if (bitmap.width === 0 || bitmap.height === 0) return { ok: false, reason: 'undecodable' };
    let edge = Math.min(MAX_EDGE, Math.max(bitmap.width, bitmap.height));
    while (edge >= MIN_EDGE) {
      const scale = edge / Math.max(bitmap.width, bitmap.height);
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      for (const quality of QUALITIES) {
        const blob = await encode(bitmap, width, height, quality);
        if (blob.size <= maxBytes) return { ok: true, bytes: new Uint8Array(await blob.arrayBuffer()), type: 'image/jpeg', width, height, kept: false };
      }
      edge = Math.floor(edge * 0.75);
    }
    return { ok: false, reason: 'cannotShrink' };
  } finally {
    bitmap.close();
  }
}
