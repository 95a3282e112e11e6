import { isDrawableEvidence } from '../core/pdf/pdfEvidence';
import type { RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import type { SummaryModel } from '../core/pdf/summaryModel';
import type { Unprintable } from './pdfJobs';
import type { RenderImage } from './renderSummary';
import { runPdfJob } from './pdfWorkerClient';

export type { Unprintable } from './pdfJobs';

/**
 * Starts the PDF worker and has it fetch and prepare the font, while the
 * person is still looking at the panel, so the first tap only lays out and
 * draws. With `rehearse` (the browser is idle, no tap is coming yet) it also
 * draws one page to throw away, so jsPDF's code is compiled before the real
 * one. Failures are left for the tap itself to report (in Chinese, next to the button).
 */
export function warmUpPdf(options: { rehearse: boolean }): Promise<void> {
  return runPdfJob({ kind: 'warm', rehearse: options.rehearse }).then(
    () => undefined,
    () => undefined,
  );
}

/** Every character of the person's text that the PDF cannot show, and where it occurs. */
export async function findUnprintable(model: SummaryModel): Promise<Unprintable[]> {
  const reply = await runPdfJob({ kind: 'unprintable', model });
  return reply.kind === 'unprintable' ? reply.unprintable : [];
}

export interface EvidenceSource {
  id: string;
  caption: string;
  type: string;
  data: ArrayBuffer;
}

/**
 * JPEG and PNG go in as they are; WebP and GIF are redrawn as PNG, since jsPDF
 * reads neither. An image that does not decode becomes an empty placeholder,
 * which the PDF names instead of failing as a whole.
 */
async function toRenderImage(source: EvidenceSource): Promise<RenderImage | null> {
  if (!isDrawableEvidence(source.type)) return null;
  const blob = new Blob([source.data], { type: source.type });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return { id: source.id, caption: source.caption, width: 4, height: 1, data: new Uint8Array(0), format: 'PNG' };
  }
  const { width, height } = bitmap;
  if (source.type === 'image/jpeg' || source.type === 'image/png') {
    bitmap.close();
    return { id: source.id, caption: source.caption, width, height, data: new Uint8Array(source.data), format: source.type === 'image/jpeg' ? 'JPEG' : 'PNG' };
  }
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  const png = await canvas.convertToBlob({ type: 'image/png' });
  return { id: source.id, caption: source.caption, width, height, data: new Uint8Array(await png.arrayBuffer()), format: 'PNG' };
}

/** The summary as PDF bytes, made on this device (in the PDF worker); unprintable characters become □. */
export async function makeSummaryPdf(
  model: SummaryModel,
  evidence: readonly EvidenceSource[],
  evidencePerPage: 1 | 2,
  onSkipped?: (caption: string) => void,
): Promise<Uint8Array> {
  const images = (await Promise.all(evidence.map(toRenderImage))).filter((image): image is RenderImage => image !== null);
  const reply = await runPdfJob({ kind: 'summary', model, images, evidencePerPage });
  if (reply.kind !== 'pdf') throw new Error(`unexpected PDF worker reply: ${reply.kind}`);
  if (onSkipped) for (const caption of reply.skipped) onSkipped(caption);
  return reply.bytes;
}

/**
 * The multi-year record as PDF bytes, made on this device. Characters the
 * font lacks are printed as □; `unprintable` names them and where they occur.
 */
export async function makeRangePdf(model: RangeSummaryModel): Promise<{ bytes: Uint8Array; unprintable: Unprintable[] }> {
  const reply = await runPdfJob({ kind: 'range', model });
  if (reply.kind !== 'pdf') throw new Error(`unexpected PDF worker reply: ${reply.kind}`);
  return { bytes: reply.bytes, unprintable: reply.unprintable };
}
