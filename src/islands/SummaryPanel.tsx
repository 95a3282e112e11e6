import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
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

interface Props {
  db: AppDatabase;
  report: YearReport;
  entries: readonly Entry[];
  profile: Profile;
  today: string;
}

type EvidenceMode = 'none' | '1' | '2';

type Step =
  | { kind: 'idle' }
  | { kind: 'working'; message: string }
  | { kind: 'unprintable'; model: SummaryModel; missing: Unprintable[] }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** The year's self-check summary: a PDF made on the device (jsPDF and the font load only now), or an HTML page to print. */
export function SummaryPanel({ db, report, entries, profile, today }: Props) {
  const [mode, setMode] = useState<EvidenceMode>('none');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [printView, setPrintView] = useState<{ model: SummaryModel; View: FunctionComponent<{ model: SummaryModel }> } | null>(null);

  const model = async (): Promise<SummaryModel> => {
    const { buildSummary } = await import('./runtime/summaryModule');
    const evidence = mode === 'none' ? [] : (await evidenceOfEntries(db, entries.map((entry) => entry.id))).filter((item) => item.type !== 'application/pdf');
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
      const bytes = await makeSummaryPdf(summary, sources.filter((source) => source !== null), mode === '2' ? 2 : 1, (caption) => skipped.push(caption));
      const fileName = `${summary.title}.pdf`;
      downloadFile(new Uint8Array(bytes), fileName, 'application/pdf');
      const note = skipped.length > 0 ? t.skippedImages(skipped) : '';
      setStep({ kind: 'done', message: t.pdfMade(fileName, (bytes.byteLength / 1024).toFixed(0), note) });
    } catch (error) {
      setStep({ kind: 'error', message: failureText(t.pdfFailed, error) });
    }
  };

  const start = async () => {
    setStep({ kind: 'working', message: t.preparingFont });
    try {
      const summary = await model();
      const { findUnprintable } = await import('../pdf/makeSummaryPdf');
      const missing = await findUnprintable(summary);
      if (missing.length > 0) setStep({ kind: 'unprintable', model: summary, missing });
      else await download(summary);
    } catch (error) {
      setStep({ kind: 'error', message: failureText(t.pdfFailed, error) });
    }
  };

  return (
    <div class="summary-panel">
      <p class="field__hint">{t.hint}</p>
      <div class="field">
        <label for="summary-evidence">{t.evidenceLabel}</label>
        <select id="summary-evidence" value={mode} onChange={(event) => setMode(event.currentTarget.value as EvidenceMode)}>
          <option value="none">{t.evidenceNone}</option>
          <option value="1">{t.evidenceOne}</option>
          <option value="2">{t.evidenceTwo}</option>
        </select>
      </div>
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
            <button type="button" class="button--primary" onClick={() => void download(step.model)}>
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
