import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_VARIANTS, OCR_ROOT, coreFileName, firstUseFiles, totalBytes, type OcrFileSet } from '../../src/core/certificate/ocr/ocrFiles';
import { ROOT } from '../helpers/content';

/**
 * What the production build serves for 从证书识别, read from dist/ (the browser
 * tests run on the build, so it is there): the OCR files self-hosted in one
 * versioned folder, a first use within its download budget, and nothing of
 * the reader in /log/'s offline kit, which every visitor of the log downloads.
 */
const DIST = join(ROOT, 'dist');
const FIRST_USE_BUDGET = 6 * 1024 * 1024;

function ocrFolder(): string {
  const folders = readdirSync(join(DIST, OCR_ROOT)).filter((name) => name.startsWith('tesseract-'));
  expect(folders).toHaveLength(1);
  return `${OCR_ROOT}${folders[0]}/`;
}

/** The file set as the app is told it, rebuilt from the files the build wrote. */
function builtSet(folder: string): OcrFileSet {
  const file = (name: string) => ({ path: `${folder}${name}`, bytes: statSync(join(DIST, folder, name)).size });
  const cores = Object.fromEntries(CORE_VARIANTS.map((variant) => [variant, { script: file(coreFileName(variant, 'js')), wasm: file(coreFileName(variant, 'wasm')) }])) as OcrFileSet['cores'];
  return { folder, worker: file('worker.min.js'), cores, language: file('chi_sim.traineddata'), cMapFolder: '' };
}

/** /log/'s offline kit as the service worker's plan lists it (the same reading as scripts/checkBudgets.mjs). */
function logOfflineKit(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const plan = JSON.parse(sw.match(/^const OFFLINE = (.*);$/m)?.[1] ?? 'null') as { pages: Record<string, number[]>; files: { url: string }[] } | null;
  expect(plan, 'sw.js carries its offline plan').not.toBeNull();
  return (plan?.pages['/log/'] ?? []).map((index) => plan?.files[index]?.url ?? '');
}

test.describe('the OCR files in the build', () => {
  test('one versioned folder holds the engine’s worker, the three core builds and the Chinese data', () => {
    const folder = ocrFolder();
    const names = readdirSync(join(DIST, folder)).sort();
    const expected = ['worker.min.js', 'chi_sim.traineddata', ...CORE_VARIANTS.flatMap((variant) => [coreFileName(variant, 'js'), coreFileName(variant, 'wasm')])].sort();
    expect(names).toEqual(expected);
    for (const name of names) expect(statSync(join(DIST, folder, name)).size, name).toBeGreaterThan(1000);
    for (const variant of CORE_VARIANTS) {
      // WebAssembly's own magic: "\0asm".
      expect([...readFileSync(join(DIST, folder, coreFileName(variant, 'wasm'))).subarray(0, 4)], variant).toEqual([0x00, 0x61, 0x73, 0x6d]);
    }
  });

  test('the language data stays gzip under its plain name (the engine unpacks it)', () => {
    const bytes = readFileSync(join(DIST, ocrFolder(), 'chi_sim.traineddata'));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  });

  test('a first use downloads at most 6 MB with the SIMD build, and with every other', () => {
    const set = builtSet(ocrFolder());
    expect(totalBytes(firstUseFiles(set, 'simd'))).toBeLessThanOrEqual(FIRST_USE_BUDGET);
    for (const variant of CORE_VARIANTS) expect(totalBytes(firstUseFiles(set, variant)), variant).toBeLessThanOrEqual(FIRST_USE_BUDGET);
  });

  test('/log/’s offline kit holds nothing of the OCR files nor the PDF reader’s workers (pdf.js is used by nothing else)', () => {
    const kit = logOfflineKit();
    expect(kit.length).toBeGreaterThan(1);
    expect(kit.filter((url) => url.startsWith(OCR_ROOT))).toEqual([]);
    expect(kit.filter((url) => /certificatePdfWorker|pdf\.worker/.test(url))).toEqual([]);
    // The chunk exists in the build: the check above is about a real file, not a name that changed.
    expect(readdirSync(join(DIST, '_astro')).some((name) => name.startsWith('certificatePdfWorker'))).toBe(true);
  });
});
