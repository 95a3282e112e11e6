import { describe, expect, it } from 'vitest';
import { encodePgm, READING_LONG_SIDE, readingSize, rotateQuarterTurns, type GrayImage } from '../../../../../src/core/certificate/image/grayImage';

/** A small image whose every pixel is its own number, so a turn shows where each one went. */
const image = (width: number, height: number): GrayImage => ({ width, height, pixels: Uint8Array.from({ length: width * height }, (_, i) => i + 1) });
const rows = (turned: GrayImage) => Array.from({ length: turned.height }, (_, y) => [...turned.pixels.subarray(y * turned.width, (y + 1) * turned.width)]);

describe('the size a photo is read at', () => {
  it.each([
    ['a 12-megapixel phone photo, landscape', 4000, 3000, 2000, 1500],
    ['a 12-megapixel phone photo (4032 × 3024)', 4032, 3024, 2000, 1500],
    ['the same photo held upright', 3024, 4032, 1500, 2000],
    ['a 100-megapixel photo', 10000, 10000, 2000, 2000],
    ['a long phone screenshot', 1080, 2400, 900, 2000],
    ['a photo already at the reading size', 2000, 1414, 2000, 1414],
    ['a small screenshot, upscaled twice and no more', 800, 600, 1600, 1200],
    ['a tiny screenshot, upscaled twice and no more', 300, 120, 600, 240],
    ['one pixel', 1, 1, 2, 2],
    ['a screenshot just under the reading size, upscaled to it', 1250, 700, 2000, 1120],
  ])('%s: %i × %i → %i × %i', (_name, width, height, readWidth, readHeight) => {
    const size = readingSize(width, height);
    expect(size).toEqual({ width: readWidth, height: readHeight });
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(READING_LONG_SIDE);
  });

  it.each([
    ['no size', 0, 0],
    ['sizes that are not numbers', Number.NaN, Number.NaN],
    ['a width that is not a number', Number.NaN, 1000],
    ['negative sizes', -5, -5],
  ])('%s: nothing to read (0 × 0), never a huge or NaN canvas', (_name, width, height) => {
    expect(readingSize(width, height)).toEqual({ width: 0, height: 0 });
  });
});

describe('turning a photo a quarter at a time, clockwise', () => {
  // 1 2 3
  // 4 5 6
  const original = image(3, 2);
  it.each([
    [0, [[1, 2, 3], [4, 5, 6]]],
    [1, [[4, 1], [5, 2], [6, 3]]],
    [2, [[6, 5, 4], [3, 2, 1]]],
    [3, [[3, 6], [2, 5], [1, 4]]],
    [4, [[1, 2, 3], [4, 5, 6]]],
    [5, [[4, 1], [5, 2], [6, 3]]],
    [-1, [[3, 6], [2, 5], [1, 4]]],
    [-2, [[6, 5, 4], [3, 2, 1]]],
    [-3, [[4, 1], [5, 2], [6, 3]]],
    [-4, [[1, 2, 3], [4, 5, 6]]],
  ])('%i turns', (turns, expected) => {
    const turned = rotateQuarterTurns(original, turns);
    expect(rows(turned)).toEqual(expected);
    expect([turned.width, turned.height]).toEqual([expected[0]?.length, expected.length]);
  });

  it('four single turns give the image back, and the original is never changed', () => {
    let turned = original;
    for (let k = 0; k < 4; k += 1) turned = rotateQuarterTurns(turned, 1);
    expect(turned).toEqual(original);
    expect([...original.pixels]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a turn and its opposite cancel out on a non-square image', () => {
    const wide = image(5, 3);
    expect(rotateQuarterTurns(rotateQuarterTurns(wide, 1), -1)).toEqual(wide);
    expect(rotateQuarterTurns(rotateQuarterTurns(wide, 3), 1)).toEqual(wide);
  });
});

describe('the image handed to the engine (binary PGM)', () => {
  it('starts with the P5 header stating width, height and 255, then every pixel row by row', () => {
    const pgm = encodePgm(image(3, 2));
    const header = 'P5\n3 2\n255\n';
    expect(new TextDecoder().decode(pgm.subarray(0, header.length))).toBe(header);
    expect(pgm.length).toBe(header.length + 6);
    expect([...pgm.subarray(header.length)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('holds a reading-size image whole: header plus one byte a pixel', () => {
    const big: GrayImage = { width: 2000, height: 1500, pixels: new Uint8Array(2000 * 1500).fill(255) };
    const pgm = encodePgm(big);
    expect(new TextDecoder().decode(pgm.subarray(0, 16))).toBe('P5\n2000 1500\n255');
    expect(pgm.length).toBe('P5\n2000 1500\n255\n'.length + 3_000_000);
    expect(pgm[pgm.length - 1]).toBe(255);
  });
});
