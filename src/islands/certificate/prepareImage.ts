import { ChunkLoadError } from '../runtime/staleChunk';
import type { ImageAnswer, ImageRequest } from './certificateImageWorker';

export interface ImageSession {
  /** Decodes and cleans the photo; the worker keeps it for turned copies. */
  prepare(file: Blob): Promise<ImageAnswer>;
  /** The prepared photo turned clockwise by quarter turns. */
  turned(quarterTurns: number): Promise<ImageAnswer>;
  close(): void;
}

/** One worker per photo read: the page's thread never decodes or touches the pixels. */
export function openImageSession(): ImageSession {
  const worker = new Worker(new URL('./certificateImageWorker.ts', import.meta.url), { type: 'module' });
  const ask = (request: ImageRequest) =>
    new Promise<ImageAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImageAnswer>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new ChunkLoadError({ cause: event.message }));
      };
      worker.postMessage(request);
    });
  return {
    prepare: (file) => ask({ type: 'prepare', file }),
    turned: (quarterTurns) => ask({ type: 'turned', quarterTurns }),
    close: () => worker.terminate(),
  };
}
