import type { CertificateContext, CertificateReading } from '../../core/certificate/extractFields';
import { ChunkLoadError } from '../runtime/staleChunk';

/** A certificate is one or two pages; a 500-page PDF is read only this far (and the person is told). */
export const PDF_PAGES_READ = 3;

export interface PdfRequest {
  bytes: ArrayBuffer;
  cMapUrl: string;
  /** For reading the fields from a text layer in the worker. */
  context: CertificateContext;
}

export type PdfAnswer =
  | { ok: true; kind: 'text'; reading: CertificateReading; pagesRead: number; totalPages: number }
  | { ok: true; kind: 'images'; images: ArrayBuffer[]; pagesRead: number; totalPages: number }
  | { ok: false; reason: 'password' | 'notPdf' };

/** Reads a PDF in its own worker (pdf.js is fetched only now); the worker ends with the answer. */
export function readPdfInWorker(bytes: ArrayBuffer, cMapUrl: string, context: CertificateContext): Promise<PdfAnswer> {
  const worker = new Worker(new URL('./certificatePdfWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<PdfAnswer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PdfAnswer>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker answers every PDF itself, so an error here means its script could not be loaded.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new ChunkLoadError({ cause: event.message }));
    };
    worker.postMessage({ bytes, cMapUrl, context } satisfies PdfRequest, [bytes]);
  }).finally(() => worker.terminate());
}
