import type { RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import type { SummaryModel } from '../core/pdf/summaryModel';
import type { Unprintable } from './pdfJobs';
import type { RenderImage } from './renderSummary';

/** What the page asks of the PDF worker; every job carries an id its reply repeats. */
export type PdfJob =
  | { id: number; kind: 'warm'; rehearse: boolean }
  | { id: number; kind: 'unprintable'; model: SummaryModel }
  | { id: number; kind: 'summary'; model: SummaryModel; images: RenderImage[]; evidencePerPage: 1 | 2 }
  | { id: number; kind: 'range'; model: RangeSummaryModel };

export type PdfReply =
  | { id: number; ok: true; kind: 'warm' }
  | { id: number; ok: true; kind: 'unprintable'; unprintable: Unprintable[] }
  | { id: number; ok: true; kind: 'pdf'; bytes: Uint8Array; skipped: string[]; unprintable: Unprintable[] }
  | { id: number; ok: false; message: string };

/** Distributes Omit over the union, so a job can be written without its id. */
export type PdfJobWithoutId = PdfJob extends infer J ? (J extends PdfJob ? Omit<J, 'id'> : never) : never;
