import { describe, expect, it } from 'vitest';
import { CORE_VARIANTS, coreFileName, firstUseFiles, OCR_ROOT, pickCoreVariant, totalBytes, type OcrFileSet } from '../../../../../src/core/certificate/ocr/ocrFiles';

const folder = `${OCR_ROOT}tesseract-7.0.0-core-7.0.0-chi_sim-1.0.0/`;
const file = (name: string, bytes: number) => ({ path: `${folder}${name}`, bytes });
const SET: OcrFileSet = {
  folder,
  worker: file('worker.min.js', 120_000),
  cores: {
    relaxedsimd: { script: file(coreFileName('relaxedsimd', 'js'), 90_000), wasm: file(coreFileName('relaxedsimd', 'wasm'), 3_100_000) },
    simd: { script: file(coreFileName('simd', 'js'), 91_000), wasm: file(coreFileName('simd', 'wasm'), 3_000_000) },
    plain: { script: file(coreFileName('plain', 'js'), 92_000), wasm: file(coreFileName('plain', 'wasm'), 2_900_000) },
  },
  language: file('chi_sim.traineddata', 1_700_000),
  cMapFolder: `${OCR_ROOT}pdfjs-5.6.205-cmaps/`,
};

describe('the core build a device downloads', () => {
  it.each([
    [{ simd: true, relaxedSimd: true }, 'relaxedsimd'],
    [{ simd: false, relaxedSimd: true }, 'relaxedsimd'],
    [{ simd: true, relaxedSimd: false }, 'simd'],
    [{ simd: false, relaxedSimd: false }, 'plain'],
  ] as const)('%o → %s', (support, variant) => {
    expect(pickCoreVariant(support)).toBe(variant);
  });

  it.each([
    ['relaxedsimd', 'js', 'tesseract-core-relaxedsimd-lstm.js'],
    ['relaxedsimd', 'wasm', 'tesseract-core-relaxedsimd-lstm.wasm'],
    ['simd', 'js', 'tesseract-core-simd-lstm.js'],
    ['simd', 'wasm', 'tesseract-core-simd-lstm.wasm'],
    ['plain', 'js', 'tesseract-core-lstm.js'],
    ['plain', 'wasm', 'tesseract-core-lstm.wasm'],
  ] as const)('the %s build’s .%s file is %s (LSTM only)', (variant, extension, name) => {
    expect(coreFileName(variant, extension)).toBe(name);
  });

  it('offers the fastest build first', () => expect(CORE_VARIANTS).toEqual(['relaxedsimd', 'simd', 'plain']));
});

describe('what a first use downloads, in the order it is needed', () => {
  it.each(CORE_VARIANTS)('%s: the worker, its core script, its WebAssembly, then the language data', (variant) => {
    const files = firstUseFiles(SET, variant);
    expect(files.map((f) => f.path.slice(folder.length))).toEqual(['worker.min.js', coreFileName(variant, 'js'), coreFileName(variant, 'wasm'), 'chi_sim.traineddata']);
    expect(files.every((f) => f.path.startsWith(OCR_ROOT))).toBe(true);
  });

  it('never another build’s core', () => {
    const paths = firstUseFiles(SET, 'simd').map((f) => f.path);
    expect(paths.some((p) => p.includes('relaxedsimd') || p.endsWith('/tesseract-core-lstm.wasm'))).toBe(false);
  });

  it('counts the bytes it states before asking', () => {
    expect(totalBytes(firstUseFiles(SET, 'simd'))).toBe(120_000 + 91_000 + 3_000_000 + 1_700_000);
    expect(totalBytes([])).toBe(0);
  });
});
