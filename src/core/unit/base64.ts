const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Bytes as standard base64 (RFC 4648, with = padding), for a file body inside a JSON exchange file. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(triple >> 18) & 63];
    out += ALPHABET[(triple >> 12) & 63];
    out += b === undefined ? '=' : ALPHABET[(triple >> 6) & 63];
    out += c === undefined ? '=' : ALPHABET[triple & 63];
  }
  return out;
}

/** The length in bytes of a padded base64 text, without decoding it (so a size can be checked first). */
export function base64Length(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/**
 * Standard padded base64 back to bytes; null for any text that is not exactly
 * that (a wrong length, a character outside the alphabet, padding inside).
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const out = new Uint8Array(base64Length(text));
  let written = 0;
  for (let index = 0; index < text.length; index += 4) {
    const last = index + 4 === text.length;
    const quad = [0, 1, 2, 3].map((offset) => {
      const char = text[index + offset] ?? '';
      if (char === '=' && last && offset >= 2) return -1;
      return VALUES.get(char) ?? -2;
    });
    const [a = -2, b = -2, c = -2, d = -2] = quad;
    if (a < 0 || b < 0 || c === -2 || d === -2 || (c === -1 && d !== -1)) return null;
    const triple = (a << 18) | (b << 12) | (Math.max(c, 0) << 6) | Math.max(d, 0);
    out[written++] = (triple >> 16) & 255;
    if (c !== -1) out[written++] = (triple >> 8) & 255;
    if (d !== -1) out[written++] = triple & 255;
  }
  return out;
}
