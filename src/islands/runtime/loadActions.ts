import { asChunkError } from './staleChunk';

type Actions = typeof import('./actions');

let loading: Promise<Actions> | undefined;

/** The write-side module, fetched once; a failed fetch is retried on the next call. */
export function loadActions(): Promise<Actions> {
  loading ??= import('./actions').catch((error: unknown) => {
    loading = undefined;
    // A stale tab's missing chunk says so in Chinese, whoever shows the message.
    throw asChunkError(error);
  });
  return loading;
}
