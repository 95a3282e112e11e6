/**
 * An image's size as its file header states it, read before decoding, so a
 * 100-megapixel photo is decoded straight to the reading size instead of to
 * 400 MB of pixels. JPEG, PNG and WebP; anything else is decoded as it is.
 * Sizes are as stored (an EXIF-rotated photo's header gives them unturned).
 */
export interface HeaderSize {
  width: number;
  height: number;
  /** EXIF orientation 5–8: the photo is shown turned a quarter, so width and height swap. */
  quarterTurned: boolean;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] as number) << 8) | (b[i + 1] as number);
const u16le = (b: Uint8Array, i: number) => (b[i] as number) | ((b[i + 1] as number) << 8);
const u32be = (b: Uint8Array, i: number) => ((b[i] as number) * 2 ** 24) + (((b[i + 1] as number) << 16) | ((b[i + 2] as number) << 8) | (b[i + 3] as number));
const u24le = (b: Uint8Array, i: number) => (b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16);

function exifOrientation(bytes: Uint8Array, start: number, length: number): number {
  // "Exif\0\0", then a TIFF header whose byte order the first two bytes give.
  if (length < 14 || String.fromCharCode(...bytes.subarray(start, start + 4)) !== 'Exif') return 1;
  const tiff = start + 6;
  const little = bytes[tiff] === 0x49;
  const read16 = (i: number) => (little ? u16le(bytes, i) : u16be(bytes, i));
  const read32 = (i: number) => (little ? read16(i) + read16(i + 2) * 65536 : read16(i) * 65536 + read16(i + 2));
  const ifd = tiff + read32(tiff + 4);
  const end = start + length;
  if (ifd + 2 > end) return 1;
  const count = read16(ifd);
  for (let k = 0; k < count; k += 1) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > end) break;
    if (read16(entry) === 0x0112) return read16(entry + 8);
  }
  return 1;
}

function jpegSize(bytes: Uint8Array): HeaderSize | null {
  let orientation = 1;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1] as number;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
      i += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = u16be(bytes, i + 2);
    if (marker === 0xe1) orientation = exifOrientation(bytes, i + 4, length - 2);
    // Start-of-frame markers (C0–CF, except DHT C4, JPG C8 and DAC CC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(bytes, i + 5), width: u16be(bytes, i + 7), quarterTurned: orientation >= 5 && orientation <= 8 };
    }
    i += 2 + length;
  }
  return null;
}

export function imageHeaderSize(bytes: Uint8Array): HeaderSize | null {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return { width: u32be(bytes, 16), height: u32be(bytes, 20), quarterTurned: false };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes);
  if (bytes.length >= 30 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') {
    const chunk = String.fromCharCode(...bytes.subarray(12, 16));
    if (chunk === 'VP8X') return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1, quarterTurned: false };
    if (chunk === 'VP8L') {
      const b = bytes.subarray(21, 25);
      const width = 1 + ((((b[1] as number) & 0x3f) << 8) | (b[0] as number));
      const height = 1 + ((((b[3] as number) & 0xf) << 10) | ((b[2] as number) << 2) | (((b[1] as number) & 0xc0) >> 6));
      return { width, height, quarterTurned: false };
    }
    if (chunk === 'VP8 ') return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff, quarterTurned: false };
  }
  return null;
}
