import type { CertificateContext, CertificateReading } from '../../core/certificate/extractFields';
import { bestAttempt, quarterTurnsToTry, tryAnotherWay, type Attempt } from '../../core/certificate/readingAttempts';
import { READ_MAX_WORDS, readableFile } from '../../core/certificate/readableFile';
import { certificateReaderText as text } from '../../i18n/certificateReader';
import { cMapUrl, recognise } from './ocrEngine';

export { stopEngine } from './ocrEngine';
import { openImageSession } from './prepareImage';
import { readPdfInWorker } from './pdfReading';

export { downloadOcrFiles, ocrDownloadBytes, ocrFilesKept } from './ocrDownload';

/**
 * Reading one certificate, loaded only when the person chooses a file. A
 * digital PDF is read from its text layer at once; a photo, a screenshot or a
 * scanned PDF needs the OCR engine, whose files the person agrees to download
 * once: until then the reading waits as `needsOcr`.
 */
export type Outcome =
  | { type: 'read'; reading: CertificateReading; notes: string[] }
  | { type: 'problem'; message: string }
  | { type: 'needsOcr'; ocr: () => Promise<Outcome> };

async function ocrImage(file: File, context: CertificateContext): Promise<Outcome> {
  const session = openImageSession();
  try {
    const prepared = await session.prepare(file);
    if (!prepared.ok) return { type: 'problem', message: prepared.reason === 'empty' ? text.empty(file.name) : text.notImage(file.name) };
    const attempts: Attempt[] = [];
    for (const turns of quarterTurnsToTry(prepared.linesAcross)) {
      const image = turns === 0 ? prepared : await session.turned(turns);
      if (!image.ok) break;
      const started = performance.now();
      const recognised = await recognise(image.pgm);
      const attempt = { reading: await session.extract(recognised.text, context), confidence: recognised.confidence };
      attempts.push(attempt);
      if (!tryAnotherWay(attempt, performance.now() - started)) break;
    }
    const best = bestAttempt(attempts);
    return best ? { type: 'read', reading: best.reading, notes: [] } : { type: 'problem', message: text.notImage(file.name) };
  } finally {
    session.close();
  }
}

async function ocrPages(pages: ArrayBuffer[], context: CertificateContext, notes: string[]): Promise<Outcome> {
  const texts: string[] = [];
  for (const page of pages) texts.push((await recognise(page)).text);
  const session = openImageSession();
  try {
    return { type: 'read', reading: await session.extract(texts.join('\n'), context), notes: [text.scanned, ...notes] };
  } finally {
    session.close();
  }
}

export async function readCertificate(file: File, context: CertificateContext, ocrKept: boolean): Promise<Outcome> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const check = readableFile(file.size, head);
  if (!check.ok) {
    if (check.problem === 'empty') return { type: 'problem', message: text.empty(file.name) };
    if (check.problem === 'tooLarge') return { type: 'problem', message: text.tooLarge(file.name, file.size, READ_MAX_WORDS) };
    return { type: 'problem', message: text.notCertificateType(file.name) };
  }
  const needsOcr = (ocr: () => Promise<Outcome>): Promise<Outcome> => (ocrKept ? ocr() : Promise.resolve({ type: 'needsOcr', ocr }));
  if (check.kind === 'image') return needsOcr(() => ocrImage(file, context));

  const answer = await readPdfInWorker(await file.arrayBuffer(), cMapUrl(), context);
  if (!answer.ok) return { type: 'problem', message: answer.reason === 'password' ? text.pdfPassword(file.name) : text.notPdf(file.name) };
  const notes = answer.totalPages > answer.pagesRead ? [text.pagesRead(answer.pagesRead, answer.totalPages)] : [];
  if (answer.kind === 'text') return { type: 'read', reading: answer.reading, notes };
  const pages = answer.images;
  return needsOcr(() => ocrPages(pages, context, notes));
}
