import { sniffEvidenceType } from '../evidence/fileType';
import { bytesAsMegabytes } from '../text/sizeWords';

/**
 * Which files the certificate reader takes: an image or a PDF, by its bytes
 * (never its name), up to READ_MAX_BYTES. That is larger than an attachment
 * may be: a 100-megapixel photo is still read (decoded small), only not kept.
 */
export const READ_MAX_BYTES = 64 * 1024 * 1024;
export const READ_MAX_WORDS = bytesAsMegabytes(READ_MAX_BYTES);

export type ReadableFile =
  | { ok: true; kind: 'image' | 'pdf' }
  | { ok: false; problem: 'empty' | 'tooLarge' | 'notCertificateType' };

export function readableFile(size: number, head: Uint8Array): ReadableFile {
  if (size === 0) return { ok: false, problem: 'empty' };
  if (size > READ_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  const type = sniffEvidenceType(head);
  if (type === undefined) return { ok: false, problem: 'notCertificateType' };
  return { ok: true, kind: type === 'application/pdf' ? 'pdf' : 'image' };
}
