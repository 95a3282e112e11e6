import type { EvidenceType } from '../evidence/fileType';

/** The upload limit evidence is checked against: a setting, since only the platform's page knows the real one. */
export interface UploadLimit {
  maxBytes: number;
}

export const MB = 1024 * 1024;
/** The site's assumption of a common platform limit (JPG/PNG/PDF up to 5 MB), labelled as such; the platform's page decides. */
export const DEFAULT_UPLOAD_LIMIT: UploadLimit = { maxBytes: 5 * MB };
/** A limit below 0.1 MB or above 50 MB is a slip, not a platform's rule. */
export const MIN_LIMIT_BYTES = Math.round(0.1 * MB);
export const MAX_LIMIT_BYTES = 50 * MB;
/** The types the limit accepts; WebP and GIF become JPEG copies. */
export const UPLOAD_TYPES: readonly EvidenceType[] = ['image/jpeg', 'image/png', 'application/pdf'];

export type LimitProblem = 'empty' | 'notNumber' | 'tooSmall' | 'tooLarge';
export type LimitParse = { ok: true; limit: UploadLimit } | { ok: false; problem: LimitProblem };

/** Megabytes as a person types them ("5", "2.5", "５") into a limit, or why not. */
export function parseLimitMegabytes(text: string): LimitParse {
  const normalised = text.normalize('NFKC').trim().replace(/。/g, '.').replace(/\s*mb$/i, '');
  if (normalised === '') return { ok: false, problem: 'empty' };
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return { ok: false, problem: 'notNumber' };
  const bytes = Math.round(Number(normalised) * MB);
  if (bytes < MIN_LIMIT_BYTES) return { ok: false, problem: 'tooSmall' };
  if (bytes > MAX_LIMIT_BYTES) return { ok: false, problem: 'tooLarge' };
  return { ok: true, limit: { maxBytes: bytes } };
}

/** A stored setting read back: anything that is not a sane limit is the default. */
export function readUploadLimit(stored: unknown): UploadLimit {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_UPLOAD_LIMIT;
  const { maxBytes } = stored as { maxBytes?: unknown };
  if (typeof maxBytes !== 'number' || !Number.isInteger(maxBytes) || maxBytes < MIN_LIMIT_BYTES || maxBytes > MAX_LIMIT_BYTES) return DEFAULT_UPLOAD_LIMIT;
  return { maxBytes };
}

/** "5" for 5 MB, "2.5" for 2.5 MB. */
export function limitMegabytes(limit: UploadLimit): string {
  return String(Math.round((limit.maxBytes / MB) * 10) / 10);
}

/**
 * How an evidence file fares against the limit: it fits as it is, an image
 * needs a (smaller or JPEG) copy, or a PDF is too large and cannot be shrunk here.
 */
export type EvidenceFit = 'fits' | 'needsCopy' | 'cannotShrink';

export function evidenceFit(file: { type: EvidenceType; size: number }, limit: UploadLimit): EvidenceFit {
  const allowed = UPLOAD_TYPES.includes(file.type);
  if (allowed && file.size <= limit.maxBytes) return 'fits';
  return file.type === 'application/pdf' ? 'cannotShrink' : 'needsCopy';
}
