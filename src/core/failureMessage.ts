const HAN = /[\u4e00-\u9fff]/;

/**
 * The message of a failure that may be shown to the person, or null. Our own
 * errors speak Chinese; a library's or the browser's English is never shown
 * (the caller says a plain Chinese sentence in its place).
 */
export function chineseMessage(error: unknown): string | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return HAN.test(message) ? message : null;
}
