import { ocrFilesForThisDevice } from './ocrEngine';

/** Whether every OCR file this device needs is kept on it (the service worker's caches): then reading works offline and asks nothing. */
export async function ocrFilesKept(): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  const needed = await ocrFilesForThisDevice();
  const found = await Promise.all(needed.map((file) => caches.match(file.path, { ignoreVary: true })));
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
    if (fileBytes !== file.bytes) throw new Error(`${file.path}: ${fileBytes} of ${file.bytes} bytes`);
    loaded += file.bytes;
    onProgress(loaded, total);
  }
}
