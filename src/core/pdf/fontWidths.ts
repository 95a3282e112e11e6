import { fontTables, glyphsByCodePoint, isGlyfTrueType } from './fontCoverage';

/**
 * Every character's advance width in font units (unitsPerEm to the em, from hmtx), which is what
 * jsPDF adds up to measure a line of text in the PDF font: the print view wraps and breaks pages with it.
 */
export function readAdvanceWidths(bytes: Uint8Array): { unitsPerEm: number; widths: Map<number, number> } {
  if (!isGlyfTrueType(bytes)) throw new Error('not a glyf TrueType font');
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const where = fontTables(data);
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
