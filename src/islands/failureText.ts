import { chunkFailureMessage, isChunkLoadError } from './staleChunk';

const HAN = /[\u4e00-\u9fff]/;

/**
 * "生成 PDF 失败：…。" for any failure: our own Chinese message as it is (one
 * final 。), a stale tab's missing chunk as the reload offer, and a library's
 * English never shown, only a plain Chinese sentence in its place.
 */
export function failureText(what: string, error: unknown): string {
  if (isChunkLoadError(error)) return chunkFailureMessage();
  const message = error instanceof Error ? error.message : String(error);
  if (HAN.test(message)) return `${what}：${message.replace(/[。.\s]+$/u, '')}。`;
  return `${what}：出现了意外错误，请重试；如果反复出现，请刷新页面。`;
}
