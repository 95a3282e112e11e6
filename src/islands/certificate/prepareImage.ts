import { ChunkLoadError } from '../runtime/staleChunk';
import type { CertificateContext, CertificateReading } from '../../core/certificate/extractFields';
import type { ExtractAnswer, ImageAnswer, ImageRequest } from './certificateImageWorker';

export interface ImageSession {
  /** Decodes and cleans the photo; the worker keeps it for turned copies. */
  prepare(file: Blob): Promise<ImageAnswer>;
  /** The prepared photo turned clockwise by quarter turns. */
  turned(quarterTurns: number): Promise<ImageAnswer>;
  /** The fields read from recognised text, off the page's thread. */
  extract(text: string, context: CertificateContext): Promise<CertificateReading>;
  close(): void;
}

/** One worker per reading: the page's thread never decodes, touches the pixels or runs the field reader. */
export function openImageSession(): ImageSession {
  const worker = new Worker(new URL('./certificateImageWorker.ts', import.meta.url), { type: 'module' });
  const ask = <T = ImageAnswer>(request: ImageRequest) =>
    new Promise<T>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<T>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new ChunkLoadError({ cause: event.message }));
      };
      worker.postMessage(request);
    });
  return {
    prepare: (file) => ask({ type: 'prepare', file }),
    turned: (quarterTurns) => ask({ type: 'turned', quarterTurns }),
    extract: async (text, context) => (await ask<ExtractAnswer>({ type: 'extract', text, context })).reading,
    close: () => worker.terminate(),
  };
}
