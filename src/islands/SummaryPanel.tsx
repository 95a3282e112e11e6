import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { evidencePerPage, pdfEvidence, type PdfEvidenceMode } from '../core/pdf/pdfEvidence';
import type { SummaryModel } from '../core/pdf/summaryModel';
import type { YearReport } from '../core/rules/report';
import type { Entry } from '../core/schemas/entry';
import type { Profile } from '../core/schemas/profile';
import type { AppDatabase } from '../db/database';
import { evidenceFile, evidenceOfEntries } from '../db/evidence';
import type { Unprintable } from '../pdf/makeSummaryPdf';
import { summaryText as t } from '../i18n/summaryPanel';
import { failureText } from './runtime/failureText';
import { downloadFile } from './runtime/download';
import { FailureMessage } from './FailureMessage';
import { whenSeenAndIdle } from './runtime/whenSeenAndIdle';

interface Props {
  db: AppDatabase;
  report: YearReport;
  entries: readonly Entry[];
  profile: Profile;
  profileUnsaved: boolean;
  today: string;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'working'; message: string }
  | { kind: 'unprintable'; missing: Unprintable[] }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** The year's self-check summary: a PDF made on the device (jsPDF and the font are prepared once the panel is seen), or an HTML page to print. */
export function SummaryPanel({ db, report, entries, profile, today, profileUnsaved }: Props) {
  const [mode, setMode] = useState<PdfEvidenceMode>('none');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const panel = useRef<HTMLDivElement>(null);
  const [printView, setPrintView] = useState<{ model: SummaryModel; View: FunctionComponent<{ model: SummaryModel }> } | null>(null);

  // The first PDF used to wait for jsPDF and the 2.7 MB font after the tap; fetch
  // and prepare both once the panel is on screen and the browser is idle.
  useEffect(() => {
    if (!panel.current) return;
    return whenSeenAndIdle(panel.current, (reason) => {
      void import('./runtime/summaryModule').catch(() => undefined);
      void import('../pdf/makeSummaryPdf').then(({ warmUpPdf }) => warmUpPdf({ rehearse: reason === 'idle' })).catch(() => undefined);
    });
  }, []);

  const model = async (): Promise<SummaryModel> => {
    const { buildSummary } = await import('./runtime/summaryModule');
    const entryIds = entries.map((entry) => entry.id);
    const evidence = mode === 'none' ? [] : pdfEvidence(await evidenceOfEntries(db, entryIds), mode, entryIds);
    return buildSummary({ report, entries, profile, generatedOn: today, evidence });
  };

  const download = async (summary: SummaryModel) => {
    setStep({ kind: 'working', message: t.makingPdf });
    try {
      const { makeSummaryPdf } = await import('../pdf/makeSummaryPdf');
      const sources = await Promise.all(
        summary.evidence.map(async (item) => {
          const file = await evidenceFile(db, item.id);
          return file ? { id: item.id, caption: item.caption, type: file.meta.type, data: file.data } : null;
        }),
      );
      const skipped: string[] = [];
      const bytes = await makeSummaryPdf(summary, sources.filter((source) => source !== null), evidencePerPage(mode), (caption) => skipped.push(caption));
      const fileName = summary.fileName;
      downloadFile(new Uint8Array(bytes), fileName, 'application/pdf');
      const note = skipped.length > 0 ? t.skippedImages(skipped) : '';
      setStep({ kind: 'done', message: t.pdfMade(fileName, bytes.byteLength, note) });
    } catch (error) {
      setStep({ kind: 'error', message: failureText(t.pdfFailed, error) });
    }
  };

  const start = async () => {
    setStep({ kind: 'working', message: t.preparingFont });
    // jsPDF and the font load alongside the model, not after it.
    const pdfModule = import('../pdf/makeSummaryPdf');
    pdfModule.then(({ warmUpPdf }) => warmUpPdf({ rehearse: false })).catch(() => undefined);
    try {
      const summary = await model();
      const { findUnprintable } = await pdfModule;
      const missing = await findUnprintable(summary);
      if (missing.length > 0) setStep({ kind: 'unprintable', missing });
      else await download(summary);
    } catch (error) {
      setStep({ kind: 'error', message: failureText(t.pdfFailed, error) });
    }
  };

  return (
    <div class="summary-panel" ref={panel}>
      <p class="field__hint">{t.hint}</p>
      <div class="field">
        <label for="summary-evidence">{t.evidenceLabel}</label>
        <select id="summary-evidence" value={mode} onChange={(event) => setMode(event.currentTarget.value as PdfEvidenceMode)}>
          <option value="none">{t.evidenceNone}</option>
          <option value="1">{t.evidenceOne}</option>
          <option value="2">{t.evidenceTwo}</option>
        </select>
      </div>
      {profileUnsaved && <p class="summary-panel__unsaved">{t.profileUnsaved}</p>}
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={step.kind === 'working'} onClick={() => void start()}>
          {t.makePdf}
        </button>
        <button
          type="button"
          onClick={() => {
            void Promise.all([model(), import('./runtime/summaryModule')]).then(
              ([summary, { SummaryView }]) => {
                setPrintView({ model: summary, View: SummaryView });
                requestAnimationFrame(() => window.print());
              },
              (error: unknown) => setStep({ kind: 'error', message: failureText(t.printViewFailed, error) }),
            );
          }}
        >
          {t.printView}
        </button>
      </div>
      <div role="status" aria-live="polite" class="summary-status">
        {step.kind === 'working' && <p>{step.message}</p>}
        {step.kind === 'done' && <p>{step.message}</p>}
      </div>
      {step.kind === 'error' && <FailureMessage message={step.message} />}
      {step.kind === 'unprintable' && (
        <div class="unprintable" role="alert">
          <p>{t.unprintableTitle}</p>
          <ul>
            {step.missing.map((item) => (
              <li key={item.char}>
                <strong class="unprintable__char">{item.char}</strong>
                {t.unprintableWhere(item.char, item.where)}
              </li>
            ))}
          </ul>
          <p>{t.unprintableChoice}</p>
          <div class="form-actions">
            <button type="button" class="button--primary" onClick={() => void model().then(download, (error: unknown) => setStep({ kind: 'error', message: failureText(t.pdfFailed, error) }))}>
              {t.replaceAndGo}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t.goBack}
            </button>
          </div>
        </div>
      )}
      {printView && <printView.View model={printView.model} />}
    </div>
  );
}
