import { useState } from 'preact/hooks';
import type { ChecklistItem } from '../../core/declare/checklist';
import type { UploadLimit } from '../../core/declare/uploadLimit';
import { formatBytes } from '../../core/evidence/fileType';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { downloadFile } from '../runtime/download';
import { failureText } from '../runtime/failureText';
import { FailureMessage } from '../FailureMessage';
import type { MadeFile } from './packActions';

/** Whether this browser can hand files to another app (Android Chrome → 微信, 文件). */
function canShareFiles(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

function MadeFileActions({ file, what }: { file: MadeFile; what: string }) {
  const { announce } = useLog();
  const shareable = new File([file.bytes], file.name, { type: file.type });
  return (
    <div class="declare-actions">
      <button type="button" class="button--primary" onClick={() => downloadFile(file.bytes, file.name, file.type)}>
        {t.download(what)}
      </button>
      {canShareFiles(shareable) && (
        <button type="button" onClick={() => void navigator.share({ files: [shareable] }).catch((error: unknown) => error instanceof DOMException && error.name === 'AbortError' ? undefined : announce(failureText(t.shareFailed, error)))}>
          {t.share(what)}
        </button>
      )}
    </div>
  );
}

/** The year's summary PDF and the 申报材料包: made on the device, then downloaded or (where the browser can) shared. */
export function PackPanel({ items, limit }: { items: readonly ChecklistItem[]; limit: UploadLimit }) {
  const { db, report, log, today, announce } = useLog();
  const [pdf, setPdf] = useState<MadeFile | null>(null);
  const [pack, setPack] = useState<MadeFile | null>(null);
  const [working, setWorking] = useState('');
  const [error, setError] = useState('');
  const data = { db, report, entries: log.entries, profile: log.profile, today };

  const make = async (which: 'pdf' | 'pack') => {
    setError('');
    setWorking(which === 'pdf' ? t.makingPdf : t.makingPack);
    try {
      const actions = await import('./packActions');
      if (which === 'pdf') {
        const made = await actions.summaryPdf(data);
        setPdf(made);
        announce(t.pdfMade(made.name));
      } else {
        const made = await actions.declarePack(data, items, limit);
        setPack(made);
        announce(t.packMade(made.name, formatBytes(made.bytes.byteLength), made.problems));
      }
    } catch (failure) {
      setError(failureText(which === 'pdf' ? t.pdfFailed : t.packFailed, failure));
    } finally {
      setWorking('');
    }
  };

  return (
    <section aria-labelledby="declare-pack">
      <h3 id="declare-pack">{t.packTitle}</h3>
      <p class="field__hint">{t.packHint}</p>
      <div class="declare-actions">
        <button type="button" disabled={working !== ''} onClick={() => void make('pdf')}>
          {t.makePdf}
        </button>
        <button type="button" disabled={working !== ''} onClick={() => void make('pack')}>
          {t.makePack}
        </button>
      </div>
      <p role="status">{working}</p>
      {pdf && <MadeFileActions file={pdf} what={t.summaryPdf} />}
      {pack && <MadeFileActions file={pack} what={t.packTitle} />}
      <FailureMessage message={error} />
    </section>
  );
}
