import { sheetReadingText } from '../../i18n/sheetReading';
import type { IntakeOutcome, IntakeRequest } from './sheetIntake';
import type { SheetWorkerMessage } from './sheetWorker';
import { ChunkLoadError } from './staleChunk';

export type SheetResult = IntakeOutcome | { ok: false; cancelled: true; message: string };

export interface SheetSession {
  /** Sends one request (read a file, choose a sheet or a column); its answer, or `cancelled` when the person stopped it. */
  request(request: IntakeRequest, onProgress: (fraction: number) => void): Promise<SheetResult>;
  /** Stops the work at once; the session ends. */
  cancel(): void;
  /** Ends the session (the preview was imported or closed). */
  close(): void;
}

/**
 * A worker that reads one spreadsheet and keeps it while its preview is open,
 * so another sheet or column is checked there too. One request at a time.
 */
export function openSheetSession(): SheetSession {
  const worker = new Worker(new URL('./sheetWorker.ts', import.meta.url), { type: 'module' });
  let settle: ((result: SheetResult) => void) | null = null;
  let fail: ((error: unknown) => void) | null = null;
  let progress: (fraction: number) => void = () => {};
  let ended = false;
  const end = () => {
    ended = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<SheetWorkerMessage>) => {
    if (event.data.type === 'progress') progress(event.data.fraction);
    else {
      settle?.(event.data.outcome);
      settle = null;
    }
  };
  // The worker catches its own errors, so an error here means its script could not be loaded.
  worker.onerror = (event) => {
    event.preventDefault();
    end();
    fail?.(new ChunkLoadError({ cause: event.message }));
    settle = null;
  };
  return {
    request(request, onProgress) {
      if (ended) return Promise.resolve({ ok: false, cancelled: true, message: sheetReadingText.cancelled });
      progress = onProgress;
      return new Promise<SheetResult>((resolve, reject) => {
        settle = resolve;
        fail = reject;
        if (request.type === 'read') worker.postMessage(request, [request.bytes]);
        else worker.postMessage(request);
      });
    },
    cancel() {
      end();
      settle?.({ ok: false, cancelled: true, message: sheetReadingText.cancelled });
      settle = null;
    },
    close: end,
  };
}
