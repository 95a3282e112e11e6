/**
 * The files the on-device OCR needs, served from this site (never a CDN): the
 * engine's worker script, one build of its WebAssembly core, and the Chinese
 * language data. The build (src/integrations/ocrFiles.ts) copies them under
 * one versioned folder and tells the app their sizes; this module decides which
 * of them a device downloads.
 */

/** Where the OCR files live; a new engine or data version gets a new folder, so a kept copy is never stale under the same name. */
export const OCR_ROOT = '/ocr/';

/** The core builds, fastest first: relaxed SIMD, then SIMD, then plain WebAssembly for browsers with neither. */
export const CORE_VARIANTS = ['relaxedsimd', 'simd', 'plain'] as const;
export type CoreVariant = (typeof CORE_VARIANTS)[number];

export interface OcrFile {
  /** Site path, e.g. /ocr/tesseract-7.0.0/worker.min.js. */
  path: string;
  bytes: number;
}

export interface OcrFileSet {
  folder: string;
  worker: OcrFile;
  cores: Record<CoreVariant, { script: OcrFile; wasm: OcrFile }>;
  /** chi_sim best_int, gzip-compressed under its plain name (the engine unpacks it). */
  language: OcrFile;
  /** pdf.js's character maps, for a PDF whose Chinese font has no Unicode table of its own (fetched one by one, only then). */
  cMapFolder: string;
}

/** The file name each core build has in tesseract.js-core (the LSTM-only builds: the legacy engine is never used). */
export function coreFileName(variant: CoreVariant, extension: 'js' | 'wasm'): string {
  const infix = variant === 'plain' ? '' : `${variant}-`;
  return `tesseract-core-${infix}lstm.${extension}`;
}

export function pickCoreVariant(support: { simd: boolean; relaxedSimd: boolean }): CoreVariant {
  if (support.relaxedSimd) return 'relaxedsimd';
  if (support.simd) return 'simd';
  return 'plain';
}

/** Everything a first use downloads on this device, in the order it is needed. */
export function firstUseFiles(set: OcrFileSet, variant: CoreVariant): OcrFile[] {
  const core = set.cores[variant];
  return [set.worker, core.script, core.wasm, set.language];
}

export function totalBytes(files: readonly OcrFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0);
}
