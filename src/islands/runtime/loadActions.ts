import { loadOnce } from './staleChunk';

/** The write-side module (zod and the write paths), fetched once; a failed fetch is retried on the next call. */
export const loadActions = loadOnce(() => import('./actions'));
