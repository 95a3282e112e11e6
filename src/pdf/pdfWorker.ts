/**
 * Makes the PDFs off the main thread. jsPDF, the 2.7 MB font and its first
 * compile used to block the page for most of a second after the tap; here they
 * are loaded and rehearsed once (on "warm", while the person reads the panel),
 * and every PDF after that only lays out and draws, with the page responsive.
 */
import { loadPdfFont } from './pdfFontLoader';
import { rangePdf, rehearse, summaryPdf, unprintableIn } from './pdfJobs';
import type { PdfJob, PdfReply } from './pdfWorkerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PdfJob>) => void) | null;
  postMessage(message: PdfReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let rehearsed = false;
/** Real jobs received and not yet answered: a tap that came before the font was ready must not also wait for the rehearsal. */
let waiting = 0;

scope.onmessage = async ({ data: job }) => {
  if (job.kind !== 'warm') waiting += 1;
  try {
    const font = await loadPdfFont();
    switch (job.kind) {
      case 'warm':
        if (job.rehearse && !rehearsed) {
          // Let messages already sent (a tap) arrive first: the rehearsal is for a person still reading, never in a tap's way.
          await new Promise((resolve) => setTimeout(resolve, 50));
          if (waiting === 0 && !rehearsed) rehearse(font);
          rehearsed = true;
        }
        scope.postMessage({ id: job.id, ok: true, kind: 'warm' });
        return;
      case 'unprintable':
        scope.postMessage({ id: job.id, ok: true, kind: 'unprintable', unprintable: unprintableIn([job.model], font.covered) });
        return;
      case 'summary': {
        const { bytes, skipped } = summaryPdf(font, job.model, job.images, job.evidencePerPage);
        rehearsed = true;
        scope.postMessage({ id: job.id, ok: true, kind: 'pdf', bytes, skipped, unprintable: [] }, [bytes.buffer]);
        return;
      }
      case 'range': {
        const { bytes, unprintable } = rangePdf(font, job.model);
        rehearsed = true;
        scope.postMessage({ id: job.id, ok: true, kind: 'pdf', bytes, skipped: [], unprintable }, [bytes.buffer]);
        return;
      }
    }
  } catch (error) {
    scope.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  } finally {
    if (job.kind !== 'warm') waiting -= 1;
  }
};
