import { describe, expect, it } from 'vitest';
import { cleanForReading, flattenLight, grayWithoutSeal, linesRunAcross, stretchContrast } from '../../../../../src/core/certificate/image/cleanForReading';
import { rotateQuarterTurns, type GrayImage } from '../../../../../src/core/certificate/image/grayImage';

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const BLACK_PRINT: Rgb = [20, 20, 20];
const BLUE_PRINT: Rgb = [25, 45, 160];
const SEAL_RED: Rgb = [215, 35, 45];

/** An RGBA photo of `width` × `height`, each pixel coloured by `paint`. */
function photo(width: number, height: number, paint: (x: number, y: number) => Rgb): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = paint(x, y);
      rgba.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

const gray = (width: number, height: number, value: (x: number, y: number) => number): GrayImage => ({
  width,
  height,
  pixels: Uint8Array.from({ length: width * height }, (_, i) => value(i % width, Math.floor(i / width))),
});
const at = (image: GrayImage, x: number, y: number) => image.pixels[y * image.width + x] as number;

describe('seal ink fades, print stays', () => {
  it.each([
    ['white paper', WHITE, 255, 255],
    ['black print', BLACK_PRINT, 0, 30],
    ['blue print', BLUE_PRINT, 0, 80],
    ['a red seal', SEAL_RED, 200, 255],
    ['a pale red seal', [240, 130, 130] as Rgb, 230, 255],
    ['neutral gray', [128, 128, 128] as Rgb, 120, 135],
    ['a dark brown (not red enough to be seal ink)', [90, 60, 40] as Rgb, 0, 80],
  ])('%s → gray between %i and %i', (_name, colour, low, high) => {
    const image = grayWithoutSeal(photo(1, 1, () => colour), 1, 1);
    expect(at(image, 0, 0)).toBeGreaterThanOrEqual(low);
    expect(at(image, 0, 0)).toBeLessThanOrEqual(high);
  });

  it('on a whole certificate: the seal over white paper ends near-white, black and blue print stay dark', () => {
    // 120 × 80 paper; black print in rows 10–13, blue print in rows 30–33, a red seal disc centred at (80, 55).
    const paint = (x: number, y: number): Rgb => {
      if ((x - 80) ** 2 + (y - 55) ** 2 <= 15 ** 2) return SEAL_RED;
      if (y >= 10 && y <= 13 && x % 6 < 4) return BLACK_PRINT;
      if (y >= 30 && y <= 33 && x % 6 < 4) return BLUE_PRINT;
      return WHITE;
    };
    const cleaned = cleanForReading(photo(120, 80, paint), 120, 80);
    expect([cleaned.width, cleaned.height, cleaned.pixels.length]).toEqual([120, 80, 9600]);
    // Well above any threshold the engine draws between ink and paper.
    expect(at(cleaned, 80, 55)).toBeGreaterThanOrEqual(215);
    expect(at(cleaned, 70, 50)).toBeGreaterThanOrEqual(215);
    expect(at(cleaned, 12, 11)).toBeLessThanOrEqual(40);
    expect(at(cleaned, 12, 31)).toBeLessThanOrEqual(100);
    expect(at(cleaned, 5, 70)).toBeGreaterThanOrEqual(250);
  });

  it('keeps print under a seal dark: only the seal’s own ink fades', () => {
    const paint = (x: number, y: number): Rgb => (y >= 20 && y <= 23 && x % 6 < 4 ? BLACK_PRINT : (x - 30) ** 2 + (y - 20) ** 2 <= 14 ** 2 ? SEAL_RED : WHITE);
    const cleaned = cleanForReading(photo(60, 40, paint), 60, 40);
    expect(at(cleaned, 30, 21)).toBeLessThanOrEqual(40);
    expect(at(cleaned, 30, 12)).toBeGreaterThanOrEqual(220);
  });
});

describe('a shadow across the page is flattened', () => {
  // Paper lit from the right: 110 at the left edge, 250 at the right; ink is a fifth of the light it sits in.
  const width = 300;
  const height = 90;
  const light = (x: number) => 110 + (140 * x) / (width - 1);
  const isInk = (x: number, y: number) => y % 10 >= 4 && y % 10 <= 5 && x % 12 < 8;
  const shaded = gray(width, height, (x, y) => Math.round(isInk(x, y) ? light(x) * 0.2 : light(x)));
  const flat = flattenLight(shaded);

  it.each([
    ['at the dark left edge', 1, 1],
    ['left, mid-page', 20, 47],
    ['in the middle', 150, 2],
    ['at the lit right edge', 298, 88],
  ])('paper %s ends within a few levels of 255', (_name, x, y) => {
    expect(isInk(x, y)).toBe(false);
    expect(at(shaded, x, y)).toBeLessThan(255);
    expect(at(flat, x, y)).toBeGreaterThanOrEqual(240);
  });

  it.each([
    ['in the shadow', 2, 4],
    ['in the middle', 146, 14],
    ['in the light', 290, 85],
  ])('text %s stays dark', (_name, x, y) => {
    expect(isInk(x, y)).toBe(true);
    expect(at(flat, x, y)).toBeLessThanOrEqual(70);
  });

  it('leaves the size as it was', () => {
    expect([flat.width, flat.height, flat.pixels.length]).toEqual([width, height, width * height]);
  });
});

describe('contrast', () => {
  it.each([
    ['a blank white page', 255],
    ['a blank gray page', 230],
  ])('%s is left alone', (_name, value) => {
    const blank = gray(40, 30, () => value);
    expect(stretchContrast(blank)).toEqual(blank);
  });

  it('a nearly uniform page with faint noise is left alone', () => {
    const noisy = gray(40, 30, (x, y) => 235 + ((x * 7 + y * 13) % 11));
    expect(stretchContrast(noisy)).toEqual(noisy);
  });

  it('faint gray print is stretched to black, the paper stays white', () => {
    const faint = gray(40, 30, (x, y) => (y % 6 === 0 && x % 3 === 0 ? 120 : 255));
    const stretched = stretchContrast(faint);
    expect(at(stretched, 0, 0)).toBe(0);
    expect(at(stretched, 1, 1)).toBe(255);
  });
});

describe('whether lines of text run across the image', () => {
  // Five lines of "characters": 14-pixel-tall bars, 16 pixels wide with 4-pixel gaps, lines 40 pixels apart.
  const page = gray(400, 240, (x, y) => ((y - 20) % 40 < 14 && y >= 20 && y < 220 && x >= 30 && x < 370 && (x - 30) % 20 < 16 ? 0 : 255));

  it('upright: across', () => expect(linesRunAcross(page)).toBe(true));
  it('upside down: across', () => expect(linesRunAcross(rotateQuarterTurns(page, 2))).toBe(true));
  it('turned a quarter clockwise: not across', () => expect(linesRunAcross(rotateQuarterTurns(page, 1))).toBe(false));
  it('turned a quarter anticlockwise: not across', () => expect(linesRunAcross(rotateQuarterTurns(page, -1))).toBe(false));
  it('a blank image (no text to tell by) counts as across', () => expect(linesRunAcross(gray(400, 240, () => 255))).toBe(true));
  it('a large image (sampled, not read pixel by pixel) still tells', () => {
    const large = gray(2000, 1200, (x, y) => ((y - 100) % 200 < 70 && y >= 100 && y < 1100 && x >= 150 && x < 1850 && (x - 150) % 100 < 80 ? 0 : 255));
    expect(linesRunAcross(large)).toBe(true);
    expect(linesRunAcross(rotateQuarterTurns(large, 1))).toBe(false);
  });
});
