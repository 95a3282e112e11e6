import { bytesAsMegabytes, sizeInWords } from '../text/sizeWords';

/** Largest evidence file kept: a phone photo fits, a 30 MB scan does not. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;

export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,application/pdf';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

/**
 * The real type of a file from its first bytes. The name and the browser's
 * claimed type are not trusted: a renamed .exe stays unknown.
 */
export function sniffEvidenceType(head: Uint8Array): EvidenceType | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return undefined;
}

export type EvidenceCheck = { ok: true; type: EvidenceType } | { ok: false; message: string };

/** Whether a file's size is acceptable; checked before its bytes are read, so a 30 MB photo is never loaded. */
export function checkEvidenceSize(file: { name: string; size: number }): { ok: true } | { ok: false; message: string } {
  if (file.size === 0) return { ok: false, message: `“${file.name}”是空文件` };
  if (file.size > MAX_EVIDENCE_BYTES) {
    return { ok: false, message: `“${file.name}”有 ${sizeInWords(file.size)}，单个凭证文件不能超过 ${bytesAsMegabytes(MAX_EVIDENCE_BYTES)}` };
  }
  return { ok: true };
}

/** Whether a file may be kept as evidence, with a Chinese reason when not. */
export function checkEvidenceFile(file: { name: string; size: number }, head: Uint8Array): EvidenceCheck {
  const size = checkEvidenceSize(file);
  if (!size.ok) return size;
  const type = sniffEvidenceType(head);
  if (type === undefined) return { ok: false, message: `“${file.name}”不是本站能读取的图片或 PDF 文件` };
  return { ok: true, type };
}

/** What is known of an evidence file without its bytes: the one shape the database, the backup and the views share. */
export interface EvidenceMeta {
  id: string;
  entryId: string;
  name: string;
  type: EvidenceType;
  size: number;
  addedAt: string;
}
