/**
 * Which evidence files go into the summary PDF (and its print view): decided
 * here once, for the panel that lists them and the renderer that draws them.
 */

/** The person's choice in the summary panel: no evidence, one image a page, or two. */
export type PdfEvidenceMode = 'none' | '1' | '2';

/** Images a PDF page can show. A PDF certificate cannot be drawn into a page, so it stays out (the person keeps the file itself). */
const DRAWABLE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export function isDrawableEvidence(type: string): boolean {
  return DRAWABLE_TYPES.has(type);
}

/**
 * The files to append, in the order given (the order they were added): none
 * when the person chose none, otherwise every drawable image of the listed
 * entries.
 */
export function pdfEvidence<T extends { entryId: string; type: string }>(files: readonly T[], mode: PdfEvidenceMode, entryIds: readonly string[]): T[] {
  if (mode === 'none') return [];
  const entries = new Set(entryIds);
  return files.filter((file) => entries.has(file.entryId) && isDrawableEvidence(file.type));
}

/** How many evidence images share a page. */
export function evidencePerPage(mode: PdfEvidenceMode): 1 | 2 {
  return mode === '2' ? 2 : 1;
}
