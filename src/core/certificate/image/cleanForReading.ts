import type { GrayImage } from './grayImage';

/**
 * Turns a certificate photo's pixels into what the engine reads best: gray,
 * the red seal faded out, shadows and uneven light flattened, contrast
 * stretched. A red seal stamped over the provider's name was the main cause of
 * misreadings: seen through its red channel the seal is almost as light as the
 * paper, while black or blue print stays dark.
 */

/** How much redder than green and blue a pixel must be to count as seal ink. */
const SEAL_REDNESS = 40;

export function grayWithoutSeal(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): GrayImage {
  const count = width * height;
  const pixels = new Uint8Array(count);
  for (let i = 0, p = 0; i < count; i += 1, p += 4) {
    const r = rgba[p] as number;
    const g = rgba[p + 1] as number;
    const b = rgba[p + 2] as number;
    const luminance = (r * 77 + g * 150 + b * 29) >> 8;
    pixels[i] = r - Math.max(g, b) > SEAL_REDNESS ? Math.max(r, luminance) : luminance;
  }
  return { width, height, pixels };
}

/**
 * Divides each pixel by the paper's brightness around it. The paper is the
 * brightest thing in any small block (print is darker), so a block's maximum,
 * smoothed with its neighbours and interpolated back, is the light falling on
 * the paper there: a shadow across half the page disappears.
 */
export function flattenLight(image: GrayImage): GrayImage {
  const { width, height, pixels } = image;
  const block = Math.max(8, Math.round(Math.min(width, height) / 30));
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const maxima = new Float32Array(cols * rows);
  for (let y = 0; y < height; y += 1) {
    const row = Math.floor(y / block) * cols;
    for (let x = 0; x < width; x += 1) {
      const cell = row + Math.floor(x / block);
      const value = pixels[y * width + x] as number;
      if (value > (maxima[cell] as number)) maxima[cell] = value;
    }
  }
  // A block wholly inside a large dark area (a photo, a thick border) has no paper in it: its neighbours' light is used.
  const smooth = new Float32Array(cols * rows);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      let best = 0;
      let sum = 0;
      let n = 0;
      for (let dr = -1; dr <= 1; dr += 1) {
        for (let dc = -1; dc <= 1; dc += 1) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
          const value = maxima[rr * cols + cc] as number;
          best = Math.max(best, value);
          sum += value;
          n += 1;
        }
      }
      smooth[r * cols + c] = Math.max(sum / n, best * 0.85, 1);
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const fy = Math.min(Math.max((y + 0.5) / block - 0.5, 0), rows - 1);
    const r0 = Math.floor(fy);
    const r1 = Math.min(r0 + 1, rows - 1);
    const wy = fy - r0;
    for (let x = 0; x < width; x += 1) {
      const fx = Math.min(Math.max((x + 0.5) / block - 0.5, 0), cols - 1);
      const c0 = Math.floor(fx);
      const c1 = Math.min(c0 + 1, cols - 1);
      const wx = fx - c0;
      const top = (smooth[r0 * cols + c0] as number) * (1 - wx) + (smooth[r0 * cols + c1] as number) * wx;
      const bottom = (smooth[r1 * cols + c0] as number) * (1 - wx) + (smooth[r1 * cols + c1] as number) * wx;
      const light = top * (1 - wy) + bottom * wy;
      out[y * width + x] = Math.min(255, Math.round(((pixels[y * width + x] as number) * 255) / light));
    }
  }
  return { width, height, pixels: out };
}

/** Stretches the darkest print to black: the 0.5 % darkest pixels set the black point, the paper is already white. */
export function stretchContrast(image: GrayImage): GrayImage {
  const histogram = new Uint32Array(256);
  for (const value of image.pixels) histogram[value] = (histogram[value] as number) + 1;
  const threshold = image.pixels.length * 0.005;
  let black = 0;
  for (let seen = 0; black < 255; black += 1) {
    seen += histogram[black] as number;
    if (seen > threshold) break;
  }
  // A blank or nearly uniform image is left as it is: there is nothing to stretch.
  if (black >= 200) return image;
  const scale = 255 / (255 - black);
  const out = new Uint8Array(image.pixels.length);
  for (let i = 0; i < out.length; i += 1) out[i] = Math.max(0, Math.min(255, Math.round(((image.pixels[i] as number) - black) * scale)));
  return { width: image.width, height: image.height, pixels: out };
}

/** How far a rule may drift up or down (or sideways) along its length in a photo taken at a slant: a band this many pixels either side. */
const RULE_DRIFT = 5;
/** A rule photographed may break for a pixel (blur, JPEG): a gap this wide does not end it; the gaps between printed characters are wider. */
const RULE_GAP = 1;

/**
 * Erases ruled lines: a table's grid, a frame, an underline. The engine takes
 * a table's rules for text and loses the rows between them. A dark run longer
 * than any character's stroke (an eighth of the width across, a twelfth of
 * the height down) is a rule, and becomes paper. In a photo the rules slant a
 * little, so a run is looked for in a band a few pixels high, and the band is
 * erased where the run is.
 */
export function eraseRules(image: GrayImage): GrayImage {
  const { width, height } = image;
  const source = image.pixels;
  const dark = new Uint8Array(width * height);
  for (let i = 0; i < dark.length; i += 1) dark[i] = (source[i] as number) < 160 ? 1 : 0;
  const erase = new Uint8Array(width * height);
  const across = Math.max(60, Math.round(width / 8));
  const down = Math.max(60, Math.round(height / 12));

  // Rows: a column counts as dark in row y when it is dark anywhere in rows y-DRIFT..y+DRIFT.
  const inBand = new Uint16Array(width);
  for (let y = -RULE_DRIFT; y < height + RULE_DRIFT; y += 1) {
    const entering = y + RULE_DRIFT;
    const leaving = y - RULE_DRIFT - 1;
    if (entering < height) for (let x = 0; x < width; x += 1) inBand[x] = (inBand[x] as number) + (dark[entering * width + x] as number);
    if (leaving >= 0) for (let x = 0; x < width; x += 1) inBand[x] = (inBand[x] as number) - (dark[leaving * width + x] as number);
    if (y < 0 || y >= height) continue;
    let start = -1;
    let lastDark = -1;
    for (let x = 0; x <= width; x += 1) {
      const isDark = x < width && (inBand[x] as number) > 0;
      if (isDark) {
        if (start < 0) start = x;
        lastDark = x;
      } else if (start >= 0 && (x === width || x - lastDark > RULE_GAP)) {
        if (lastDark + 1 - start >= across) {
          for (let k = Math.max(0, y - RULE_DRIFT); k <= Math.min(height - 1, y + RULE_DRIFT); k += 1) erase.fill(1, k * width + start, k * width + lastDark + 1);
        }
        start = -1;
      }
    }
  }
  // Columns, the same way.
  const inColumnBand = new Uint16Array(height);
  for (let x = -RULE_DRIFT; x < width + RULE_DRIFT; x += 1) {
    const entering = x + RULE_DRIFT;
    const leaving = x - RULE_DRIFT - 1;
    if (entering < width) for (let y = 0; y < height; y += 1) inColumnBand[y] = (inColumnBand[y] as number) + (dark[y * width + entering] as number);
    if (leaving >= 0) for (let y = 0; y < height; y += 1) inColumnBand[y] = (inColumnBand[y] as number) - (dark[y * width + leaving] as number);
    if (x < 0 || x >= width) continue;
    let start = -1;
    let lastDark = -1;
    for (let y = 0; y <= height; y += 1) {
      const isDark = y < height && (inColumnBand[y] as number) > 0;
      if (isDark) {
        if (start < 0) start = y;
        lastDark = y;
      } else if (start >= 0 && (y === height || y - lastDark > RULE_GAP)) {
        if (lastDark + 1 - start >= down) {
          for (let k = start; k <= lastDark; k += 1) erase.fill(1, k * width + Math.max(0, x - RULE_DRIFT), k * width + Math.min(width, x + RULE_DRIFT + 1));
        }
        start = -1;
      }
    }
  }
  const pixels = new Uint8Array(source);
  for (let i = 0; i < pixels.length; i += 1) if (erase[i]) pixels[i] = 255;
  return { width, height, pixels };
}

export function cleanForReading(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): GrayImage {
  return eraseRules(stretchContrast(flattenLight(grayWithoutSeal(rgba, width, height))));
}

/**
 * Whether the lines of text run across the image (upright or upside down) or
 * down it (a photo turned a quarter). Between horizontal lines whole rows of
 * the text are empty, while hardly any column is; turned a quarter, the
 * reverse. Only the middle of the image is looked at: a certificate's border
 * and the table around a photographed sheet cross every row and column.
 * Undecided (no text) counts as across.
 */
export function linesRunAcross(image: GrayImage): boolean {
  const { width, height, pixels } = image;
  const step = Math.max(1, Math.round(Math.max(width, height) / 800));
  const left = Math.floor(width * 0.15);
  const right = Math.ceil(width * 0.85);
  const top = Math.floor(height * 0.15);
  const bottom = Math.ceil(height * 0.85);
  const cols = Math.max(1, Math.floor((right - left) / step));
  const rows = Math.max(1, Math.floor((bottom - top) / step));
  const rowDark = new Uint32Array(rows);
  const colDark = new Uint32Array(cols);
  let any = false;
  for (let r = 0; r < rows; r += 1) {
    const y = top + r * step;
    for (let c = 0; c < cols; c += 1) {
      if ((pixels[y * width + left + c * step] as number) < 128) {
        rowDark[r] = (rowDark[r] as number) + 1;
        colDark[c] = (colDark[c] as number) + 1;
        any = true;
      }
    }
  }
  if (!any) return true;
  // "Empty" allows a speck or two of noise: at most 1 % of the line.
  const emptyShare = (profile: Uint32Array, length: number) => {
    const limit = Math.max(1, Math.floor(length * 0.01));
    let empty = 0;
    for (const count of profile) if (count <= limit) empty += 1;
    return empty / profile.length;
  };
  return emptyShare(rowDark, cols) >= emptyShare(colDark, rows);
}
