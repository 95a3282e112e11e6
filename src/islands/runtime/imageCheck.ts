import type { EvidenceType } from '../../core/evidence/fileType';

/** Whether the browser can decode the bytes as the image type they claim; a PDF is not an image and passes. */
export async function decodesAsImage(data: ArrayBuffer, type: EvidenceType): Promise<boolean> {
  if (type === 'application/pdf') return true;
  try {
    const bitmap = await createImageBitmap(new Blob([data], { type }));
    const ok = bitmap.width > 0 && bitmap.height > 0;
    bitmap.close();
    return ok;
  } catch {
    return false;
  }
}
