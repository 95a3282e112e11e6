import { loadingText } from '../../i18n/loading';

/** What a tab says when its code is older than the site: another tab applied an update and old chunks are gone. */
export const STALE_SITE_MESSAGE = loadingText.staleSite;

/** The same failure while offline: the chunk was never cached, and reloading now would not help. */
export const OFFLINE_CHUNK_MESSAGE = loadingText.offlineChunk;

/** Which of the two messages fits now. */
export function chunkFailureMessage(): string {
  return typeof navigator !== 'undefined' && navigator.onLine === false ? OFFLINE_CHUNK_MESSAGE : STALE_SITE_MESSAGE;
}

/** A script that could not be fetched; its message is the Chinese sentence to show, so any caller can show it as it is. */
export class ChunkLoadError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(chunkFailureMessage(), options);
    this.name = 'ChunkLoadError';
  }
}

/** Whether an error is a failed dynamic import (Chromium, Firefox and Safari word it differently). */
export function isChunkLoadError(error: unknown): boolean {
  if (error instanceof ChunkLoadError) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to load module script/i.test(message);
}

/** A failed dynamic import as a ChunkLoadError (with its Chinese message); anything else unchanged. */
export function asChunkError(error: unknown): unknown {
  return isChunkLoadError(error) && !(error instanceof ChunkLoadError) ? new ChunkLoadError({ cause: error }) : error;
}

/** Imports a chunk; a failure comes out as a ChunkLoadError saying in Chinese what to do. */
export function importChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw asChunkError(error);
  });
}

/**
 * The one way the log loads code on demand: the chunk is fetched once and
 * shared by every caller; a failed fetch (offline, stale tab) is said in
 * Chinese and retried on the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= importChunk(load).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
