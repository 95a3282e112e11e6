/**
 * Reads a backup file off the main thread: inflating a hostile zip can take
 * seconds even under the caps, and the page must stay responsive (and the
 * person able to cancel, which terminates this worker).
 */
import { readBackup, type BackupResult } from '../../core/backup/readBackup';
import { backupReadingText } from '../../i18n/backupReading';

export type BackupWorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; result: BackupResult };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: BackupWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  let reported = 0;
  let result: BackupResult;
  try {
    result = readBackup(new Uint8Array(event.data), {
      onProgress(fraction) {
        if (fraction - reported >= 0.01) {
          reported = fraction;
          scope.postMessage({ type: 'progress', fraction });
        }
      },
    });
  } catch {
    result = { ok: false, message: backupReadingText.unexpected };
  }
  const buffers = result.ok ? [...new Set(result.backup.evidence.map((item) => item.data.buffer as ArrayBuffer))] : [];
  scope.postMessage({ type: 'done', result }, buffers);
};
