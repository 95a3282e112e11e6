import { chineseMessage } from '../../core/failureMessage';
import { failureWords } from '../../i18n/failures';
import { chunkFailureMessage, isChunkLoadError } from './staleChunk';


/**
 * "<what>: <message>." for any failure: our own Chinese message as it is (one
 * final full stop), a stale tab's missing chunk as the reload offer, and a library's
 * English never shown, only a plain Chinese sentence in its place.
 */
export function failureText(what: string, error: unknown): string {
  if (isChunkLoadError(error)) return chunkFailureMessage();
  const message = chineseMessage(error);
  return message === null ? failureWords.unexpected(what) : failureWords.failed(what, message);
}
