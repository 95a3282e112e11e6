import type { Measure } from './paginate';
import { NARROW_RUNS } from './pdfFontWidths';

const MM_PER_PT = 25.4 / 72;
const EM = 1000;

let narrow: Map<number, number> | null = null;

function narrowWidths(): Map<number, number> {
  if (narrow) return narrow;
  narrow = new Map();
  for (const run of NARROW_RUNS.split(' ')) {
    const [codes = '', width = ''] = run.split(':');
    const [first = '', last = first] = codes.split('-');
    for (let code = parseInt(first, 16); code <= parseInt(last, 16); code += 1) narrow.set(code, Number(width));
  }
  return narrow;
}

/**
 * The width in millimetres of a line of text in the PDF font, without loading the font: the sum of
 * its characters' advance widths, as jsPDF measures it. The print view lays its pages out with it,
 * so it breaks lines and pages where the PDF does and prints the same number of pages.
 */
export const pdfTextMeasure: Measure = (text, sizePt) => {
  const widths = narrowWidths();
  let thousandths = 0;
  for (const char of text) thousandths += widths.get(char.codePointAt(0) ?? 0) ?? EM;
  return (thousandths / EM) * sizePt * MM_PER_PT;
};

/** The runs as a map, for the test that holds them to the font. */
export function narrowWidthTable(): ReadonlyMap<number, number> {
  return narrowWidths();
}
