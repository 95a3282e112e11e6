import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import type { SummaryModel } from '../core/pdf/summaryModel';
import type { YearReport } from '../core/rules/report';
import type { Entry } from '../core/schemas/entry';
import type { Profile } from '../core/schemas/profile';
import type { AppDatabase } from '../db/database';
import { evidenceFile, evidenceOfEntries } from '../db/evidence';
import type { Unprintable } from '../pdf/makeSummaryPdf';
import { failureText } from './failureText';
import { downloadFile } from './download';
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

/** 自查申报汇总表: a PDF made on the device (jsPDF and the font load only now), or an HTML page to print. */
export function SummaryPanel({ db, report, entries, profile, today }: Props) {
  const [mode, setMode] = useState<EvidenceMode>('none');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [printView, setPrintView] = useState<{ model: SummaryModel; View: FunctionComponent<{ model: SummaryModel }> } | null>(null);

  const model = async (): Promise<SummaryModel> => {
    const { buildSummary } = await import('./summaryModule');
    const evidence = mode === 'none' ? [] : (await evidenceOfEntries(db, entries.map((entry) => entry.id))).filter((item) => item.type !== 'application/pdf');
    return buildSummary({ report, entries, profile, generatedOn: today, evidence });
  };

  const download = async (summary: SummaryModel) => {
    setStep({ kind: 'working', message: '正在生成 PDF…' });
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
      const note = skipped.length > 0 ? `以下凭证图片无法解码，未能放入 PDF（PDF 中已注明）：${skipped.join('；')}。` : '';
      setStep({ kind: 'done', message: `已生成“${fileName}”（${(bytes.byteLength / 1024).toFixed(0)} KB）。${note}` });
    } catch (error) {
      setStep({ kind: 'error', message: failureText('生成 PDF 失败', error) });
    }
  };

  const start = async () => {
    setStep({ kind: 'working', message: '正在准备字体并检查文字…' });
    try {
      const summary = await model();
      const { findUnprintable } = await import('../pdf/makeSummaryPdf');
      const missing = await findUnprintable(summary);
      if (missing.length > 0) setStep({ kind: 'unprintable', model: summary, missing });
      else await download(summary);
    } catch (error) {
      setStep({ kind: 'error', message: failureText('生成 PDF 失败', error) });
    }
  };

  return (
    <div class="summary-panel">
      <p class="field__hint">汇总表列出本年度的学时要求与完成情况、全部学习记录，并留有本人签名和用人单位审核意见栏，A4 纵向打印。PDF 在本机生成，不上传任何内容。</p>
      <div class="field">
        <label for="summary-evidence">附上凭证图片</label>
        <select id="summary-evidence" value={mode} onChange={(event) => setMode(event.currentTarget.value as EvidenceMode)}>
          <option value="none">不附凭证</option>
          <option value="1">附凭证，每页一张</option>
          <option value="2">附凭证，每页两张</option>
        </select>
      </div>
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={step.kind === 'working'} onClick={() => void start()}>
          生成 PDF
        </button>
        <button
          type="button"
          onClick={() => {
            void Promise.all([model(), import('./summaryModule')]).then(
              ([summary, { SummaryView }]) => {
                setPrintView({ model: summary, View: SummaryView });
                requestAnimationFrame(() => window.print());
              },
              (error: unknown) => setStep({ kind: 'error', message: failureText('无法打开网页版', error) }),
            );
          }}
        >
          网页版打印
        </button>
      </div>
      <div role="status" aria-live="polite" class="summary-status">
        {step.kind === 'working' && <p>{step.message}</p>}
        {step.kind === 'done' && <p>{step.message}</p>}
      </div>
      {step.kind === 'error' && <FailureMessage message={step.message} />}
      {step.kind === 'unprintable' && (
        <div class="unprintable" role="alert">
          <p>以下字符不在 PDF 字体中，无法打印：</p>
          <ul>
            {step.missing.map((item) => (
              <li key={item.char}>
                <strong class="unprintable__char">{item.char}</strong>（U+{(item.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}），出现在：{item.where.join('、')}
              </li>
            ))}
          </ul>
          <p>可以返回修改这些文字，或用“□”代替后继续生成（网页版打印不受影响）。</p>
          <div class="form-actions">
            <button type="button" class="button--primary" onClick={() => void download(step.model)}>
              用□代替并继续
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              返回修改
            </button>
          </div>
        </div>
      )}
      {printView && <printView.View model={printView.model} />}
    </div>
  );
}
