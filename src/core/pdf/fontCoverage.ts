/**
 * What a TrueType font can draw, read from its own cmap, so the app can tell a
 * person which characters would vanish from the PDF before it is made.
 */

/** jsPDF needs glyf-outline TrueType: version 0x00010000 (or 'true'). CFF ('OTTO'), TTC and WOFF are rejected silently by it. */
export function isGlyfTrueType(bytes: Uint8Array): boolean {
  const tag = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0);
  return tag === '\u0000\u0001\u0000\u0000' || tag === 'true';
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where each table of a TrueType font starts, by tag. */
export function fontTables(data: DataView): Map<string, number> {
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
export function glyphsByCodePoint(data: DataView, cmap: number): Map<number, number> {
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

/** Every code point the font maps to a glyph (cmap formats 4 and 12). Throws on a file that is not a TrueType font. */
export function readCmapCodePoints(bytes: Uint8Array): Set<number> {
  if (!isGlyfTrueType(bytes)) throw new Error('not a glyf TrueType font');
  const data = view(bytes);
  const cmap = fontTables(data).get('cmap');
  if (cmap === undefined) throw new Error('font has no cmap table');
  return new Set(glyphsByCodePoint(data, cmap).keys());
}

/** Characters the PDF cannot draw: outside the font, or beyond the BMP (jsPDF cannot draw those at all). Line breaks and tabs are fine. */
export function unprintableCharacters(text: string, covered: ReadonlySet<number>): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (code > 0xffff || !covered.has(code)) missing.add(char);
  }
  return [...missing];
}

/** The visible stand-in printed for a character the font lacks. */
export const SUBSTITUTE_CHARACTER = '□';

export function substituteUnprintable(text: string, covered: ReadonlySet<number>): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code === 0x0a || code === 0x0d || code === 0x09 || (code <= 0xffff && covered.has(code)) ? char : SUBSTITUTE_CHARACTER;
  }
  return out;
}
