import { useRef, useState } from 'preact/hooks';
import type { ChecklistItem } from '../../core/declare/checklist';
import type { UploadLimit } from '../../core/declare/uploadLimit';
import type { YearReport } from '../../core/rules/report';
import type { LogState } from '../../db/logState';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { downloadFile } from '../runtime/download';
import { failureText } from '../runtime/failureText';
import { FailureMessage } from '../FailureMessage';
import { FormatDetails } from '../FormatDetails';
import type { MadeFile } from './packActions';

/** Whether this browser can hand files to another app (Android Chrome → 微信, 文件). */
function canShareFiles(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** A made file with what it was made from: it may be shared only while the data and profile are still those. */
interface Held {
  file: MadeFile;
  from: LogState;
  report: YearReport;
  /** What was made, said in the panel while the file is still current. */
  ready?: string;
}

function ShareMade({ file, what }: { file: MadeFile; what: string }) {
  const { announce } = useLog();
  const shareable = new File([file.bytes], file.name, { type: file.type });
  if (!canShareFiles(shareable)) return null;
  return (
    <div class="declare-actions">
      <button type="button" onClick={() => void navigator.share({ files: [shareable] }).catch((error: unknown) => error instanceof DOMException && error.name === 'AbortError' ? undefined : announce(failureText(t.shareFailed, error)))}>
        {t.share(what)}
      </button>
    </div>
  );
}

/**
 * The year's summary PDF and the 申报材料包, each made and downloaded in one
 * tap, so no file made earlier is ever handed out after the data changed. Where
 * the browser can share files, the file just made can be shared, but only until
 * an entry, the profile or the year's report changes; then it is dropped, with
 * a word.
 */
export function PackPanel({ items, limit }: { items: readonly ChecklistItem[]; limit: UploadLimit }) {
  const { db, report, log, today, announce } = useLog();
  const [pdf, setPdf] = useState<Held | null>(null);
  const [pack, setPack] = useState<Held | null>(null);
  const [working, setWorking] = useState('');
  const [error, setError] = useState('');
  const latest = useRef({ log, report });
  latest.current = { log, report };
  const current = (held: Held | null) => (held && held.from === log && held.report === report ? held : null);
  const stale = (pdf !== null && current(pdf) === null) || (pack !== null && current(pack) === null);

  const make = async (which: 'pdf' | 'pack') => {
    setError('');
    setPdf(null);
    setPack(null);
    setWorking(which === 'pdf' ? t.makingPdf : t.makingPack);
    const from = { log, report };
    const data = { db, report, entries: log.entries, profile: log.profile, today };
    try {
      const actions = await import('./packActions');
      const made: MadeFile & { problems?: number; files?: number } = which === 'pdf' ? await actions.summaryPdf(data) : await actions.declarePack(data, items, limit);
      if (latest.current.log !== from.log || latest.current.report !== from.report) {
        setError(t.changedWhileMaking);
        return;
      }
      downloadFile(made.bytes, made.name, made.type);
      const held = { file: made, from: from.log, report: from.report };
      if (which === 'pdf') {
        setPdf(held);
        announce(t.pdfMade(made.name));
      } else {
        setPack({ ...held, ready: t.packMade(made.name, made.files ?? 0, made.bytes.byteLength, made.problems ?? 0) });
      }
    } catch (failure) {
      setError(failureText(which === 'pdf' ? t.pdfFailed : t.packFailed, failure));
    } finally {
      setWorking('');
    }
  };

  const shownPdf = current(pdf);
  const shownPack = current(pack);
  return (
    <section aria-labelledby="declare-pack">
      <h3 id="declare-pack">{t.packTitle}</h3>
      <p class="field__hint">{t.packHint}</p>
      <FormatDetails text={t.packFormat} />
      <div class="declare-actions">
        <button type="button" disabled={working !== ''} onClick={() => void make('pdf')}>
          {t.makePdf}
        </button>
        <button type="button" disabled={working !== ''} onClick={() => void make('pack')}>
          {t.makePack}
        </button>
      </div>
      <p role="status">{working || (stale ? t.madeStale : (shownPack?.ready ?? ''))}</p>
      {shownPdf && <ShareMade file={shownPdf.file} what={t.summaryPdf} />}
      {shownPack && <ShareMade file={shownPack.file} what={t.packTitle} />}
      <FailureMessage message={error} />
    </section>
  );
}
