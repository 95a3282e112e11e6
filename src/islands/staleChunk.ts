/** What a tab says when its code is older than the site: another tab applied an update and old chunks are gone. */
export const STALE_SITE_MESSAGE = '网站已更新，请刷新页面（未保存的内容会保留）';

/** A script that could not be fetched: a chunk of an older build, or the network gone before it was cached. */
export class ChunkLoadError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('chunk failed to load', options);
    this.name = 'ChunkLoadError';
  }
}

/** Whether an error is a failed dynamic import (Chromium, Firefox and Safari word it differently). */
export function isChunkLoadError(error: unknown): boolean {
  if (error instanceof ChunkLoadError) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to load module script/i.test(message);
}
