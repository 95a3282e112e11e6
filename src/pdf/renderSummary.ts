import { jsPDF } from 'jspdf';
import { paginate, type DrawOp, type EvidenceImage, type Measure } from '../core/pdf/paginate';
import { paginateRange } from '../core/pdf/paginateRange';
import type { RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import { SUMMARY_NAME, type SummaryModel } from '../core/pdf/summaryModel';
import { PROFILE_LABELS } from '../core/vocabulary';

const FONT_NAME = 'NotoSansSC';
const FONT_FILE = 'NotoSansSC-Regular.ttf';

/** Bytes to the "binary string" jsPDF's VFS wants, in chunks (a latin1 TextDecoder would be windows-1252 and corrupt bytes). */
function binaryString(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let out = '';
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    out += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return out;
}

/**
 * The font as jsPDF's binary string, made once per font: converting 2.7 MB
 * byte by byte was the largest single cost of every PDF. makeSummaryPdf fills
 * it ahead of the first tap with a native conversion (see pdfFontLoader.ts).
 */
const binaryCache = new WeakMap<Uint8Array, string>();

export function rememberFontBinary(font: Uint8Array, binary: string): void {
  binaryCache.set(font, binary);
}

function fontBinary(font: Uint8Array): string {
  let binary = binaryCache.get(font);
  if (binary === undefined) {
    binary = binaryString(font);
    binaryCache.set(font, binary);
  }
  return binary;
}

export interface RenderImage extends EvidenceImage {
  /** JPEG or PNG bytes (other formats are converted by the caller); empty for an image that could not be decoded. */
  data: Uint8Array;
  format: 'JPEG' | 'PNG';
}

export interface RenderOptions {
  font: Uint8Array;
  images?: readonly RenderImage[];
  evidencePerPage?: 1 | 2;
  /** Told the caption of each image that could not be placed (a placeholder naming it is drawn instead). */
  onSkipped?: (caption: string) => void;
}

/** What the PDF says in place of an evidence image it cannot place. */
export const UNPLACEABLE_TEXT = '此凭证图片无法解码，未能放入本 PDF；请查看原文件。';

/**
 * Draws the summary with jsPDF: the only jsPDF code in the app. User text is
 * only ever passed to text(); the result has no scripts or actions.
 */
export function renderSummaryPdf(model: SummaryModel, options: RenderOptions): Uint8Array {
  const images = options.images ?? [];
  return renderPages(
    model.title,
    authorOf(model.profile),
    options.font,
    images,
    (measure) => paginate(model, { measure, images, evidencePerPage: options.evidencePerPage ?? 1 }),
    options.onSkipped,
  );
}

/** The multi-year record, drawn with the same fonts, table styles, header and footer as the yearly summary. */
export function renderRangePdf(model: RangeSummaryModel, options: { font: Uint8Array }): Uint8Array {
  return renderPages(model.title, authorOf(model.profile), options.font, [], (measure) => paginateRange(model, measure));
}

function authorOf(profile: SummaryModel['profile']): string {
  return profile.find((item) => item.label === PROFILE_LABELS.name)?.value ?? '';
}

function renderPages(
  title: string,
  author: string,
  font: Uint8Array,
  imageList: readonly RenderImage[],
  layout: (measure: Measure) => DrawOp[][],
  onSkipped: (caption: string) => void = () => {},
): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS(FONT_FILE, fontBinary(font));
  doc.addFont(FONT_FILE, FONT_NAME, 'normal');
  doc.setFont(FONT_NAME, 'normal');
  doc.setProperties({ title, subject: SUMMARY_NAME, creator: '学时簿', author });
  doc.setLineWidth(0.2);
  doc.setDrawColor(60);

  const measure = (text: string, size: number) => {
    doc.setFontSize(size);
    return doc.getTextWidth(text);
  };
  const images = new Map(imageList.map((image) => [image.id, image]));
  const pages = layout(measure);

  pages.forEach((ops, index) => {
    if (index > 0) doc.addPage('a4', 'portrait');
    for (const op of ops) draw(doc, op, images, onSkipped);
  });
  return withoutOpenAction(new Uint8Array(doc.output('arraybuffer')));
}

/**
 * jsPDF always writes a view-setting /OpenAction into the catalog. The summary
 * must carry no actions at all, so it is blanked with spaces of the same length,
 * which keeps every byte offset in the cross-reference table valid.
 */
export function withoutOpenAction(pdf: Uint8Array): Uint8Array {
  const needle = [...'/OpenAction ['].map((char) => char.charCodeAt(0));
  const start = indexOfBytes(pdf, needle);
  if (start < 0) return pdf;
  const end = pdf.indexOf(0x5d /* ] */, start);
  if (end < 0) return pdf;
  const out = pdf.slice();
  out.fill(0x20, start, end + 1);
  return out;
}

function indexOfBytes(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let index = haystack.indexOf(needle[0] ?? 0); index >= 0; index = haystack.indexOf(needle[0] ?? 0, index + 1)) {
    for (let offset = 1; offset < needle.length; offset += 1) if (haystack[index + offset] !== needle[offset]) continue outer;
    return index;
  }
  return -1;
}

function draw(doc: jsPDF, op: DrawOp, images: ReadonlyMap<string, RenderImage>, onSkipped: (caption: string) => void): void {
  switch (op.kind) {
    case 'text':
      doc.setFontSize(op.size);
      doc.text(op.text, op.x, op.y, { baseline: 'top', align: op.align });
      return;
    case 'line':
      doc.line(op.x1, op.y1, op.x2, op.y2);
      return;
    case 'rect':
      if (op.fill) {
        doc.setFillColor(238, 241, 245);
        doc.rect(op.x, op.y, op.w, op.h, 'F');
      } else {
        doc.rect(op.x, op.y, op.w, op.h, 'S');
      }
      return;
    case 'image': {
      const image = images.get(op.id);
      if (!image) return;
      if (image.data.byteLength > 0) {
        try {
          doc.addImage(image.data, image.format, op.x, op.y, op.w, op.h, op.id, 'FAST');
          return;
        } catch {
          // jsPDF could not read it: fall through to the placeholder, and the rest of the PDF is still made.
        }
      }
      onSkipped(image.caption);
      doc.rect(op.x, op.y, op.w, op.h, 'S');
      doc.setFontSize(10);
      doc.text(UNPLACEABLE_TEXT, op.x + 4, op.y + 4, { baseline: 'top', maxWidth: Math.max(20, op.w - 8) });
      return;
    }
  }
}
