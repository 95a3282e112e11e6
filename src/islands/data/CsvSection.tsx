import { MAX_IMPORT_BYTES } from '../../core/csv/importTable';
import { dataText as t } from '../../i18n/dataPanel';
import { useLog } from '../app/logStore';
import { FailureMessage } from '../FailureMessage';
import { FormatDetails } from '../FormatDetails';
import { CsvPreviewPanel } from './CsvPreviewPanel';
import { SheetReadingProgress } from './SheetReadingProgress';
import { loadDataActions, useTask } from './task';
import { useCsvImport } from './useCsvImport';
import { downloadFile } from '../runtime/download';

const SPREADSHEETS = '.csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Spreadsheets: the year's or every entry out as CSV, a CSV or .xlsx in with a preview. */
export function CsvSection() {
  const { db, year, log, readOnly, announce } = useLog();
  const exporting = useTask();
  const intake = useCsvImport();
  const busy = exporting.busy || intake.busy;

  const exportCsv = (scope: 'year' | 'all') =>
    exporting.run(async () => {
      const actions = await loadDataActions();
      const entries = scope === 'year' ? log.entries : await actions.allEntries(db);
      downloadFile(actions.entriesToCsv(entries), scope === 'year' ? t.csvFileName(year) : t.csvAllFileName, 'text/csv;charset=utf-8');
      announce(t.csvExported(entries.length));
    });

  return (
    <>
      <h3>{t.csvTitle}</h3>
      <p class="field__hint">{t.csvHint}</p>
      <div class="form-actions">
        <button type="button" disabled={busy} onClick={() => void exportCsv('year')}>
          {t.exportYearCsv(year)}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv('all')}>
          {t.exportAllCsv}
        </button>
        <label class={`file-button${readOnly || busy ? ' file-button--disabled' : ''}`}>
          {t.importCsv}
          <input type="file" accept={SPREADSHEETS} class="visually-hidden" disabled={readOnly || busy} onChange={intake.chooseFile} />
        </label>
      </div>
      <FormatDetails text={t.tableFormat(MAX_IMPORT_BYTES / 1024 / 1024)} />
      <SheetReadingProgress progress={intake.progress} onCancel={intake.cancelReading} />
      <FailureMessage message={exporting.failure} />
      <FailureMessage message={intake.failure} />
      {intake.preview && <CsvPreviewPanel preview={intake.preview} busy={busy} onRemap={intake.remap} onChooseSheet={intake.chooseSheet} onImport={intake.importValid} onCancel={intake.cancel} />}
    </>
  );
}
