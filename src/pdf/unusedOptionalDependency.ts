/**
 * Stands in for jsPDF's optional html2canvas, canvg and dompurify, which only
 * its .html() and SVG paths import. The summary uses neither, so none of that
 * code is bundled or precached; if it were ever reached, it fails loudly.
 */
export default function unused(): never {
  throw new Error('jsPDF optional dependency is not bundled: .html() and SVG are not used');
}
