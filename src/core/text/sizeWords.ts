/**
 * A size limit as primary text says it: "10 兆字节" rather than "10 MB", so a
 * hint reads as plain Chinese; the figure in MB stays in 文件格式说明.
 */
export const MEGABYTE_WORD = '兆字节';

/** `megabytes` as given (a count or an already formatted figure such as "2.5"), in plain words. */
export function megabytesInWords(megabytes: number | string): string {
  return `${megabytes} ${MEGABYTE_WORD}`;
}

/** A size as a message says it: 千字节 under 1 兆字节 (whole, never "0" for a non-empty file), 兆字节 above (at most one decimal). */
export function sizeInWords(bytes: number): string {
  if (!(bytes > 0)) return '0 千字节';
  const kilobytes = Math.max(1, Math.round(bytes / 1024));
  if (kilobytes < 1024) return `${kilobytes} 千字节`;
  return megabytesInWords(String(Number((bytes / 1024 / 1024).toFixed(1))));
}

/** Bytes as a whole or one-decimal count of 兆字节 (1 兆字节 = 1024 × 1024 字节, as the limits count them). */
export function bytesAsMegabytes(bytes: number): string {
  const megabytes = bytes / 1024 / 1024;
  return megabytesInWords(Number.isInteger(megabytes) ? String(megabytes) : megabytes.toFixed(1));
}
