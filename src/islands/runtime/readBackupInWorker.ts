import type { BackupResult } from '../../core/backup/readBackup';
import { backupReadingText } from '../../i18n/backupReading';
import type { BackupWorkerMessage } from './backupWorker';
import { ChunkLoadError } from './staleChunk';

export type ReadingResult = BackupResult | { ok: false; cancelled: true; message: string };

export interface BackupReading {
  /** The checked backup or the reason it was refused; `cancelled` when the person stopped it. */
  result: Promise<ReadingResult>;
  cancel: () => void;
}

/** Checks a backup file in a Web Worker, reporting progress; cancel() stops it at once. */
export function readBackupInWorker(bytes: ArrayBuffer, onProgress: (fraction: number) => void): BackupReading {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<ReadingResult>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      resolve({ ok: false, cancelled: true, message: backupReadingText.cancelled });
    };
    worker.onmessage = (event: MessageEvent<BackupWorkerMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.fraction);
      else {
        worker.terminate();
        resolve(event.data.result);
      }
    };
    // The worker catches its own errors, so an error here means its script could not be loaded.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new ChunkLoadError({ cause: event.message }));
    };
  });
  worker.postMessage(bytes, [bytes]);
  return { result, cancel };
}
