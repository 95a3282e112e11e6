import { isGlyfTrueType, readCmapCodePoints } from '../core/pdf/fontCoverage';
import { rememberFontBinary } from './renderSummary';

const FONT_URL = '/fonts/NotoSansSC-Regular.ttf';

export interface PdfFont {
  bytes: Uint8Array;
  covered: Set<number>;
}

let fontLoading: Promise<PdfFont> | undefined;

/**
 * jsPDF takes the font as a "binary string". The browser's own FileReader makes
 * it off the script's hot path in a few milliseconds, where a JavaScript loop
 * over 2.7 MB took a long task on a phone.
 */
function readBinaryString(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  if (typeof FileReader === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' && reader.result.length === bytes.length ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsBinaryString(new Blob([bytes]));
  });
}

/**
 * The PDF font and what it covers, fetched and prepared once per PDF worker
 * (from the service worker's cache when offline): ahead of the first tap when
 * the panel asks the worker to warm up, and again (instantly) by every PDF.
 */
export function loadPdfFont(): Promise<PdfFont> {
  fontLoading ??= fetch(FONT_URL)
    .then(async (response) => {
      if (!response.ok) throw new Error(`字体文件加载失败（${response.status}）`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isGlyfTrueType(bytes)) throw new Error('字体文件格式不正确，无法生成中文 PDF');
      const binary = await readBinaryString(bytes);
      if (binary !== null) rememberFontBinary(bytes, binary);
      return { bytes, covered: readCmapCodePoints(bytes) };
    })
    .catch((error: unknown) => {
      fontLoading = undefined;
      throw error;
    });
  return fontLoading;
}
