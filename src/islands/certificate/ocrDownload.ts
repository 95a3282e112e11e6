import type { OcrFile } from '../../core/certificate/ocr/ocrFiles';
import { ocrFilesForThisDevice } from './ocrEngine';

/**
 * Whether a file is kept whole. A response cut short yet answered as complete
 * (a proxy, a captive portal) is kept by the service worker like any other;
 * a copy of the wrong size is dropped here, so it is fetched again whole
 * instead of being read back from the cache on every attempt.
 */
async function keptWhole(file: OcrFile): Promise<boolean> {
  const kept = await caches.match(file.path, { ignoreVary: true });
  if (!kept) return false;
  if ((await kept.blob()).size === file.bytes) return true;
  await forget(file);
  return false;
}

async function forget(file: OcrFile): Promise<void> {
  if (typeof caches === 'undefined') return;
  for (const name of await caches.keys()) await (await caches.open(name)).delete(file.path, { ignoreVary: true });
}

/** Whether every OCR file this device needs is kept on it (the service worker's caches): then reading works offline and asks nothing. */
export async function ocrFilesKept(): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  const needed = await ocrFilesForThisDevice();
  const found = await Promise.all(needed.map(keptWhole));
  return found.every(Boolean);
}

export async function ocrDownloadBytes(): Promise<number> {
  return (await ocrFilesForThisDevice()).reduce((sum, file) => sum + file.bytes, 0);
}

/**
 * Fetches the OCR files once, after the person agreed, reporting bytes as they
 * arrive. The service worker keeps each file as it passes (cache-first), and a
 * file cut off midway is never kept: its response never completes, so the next
 * attempt fetches it again whole. Rejects on a failed or interrupted download.
 */
export async function downloadOcrFiles(onProgress: (loaded: number, total: number) => void, signal: AbortSignal): Promise<void> {
  const needed = await ocrFilesForThisDevice();
  // A short copy left by an earlier attempt would be answered from the cache again.
  if (typeof caches !== 'undefined') await Promise.all(needed.map(keptWhole));
  const total = needed.reduce((sum, file) => sum + file.bytes, 0);
  let loaded = 0;
  onProgress(0, total);
  for (const file of needed) {
    const response = await fetch(file.path, { signal, credentials: 'same-origin' });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.getReader();
    let fileBytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      fileBytes += value.byteLength;
      // Counted against the size the build recorded; a compressed transfer still ends at the file's own size.
      onProgress(Math.min(loaded + fileBytes, total), total);
    }
    if (fileBytes !== file.bytes) {
      await forget(file);
      throw new Error(`${file.path}: ${fileBytes} of ${file.bytes} bytes`);
    }
    loaded += file.bytes;
    onProgress(loaded, total);
  }
}
