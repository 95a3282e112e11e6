import { isGlyfTrueType } from './fontCoverage';

/** Where each table starts, by tag. */
function tables(data: DataView): Map<string, number> {
  const found = new Map<string, number>();
  const count = data.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(data.getUint8(record), data.getUint8(record + 1), data.getUint8(record + 2), data.getUint8(record + 3));
    found.set(tag, data.getUint32(record + 8));
  }
  return found;
}

/** Code point → glyph index from the Unicode cmap (format 12 when present, else format 4). */
function glyphsByCodePoint(data: DataView, cmap: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const subtables = data.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let index = 0; index < subtables; index += 1) {
    const record = cmap + 4 + index * 8;
    const platform = data.getUint16(record);
    const encoding = data.getUint16(record + 2);
    const offset = cmap + data.getUint32(record + 4);
    const format = data.getUint16(offset);
    if (format === 12 && (platform === 3 || platform === 0)) format12 = offset;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = offset;
  }
  if (format12 >= 0) {
    const groups = data.getUint32(format12 + 12);
    for (let group = 0; group < groups; group += 1) {
      const record = format12 + 16 + group * 12;
      const start = data.getUint32(record);
      const end = data.getUint32(record + 4);
      const first = data.getUint32(record + 8);
      for (let code = start; code <= end; code += 1) glyphs.set(code, first + code - start);
    }
    return glyphs;
  }
  if (format4 < 0) throw new Error('font has no Unicode cmap (format 4 or 12)');
  const segments = data.getUint16(format4 + 6) / 2;
  const endCodes = format4 + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const deltas = startCodes + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const start = data.getUint16(startCodes + segment * 2);
    const end = data.getUint16(endCodes + segment * 2);
    const delta = data.getInt16(deltas + segment * 2);
    const rangeOffset = data.getUint16(rangeOffsets + segment * 2);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph = rangeOffset === 0 ? (code + delta) & 0xffff : data.getUint16(rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2);
      if (rangeOffset !== 0 && glyph !== 0) glyph = (glyph + delta) & 0xffff;
      if (glyph !== 0) glyphs.set(code, glyph);
    }
  }
  return glyphs;
}

/**
 * Every character's advance width as a share of the em (hmtx over unitsPerEm), which is what
 * jsPDF adds up to measure a line of text in the PDF font: the print view wraps and breaks pages with it.
 */
export function readAdvanceWidths(bytes: Uint8Array): { unitsPerEm: number; widths: Map<number, number> } {
  if (!isGlyfTrueType(bytes)) throw new Error('not a glyf TrueType font');
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const where = tables(data);
  const head = where.get('head');
  const hhea = where.get('hhea');
  const hmtx = where.get('hmtx');
  const cmap = where.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) throw new Error('font lacks head, hhea, hmtx or cmap');
  const unitsPerEm = data.getUint16(head + 18);
  const metrics = data.getUint16(hhea + 34);
  const advance = (glyph: number) => data.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4);
  const widths = new Map<number, number>();
  for (const [code, glyph] of glyphsByCodePoint(data, cmap)) widths.set(code, advance(glyph));
  return { unitsPerEm, widths };
}
