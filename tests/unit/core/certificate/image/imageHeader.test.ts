import { describe, expect, it } from 'vitest';
import { imageHeaderSize } from '../../../../../src/core/certificate/image/imageHeader';

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: number[][]) => Uint8Array.from(parts.flat());

function png(width: number, height: number): Uint8Array {
  return bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], be32(13), ascii('IHDR'), be32(width), be32(height), [8, 2, 0, 0, 0], be32(0));
}

const APP0 = [0xff, 0xe0, ...be16(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
/** A start-of-frame segment (0xC0 baseline, 0xC2 progressive) for a 3-component image. */
const sof = (marker: number, width: number, height: number) => [0xff, marker, ...be16(17), 8, ...be16(height), ...be16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
const DHT = [0xff, 0xc4, ...be16(5), 0, 0, 0];
const SOS = [0xff, 0xda, ...be16(12), 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0, 0x12, 0x34];

/** An APP1 EXIF segment with one IFD entry, Orientation, in either byte order. */
function exif(orientation: number, order: 'II' | 'MM'): number[] {
  const u16 = order === 'II' ? le16 : be16;
  const u32 = (n: number) => (order === 'II' ? [...le16(n & 0xffff), ...le16(n >>> 16)] : be32(n));
  const tiff = [...ascii(order), ...u16(42), ...u32(8), ...u16(1), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0, ...u32(0)];
  const body = [...ascii('Exif'), 0, 0, ...tiff];
  return [0xff, 0xe1, ...be16(body.length + 2), ...body];
}

const jpeg = (...segments: number[][]) => bytes([0xff, 0xd8], ...segments, [0xff, 0xd9]);

function webpVp8x(width: number, height: number): Uint8Array {
  return bytes(ascii('RIFF'), [30, 0, 0, 0], ascii('WEBP'), ascii('VP8X'), [10, 0, 0, 0], [0, 0, 0, 0], le24(width - 1), le24(height - 1));
}

function webpVp8l(width: number, height: number): Uint8Array {
  const bits = (width - 1) | ((height - 1) << 14);
  return bytes(ascii('RIFF'), [30, 0, 0, 0], ascii('WEBP'), ascii('VP8L'), [10, 0, 0, 0], [0x2f], [bits & 0xff, (bits >>> 8) & 0xff, (bits >>> 16) & 0xff, (bits >>> 24) & 0xff], [0, 0, 0, 0, 0]);
}

function webpVp8(width: number, height: number): Uint8Array {
  return bytes(ascii('RIFF'), [30, 0, 0, 0], ascii('WEBP'), ascii('VP8 '), [10, 0, 0, 0], [0x10, 0x02, 0x00], [0x9d, 0x01, 0x2a], le16(width), le16(height), [0, 0]);
}

describe('an image’s size from its header, before decoding', () => {
  it.each([
    ['PNG', png(1920, 1080), 1920, 1080],
    ['PNG of 100 megapixels', png(10000, 10000), 10000, 10000],
    ['PNG wider than 65,535', png(70000, 3), 70000, 3],
    ['baseline JPEG (SOF0)', jpeg(APP0, DHT, sof(0xc0, 4032, 3024), SOS), 4032, 3024],
    ['progressive JPEG (SOF2)', jpeg(APP0, sof(0xc2, 10000, 10000), SOS), 10000, 10000],
    ['JPEG with the frame straight after the start', jpeg(sof(0xc0, 640, 480), SOS), 640, 480],
    ['JPEG with fill bytes before a marker', jpeg([0xff], APP0, sof(0xc0, 800, 600)), 800, 600],
    ['WebP, extended (VP8X)', webpVp8x(6000, 4000), 6000, 4000],
    ['WebP, lossless (VP8L)', webpVp8l(1179, 2556), 1179, 2556],
    ['WebP, lossless at its largest (VP8L, 16384)', webpVp8l(16384, 16384), 16384, 16384],
    ['WebP, lossy (VP8)', webpVp8(1080, 2400), 1080, 2400],
  ])('%s → %i × %i, not turned', (_name, file, width, height) => {
    expect(imageHeaderSize(file)).toEqual({ width, height, quarterTurned: false });
  });

  it.each([
    [1, 'II', false],
    [3, 'MM', false],
    [6, 'MM', true],
    [6, 'II', true],
    [8, 'MM', true],
    [8, 'II', true],
    [5, 'II', true],
    [9, 'MM', false],
  ] as const)('EXIF orientation %i (%s byte order) → turned a quarter: %s; the size stays as stored', (orientation, order, turned) => {
    expect(imageHeaderSize(jpeg(exif(orientation, order), DHT, sof(0xc0, 4032, 3024), SOS))).toEqual({ width: 4032, height: 3024, quarterTurned: turned });
  });

  it('a JPEG whose EXIF has no orientation entry is not turned', () => {
    const body = [...ascii('Exif'), 0, 0, ...ascii('MM'), ...be16(42), ...be32(8), ...be16(0), ...be32(0)];
    expect(imageHeaderSize(jpeg([0xff, 0xe1, ...be16(body.length + 2), ...body], sof(0xc0, 100, 50)))).toEqual({ width: 100, height: 50, quarterTurned: false });
  });
});

describe('a truncated or garbage header gives no size, never an error', () => {
  const fullJpeg = jpeg(exif(6, 'MM'), APP0, sof(0xc0, 4032, 3024), SOS);
  it.each([
    ['nothing', new Uint8Array(0)],
    ['one byte', bytes([0xff])],
    ['a JPEG start only', bytes([0xff, 0xd8])],
    ['a JPEG cut inside its EXIF', fullJpeg.subarray(0, 20)],
    ['a JPEG cut before its frame', fullJpeg.subarray(0, fullJpeg.indexOf(0xc0) - 1)],
    ['a JPEG whose segment is not a marker', bytes([0xff, 0xd8, 0x12, 0x34, 0x56, 0x78, 0, 0, 0, 0, 0, 0, 0])],
    ['a JPEG segment claiming a length of 0', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])],
    ['a JPEG segment claiming 65,535 bytes', bytes([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9])],
    ['a PNG cut inside its size', png(1920, 1080).subarray(0, 20)],
    ['a WebP cut before its size', webpVp8x(6000, 4000).subarray(0, 24)],
    ['a WebP with an unknown chunk', bytes(ascii('RIFF'), [30, 0, 0, 0], ascii('WEBP'), ascii('ALPH'), new Array(14).fill(0))],
    ['RIFF that is not WebP (a WAV)', bytes(ascii('RIFF'), [30, 0, 0, 0], ascii('WAVE'), ascii('fmt '), new Array(14).fill(0))],
    ['a PDF', bytes(ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))],
    ['text', new TextEncoder().encode('这不是图片，是一段文字。This is not an image.')],
  ])('%s → null', (_name, file) => {
    expect(imageHeaderSize(file)).toBeNull();
  });

  it('an EXIF block pointing far past its end is read as not turned', () => {
    const body = [...ascii('Exif'), 0, 0, ...ascii('II'), ...le16(42), 0xff, 0xff, 0xff, 0x7f, 0, 0];
    expect(imageHeaderSize(jpeg([0xff, 0xe1, ...be16(body.length + 2), ...body], sof(0xc0, 320, 240)))).toEqual({ width: 320, height: 240, quarterTurned: false });
  });

  it('an EXIF block claiming 65,535 entries is read as far as it goes', () => {
    const body = [...ascii('Exif'), 0, 0, ...ascii('MM'), ...be16(42), ...be32(8), 0xff, 0xff, ...be16(0x0100), 0, 3, 0, 0, 0, 1, 0, 1, 0, 0];
    expect(imageHeaderSize(jpeg([0xff, 0xe1, ...be16(body.length + 2), ...body], sof(0xc0, 320, 240)))).toEqual({ width: 320, height: 240, quarterTurned: false });
  });

  it('thousands of random headers behind each image signature: never a throw', () => {
    let seed = 24;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const prefixes = [[0xff, 0xd8], [0xff, 0xd8, 0xff, 0xe1], [0x89, 0x50, 0x4e, 0x47], [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')], [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8X')]];
    for (let round = 0; round < 3000; round += 1) {
      const prefix = prefixes[round % prefixes.length] as number[];
      const tail = Array.from({ length: Math.floor(random() * 80) }, () => Math.floor(random() * 256));
      const file = bytes(prefix, tail);
      const size = imageHeaderSize(file);
      if (size !== null) {
        expect(Number.isFinite(size.width) && Number.isFinite(size.height)).toBe(true);
        expect(typeof size.quarterTurned).toBe('boolean');
      }
    }
  });
});
