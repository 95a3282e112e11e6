import type { PdfJobWithoutId, PdfReply } from './pdfWorkerProtocol';

/**
 * The page's side of the PDF worker: one worker per page, started on first
 * use and kept (it holds the prepared font). A worker whose script cannot be
 * loaded (a stale tab after an update, or offline before it was cached) fails
 * every job with the browser's own "Failed to load module script" wording, which
 * the panels already turn into the reload offer.
 */
let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (reply: PdfReply) => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  started.onmessage = (event: MessageEvent<PdfReply>) => {
    const job = pending.get(event.data.id);
    pending.delete(event.data.id);
    job?.resolve(event.data);
  };
  // The worker catches its own errors, so an error here means its script could not be loaded or it crashed.
  started.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(`Failed to load module script: PDF worker (${event.message || 'error'})`));
  };
  worker = started;
  return started;
}

/** Runs a job in the worker; a refused job rejects with the worker's (Chinese) message. */
export function runPdfJob(job: PdfJobWithoutId, transfer: Transferable[] = []): Promise<PdfReply & { ok: true }> {
  const id = nextId;
  nextId += 1;
  return new Promise<PdfReply>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    theWorker().postMessage({ ...job, id }, transfer);
  }).then((reply) => {
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  });
}
