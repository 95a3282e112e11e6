import files from 'virtual:ocr-files';
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { firstUseFiles, pickCoreVariant, type OcrFile } from '../../core/certificate/ocr/ocrFiles';
import { textFromOcrLines, type OcrLine } from '../../core/certificate/ocrText';

/**
 * The OCR engine (tesseract.js 7, chi_sim best_int), run from this site's own
 * files in a worker of its own: never a CDN, never a blob: worker (the CSP
 * allows neither). Its WebAssembly compiles inside that worker, whose script
 * is fetched from /ocr/ and carries no page policy, so the log page's CSP
 * stays as strict as before. Started once and kept while the page is open.
 */
export interface Recognised {
  text: string;
  /** The engine's mean word confidence, 0–100. */
  confidence: number;
}

interface Engine {
  recognize(image: Uint8Array, options: object, output: { text: boolean; blocks: boolean }): Promise<{ data: { confidence: number; blocks: { paragraphs: { lines: OcrLine[] }[] }[] | null } }>;
  terminate(): Promise<unknown>;
}

const absolute = (path: string) => new URL(path, self.location.origin).href;

let variantPromise: Promise<OcrFile[]> | null = null;

/** The files this device needs (its WebAssembly build chosen by what it supports), in download order. */
export function ocrFilesForThisDevice(): Promise<OcrFile[]> {
  variantPromise ??= Promise.all([simd(), relaxedSimd()]).then(([hasSimd, hasRelaxed]) => firstUseFiles(files, pickCoreVariant({ simd: hasSimd, relaxedSimd: hasRelaxed })));
  return variantPromise;
}

let engine: Promise<Engine> | null = null;

async function start(): Promise<Engine> {
  const [worker, coreScript] = await ocrFilesForThisDevice();
  const { createWorker, OEM } = (await import('tesseract.js/dist/tesseract.esm.min.js')).default;
  const created = await createWorker('chi_sim', OEM.LSTM_ONLY, {
    workerPath: absolute((worker as OcrFile).path),
    corePath: absolute((coreScript as OcrFile).path),
    langPath: absolute(files.folder),
    // Asks for chi_sim.traineddata (not .gz): its bytes are gzip all the same, and the engine unpacks them.
    gzip: false,
    // The service worker keeps the files; a second copy in IndexedDB would only take space.
    cacheMethod: 'none',
    workerBlobURL: false,
  });
  await created.setParameters({ user_defined_dpi: '300', preserve_interword_spaces: '1' } as Parameters<typeof created.setParameters>[0]);
  return created as unknown as Engine;
}

/** Recognises one prepared (PGM) image. A failed start is forgotten, so the next reading tries again. */
export async function recognise(image: ArrayBuffer): Promise<Recognised> {
  engine ??= start().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  // Word by word with each character's confidence, so that what the engine doubted is never filled as sure.
  const { data } = await (await engine).recognize(new Uint8Array(image), {}, { text: false, blocks: true });
  const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  return { text: textFromOcrLines(lines), confidence: data.confidence };
}

/** Stops a reading at once (the engine cannot be interrupted otherwise); the next reading starts the engine again. */
export function stopEngine(): void {
  const running = engine;
  engine = null;
  void running?.then((started) => started.terminate()).catch(() => undefined);
}

export function cMapUrl(): string {
  return absolute(files.cMapFolder);
}
