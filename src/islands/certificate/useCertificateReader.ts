import { useEffect, useRef, useState } from 'preact/hooks';
import type { CertificateContext, CertificateReading } from '../../core/certificate/extractFields';
import { NOT_RECOGNISED_MESSAGE } from '../../core/certificate/extractFields';
import { certificateReaderText as text } from '../../i18n/certificateReader';
import { loadOnce } from '../runtime/staleChunk';
import type { Outcome } from './readCertificate';

/** The reader's code (pdf.js and the OCR engine are fetched later still, by what the file needs). */
const loadReader = loadOnce(() => import('./readCertificate'));

export type ReaderState = 'idle' | 'consent' | 'downloading' | 'reading' | 'done' | 'nothing' | 'failed';

export interface ReaderView {
  state: ReaderState;
  /** What the person is told at the control; `alert` for a problem, else a polite status. */
  message: { text: string; alert: boolean } | null;
  notes: string[];
  downloadBytes: number;
  progress: { loaded: number; total: number };
  /** Milliseconds from the file chosen to the form filled, without the one-time download. */
  readMs: number | null;
  /** The last download failed: agreeing again retries it. */
  retry: boolean;
  choose(file: File): void;
  agree(): void;
  decline(): void;
  /** Stops a reading under way; the form stays as it was. */
  stop(): void;
}

/**
 * The states of 从证书识别, one file at a time: a newer choice makes an older
 * reading's result be ignored. `apply` fills the form and says how many fields
 * it filled; a reading that finds no certificate changes nothing.
 */
export function useCertificateReader(context: CertificateContext, apply: (reading: CertificateReading, file: File) => { filled: number; kept: number; editing: boolean }): ReaderView {
  const [state, setState] = useState<ReaderState>('idle');
  const [message, setMessage] = useState<ReaderView['message']>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [downloadBytes, setDownloadBytes] = useState(0);
  const [progress, setProgress] = useState({ loaded: 0, total: 0 });
  const [readMs, setReadMs] = useState<number | null>(null);
  const [retry, setRetry] = useState(false);
  const generation = useRef(0);
  const waiting = useRef<{ ocr: () => Promise<Outcome>; file: File } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const problem = (words: string) => {
    setState('failed');
    setMessage({ text: words, alert: true });
  };

  const settle = (outcome: Outcome, file: File, started: number, mine: number) => {
    if (mine !== generation.current) return;
    if (outcome.type === 'problem') return problem(outcome.message);
    if (outcome.type === 'needsOcr') return;
    setReadMs(Math.round(performance.now() - started));
    setNotes([...outcome.reading.messages, ...outcome.notes]);
    if (!outcome.reading.recognised) {
      setState('nothing');
      setMessage({ text: NOT_RECOGNISED_MESSAGE, alert: true });
      return;
    }
    const { filled, kept, editing } = apply(outcome.reading, file);
    setState('done');
    const words = [filled > 0 ? text.filled(filled) : kept > 0 ? '' : text.nothingFilled, kept > 0 ? (editing ? text.keptSaved(kept) : text.keptTyped(kept)) : ''].filter(Boolean).join('');
    setMessage({ text: words, alert: false });
  };

  const runOcr = async (ocr: () => Promise<Outcome>, file: File, mine: number) => {
    setState('reading');
    setMessage({ text: text.reading(file.name), alert: false });
    const started = performance.now();
    try {
      settle(await ocr(), file, started, mine);
    } catch {
      if (mine === generation.current) problem(text.failed);
    }
  };

  const choose = (file: File) => {
    generation.current += 1;
    const mine = generation.current;
    abort.current?.abort();
    waiting.current = null;
    setNotes([]);
    setReadMs(null);
    setRetry(false);
    setState('reading');
    setMessage({ text: file.type === 'application/pdf' ? text.readingPdf(file.name) : text.reading(file.name), alert: false });
    const started = performance.now();
    void (async () => {
      try {
        const reader = await loadReader();
        const kept = await reader.ocrFilesKept();
        const outcome = await reader.readCertificate(file, context, kept);
        if (mine !== generation.current) return;
        if (outcome.type !== 'needsOcr') return settle(outcome, file, started, mine);
        waiting.current = { ocr: outcome.ocr, file };
        if (typeof navigator !== 'undefined' && navigator.onLine === false) return problem(text.offlineNoData);
        setDownloadBytes(await reader.ocrDownloadBytes());
        setState('consent');
        setMessage(null);
      } catch {
        if (mine === generation.current) problem(text.failed);
      }
    })();
  };

  const agree = () => {
    const pending = waiting.current;
    if (!pending) return;
    const mine = generation.current;
    const controller = new AbortController();
    abort.current = controller;
    setRetry(false);
    setState('downloading');
    setMessage(null);
    void (async () => {
      try {
        const reader = await loadReader();
        await reader.downloadOcrFiles((loaded, total) => setProgress({ loaded, total }), controller.signal);
        if (mine !== generation.current) return;
        const kept = await reader.ocrFilesKept();
        if (!kept) setNotes([text.notKept]);
        waiting.current = null;
        await runOcr(pending.ocr, pending.file, mine);
      } catch {
        if (mine !== generation.current || controller.signal.aborted) return;
        setRetry(true);
        problem(text.downloadFailed);
      }
    })();
  };

  const decline = () => {
    generation.current += 1;
    abort.current?.abort();
    waiting.current = null;
    setRetry(false);
    setState('idle');
    setMessage(null);
  };

  const stop = () => {
    generation.current += 1;
    waiting.current = null;
    void loadReader().then((reader) => reader.stopEngine(), () => undefined);
    setState('idle');
    setMessage({ text: text.stopped, alert: false });
  };

  return { state, message, notes, downloadBytes, progress, readMs, retry, choose, agree, decline, stop };
}
