/// <reference lib="webworker" />
import { PDFWorker, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { extractCertificateFields, type CertificateContext } from '../../core/certificate/extractFields';
import { cleanForReading } from '../../core/certificate/image/cleanForReading';
import { encodePgm, readingSize } from '../../core/certificate/image/grayImage';
import { textLines, type TextPiece } from '../../core/certificate/pdfTextLines';
import { PDF_PAGES_READ, type PdfAnswer, type PdfRequest } from './pdfReading';

/**
 * Reads a certificate PDF off the page's thread. A digital certificate's text
 * layer is read exactly, no OCR; a scanned one (pages that are only pictures)
 * is drawn page by page, at most PDF_PAGES_READ, for the OCR engine.
 * pdf.js's parser runs in a worker of this worker's own (its script, too, is
 * fetched only now), handed to pdf.js as a ready port: left to itself pdf.js
 * looks for a window to start it from, finds none here, and would run the
 * parser in this thread, answering the page in its own words.
 */

/** pdf.js draws into canvases it asks for; in a worker those are OffscreenCanvases. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(pair: { canvas: OffscreenCanvas }, width: number, height: number) {
    pair.canvas.width = Math.max(1, Math.round(width));
    pair.canvas.height = Math.max(1, Math.round(height));
  }
  getNoAlphaContext(canvas: OffscreenCanvas) {
    return canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  }
  destroy(pair: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (pair.canvas) pair.canvas.width = pair.canvas.height = 0;
    pair.canvas = null;
    pair.context = null;
  }
}

/** Colour filters (high-contrast modes, transfer functions) need the DOM; a certificate read for its words needs none of them. */
class NoFilterFactory {
  addFilter() {
    return 'none';
  }
  addHCMFilter() {
    return 'none';
  }
  addAlphaFilter() {
    return 'none';
  }
  addLuminosityFilter() {
    return 'none';
  }
  addHighlightHCMFilter() {
    return 'none';
  }
  destroy() {}
}

async function pageText(document: PDFDocumentProxy, number: number): Promise<string[]> {
  const page = await document.getPage(number);
  const content = await page.getTextContent();
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    pieces.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
  }
  return textLines(pieces);
}

async function pageImage(document: PDFDocumentProxy, number: number): Promise<ArrayBuffer> {
  const page = await document.getPage(number);
  const unit = page.getViewport({ scale: 1 });
  const size = readingSize(unit.width, unit.height);
  const viewport = page.getViewport({ scale: size.width / unit.width });
  const canvas = new OffscreenCanvas(Math.round(viewport.width), Math.round(viewport.height));
  const context = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  return encodePgm(cleanForReading(data, canvas.width, canvas.height)).buffer as ArrayBuffer;
}

async function read({ bytes, cMapUrl, context }: PdfRequest): Promise<PdfAnswer> {
  const port = new Worker(pdfWorkerUrl, { type: 'module' });
  // pdf.js's types allow no port, though its code takes any MessagePort-like worker.
  const parser = new PDFWorker({ port } as unknown as ConstructorParameters<typeof PDFWorker>[0]);
  try {
    return await readWith(parser, bytes, cMapUrl, context);
  } finally {
    parser.destroy();
    port.terminate();
  }
}

async function readWith(parser: PDFWorker, bytes: ArrayBuffer, cMapUrl: string, context: CertificateContext): Promise<PdfAnswer> {
  let document: PDFDocumentProxy;
  const loading = getDocument({
    data: new Uint8Array(bytes),
    worker: parser,
    cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: true,
    CanvasFactory: OffscreenCanvasFactory,
    FilterFactory: NoFilterFactory,
    stopAtErrors: false,
  } as Parameters<typeof getDocument>[0]);
  try {
    document = await loading.promise;
  } catch (error) {
    return { ok: false, reason: (error as { name?: string }).name === 'PasswordException' ? 'password' : 'notPdf' };
  }
  try {
    const pages = Math.min(document.numPages, PDF_PAGES_READ);
    const lines: string[] = [];
    for (let number = 1; number <= pages; number += 1) lines.push(...(await pageText(document, number)));
    if (lines.join('').replace(/\s/g, '').length > 0) return { ok: true, kind: 'text', reading: extractCertificateFields(lines.join('\n'), context), pagesRead: pages, totalPages: document.numPages };
    // No text layer: a scan. Its pages are drawn for the OCR engine.
    const images: ArrayBuffer[] = [];
    for (let number = 1; number <= pages; number += 1) images.push(await pageImage(document, number));
    return { ok: true, kind: 'images', images, pagesRead: pages, totalPages: document.numPages };
  } catch {
    return { ok: false, reason: 'notPdf' };
  } finally {
    void loading.destroy();
  }
}

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const answer = await read(event.data);
  self.postMessage(answer, answer.ok && answer.kind === 'images' ? answer.images : []);
};
