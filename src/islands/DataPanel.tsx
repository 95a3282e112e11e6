import type { ComponentChildren } from 'preact';
import { useErrorBoundary, useRef, useState } from 'preact/hooks';
import type { RestoreMode, RestorePreview } from '../core/backup/plan';
import type { Backup } from '../core/backup/readBackup';
import { CSV_FIELDS, type CsvField } from '../core/csv/csvFields';
import type { ColumnMapping, CsvRowResult } from '../core/csv/entriesCsv';
import { formatChineseDate } from '../core/calendar/chineseDate';
import type { YearReport } from '../core/rules/report';
import type { Entry } from '../core/schemas/entry';
import type { AppDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { dataText as t } from '../i18n/dataPanel';
import { sentence } from '../i18n/failures';
import { panelText } from '../i18n/zhCNPanels';
import { downloadFile } from './runtime/download';
import type { BaseOption } from './app/logStore';
import { chineseMessage } from '../core/failureMessage';
import { readBackupInWorker } from './runtime/readBackupInWorker';
import { FailureMessage } from './FailureMessage';
import { chunkFailureMessage, importChunk, isChunkLoadError } from './runtime/staleChunk';

type Actions = typeof import('./runtime/dataActions');
const load = (): Promise<Actions> => importChunk(() => import('./runtime/dataActions'));

interface Props {
  db: AppDatabase;
  year: number;
  report: YearReport;
  yearEntries: readonly Entry[];
  today: string;
  appVersion: string;
  bases: readonly BaseOption[];
  lastBackupAt: string | null;
  changesSinceBackup: number;
  nudge: string | null;
  disabled: boolean;
  newId: () => string;
  announce: (message: string) => void;
}

type Restore = { backup: Backup; preview: RestorePreview } | null;
type CsvImport = {
  headers: string[];
  rows: string[][];
  mapping: ColumnMapping;
  results: CsvRowResult[];
  /** How the file was read, said in the preview: the encoding (GBK/GB18030…) and the delimiter (semicolon…). */
  format: string;
  /** Headers such as 'credits' that are not hours unless the person says so. */
  credits: string[];
} | null;



/**
 * Any failure as a Chinese sentence: a storage failure in its own words (quota,
 * outdated tab), a stale tab's missing chunk as the reload offer, our own
 * messages as they are, and anything else (a library's English) as a plain
 * Chinese apology, never the English itself.
 */
function messageOf(failure: unknown): string {
  if (isChunkLoadError(failure)) return chunkFailureMessage();
  const storage = toStorageError(failure);
  if (storage.code !== 'failed') return storage.message;
  const message = chineseMessage(failure);
  return message === null ? t.unexpected : sentence(message);
}

const Failure = FailureMessage;

/** Keeps a rendering error in one part of the panel from taking the whole panel down. */
function Guard({ children, onError }: { children: ComponentChildren; onError: () => void }) {
  const [failure, reset] = useErrorBoundary(() => onError());
  if (failure) {
    return (
      <p class="field__error" role="alert">
        {t.guardFailed}{' '}
        <button type="button" onClick={reset}>
          {t.close}
        </button>
      </p>
    );
  }
  return <>{children}</>;
}

/** Backup and import/export: a backup file, restore with a preview, CSV out and in, calendar reminders. */
export function DataPanel(props: Props) {
  const { db, year, report, yearEntries, today, disabled, announce } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [restore, setRestore] = useState<Restore>(null);
  const [csv, setCsv] = useState<CsvImport>(null);
  const [csvError, setCsvError] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const cancelReading = useRef<(() => void) | null>(null);

  /** Runs one task with the panel busy; whatever happens, the panel is released and a failure is shown in Chinese. */
  const run = async (task: () => Promise<void>, setFailure = setError) => {
    setBusy(true);
    setFailure('');
    try {
      await task();
    } catch (failure) {
      try {
        setFailure(messageOf(failure));
      } catch {
        setFailure(t.unexpectedShort);
      }
    } finally {
      setBusy(false);
    }
  };

  const exportBackup = () =>
    run(async () => {
      const actions = await load();
      const exportedAt = new Date().toISOString();
      const backup = await actions.snapshotForBackup(db, { exportedAt, appVersion: props.appVersion });
      const bytes = actions.writeBackup(backup);
      downloadFile(new Uint8Array(bytes), actions.backupFileName(today), 'application/zip');
      await actions.recordBackup(db, exportedAt);
      announce(t.backupExported(backup.entries.length, backup.evidence.length));
    });

  const chooseBackup = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      setRestore(null);
      const actions = await load();
      if (file.size > 150 * 1024 * 1024) throw new Error(t.backupTooLarge(Math.round(file.size / 1024 / 1024)));
      setProgress(0);
      try {
        const reading = readBackupInWorker(await file.arrayBuffer(), setProgress);
        cancelReading.current = reading.cancel;
        const result = await reading.result;
        if ('cancelled' in result) {
          announce(t.restoreCancelled);
          return;
        }
        if (!result.ok) throw new Error(t.cannotRestore(file.name, sentence(result.message)));
        const [entries, evidence] = await Promise.all([actions.allEntries(db), actions.evidenceIds(db)]);
        setRestore({ backup: result.backup, preview: actions.previewRestore(entries, result.backup, evidence) });
      } finally {
        cancelReading.current = null;
        setProgress(null);
      }
    });
  };

  const applyRestore = (mode: RestoreMode) => {
    if (!restore) return;
    void run(async () => {
      const actions = await load();
      const selection = actions.restoreSelection(await actions.allEntries(db), restore.backup, mode);
      await actions.applyBackup(db, selection, mode);
      setRestore(null);
      announce(mode === 'replace' ? t.replaced(selection.entries.length) : t.merged(selection.entries.length));
    });
  };

  const exportCsv = (scope: 'year' | 'all') =>
    run(async () => {
      const actions = await load();
      const entries = scope === 'year' ? yearEntries : await actions.allEntries(db);
      downloadFile(actions.entriesToCsv(entries), scope === 'year' ? t.csvFileName(year) : t.csvAllFileName, 'text/csv;charset=utf-8');
      announce(t.csvExported(entries.length));
    });

  const baseNumberOf = (name: string) => props.bases.find((base) => base.name === name)?.number;

  const chooseCsv = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      setCsv(null);
      const actions = await load();
      if (file.size > 5 * 1024 * 1024) throw new Error(t.csvTooLarge);
      const bytes = new Uint8Array(await file.arrayBuffer());
      let table: string[][];
      let format: string;
      if (/\.xlsx$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
        // The .xlsx reader loads only when someone imports a workbook.
        const { readXlsx } = await importChunk(() => import('../core/csv/xlsx'));
        const workbook = readXlsx(bytes);
        if (!workbook.ok) throw new Error(t.cannotRead(file.name, workbook.message));
        table = workbook.rows;
        format = t.xlsxFormat(workbook.sheetName);
      } else {
        const decoded = actions.decodeCsvBytes(bytes);
        if (!decoded.ok) throw new Error(t.cannotRead(file.name, decoded.message));
        const delimiter = actions.detectDelimiter(decoded.text);
        const parsed = actions.parseCsv(decoded.text, undefined, delimiter);
        if (!parsed.ok) throw new Error(parsed.message);
        table = parsed.rows;
        format = t.csvFormat(actions.ENCODING_LABELS[decoded.encoding], actions.DELIMITER_LABELS[delimiter]);
      }
      const [headers = [], ...rows] = table;
      if (rows.length === 0) throw new Error(t.noDataRows);
      const mapping = actions.guessMapping(headers);
      setCsv({
        headers,
        rows,
        mapping,
        results: actions.csvRowsToEntries(rows, mapping, { newId: props.newId, baseNumberOf }),
        format,
        credits: actions.creditColumns(headers),
      });
    }, setCsvError);
  };

  const remap = (field: CsvField, column: number) => {
    if (!csv) return;
    void run(async () => {
      const actions = await load();
      const mapping = { ...csv.mapping, [field]: column };
      setCsv({ ...csv, mapping, results: actions.csvRowsToEntries(csv.rows, mapping, { newId: props.newId, baseNumberOf }) });
    }, setCsvError);
  };

  const importCsv = () => {
    if (!csv) return;
    const valid = csv.results.flatMap((row) => (row.entry ? [row.entry] : []));
    void run(async () => {
      const actions = await load();
      await actions.addEntries(db, valid);
      setCsv(null);
      announce(t.csvImported(valid.length));
    }, setCsvError);
  };

  const exportIcs = () =>
    run(async () => {
      const actions = await load();
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      downloadFile(actions.deadlineCalendar(report, stamp), t.icsFileName(year), 'text/calendar;charset=utf-8');
      announce(t.icsDownloaded);
    });

  const valid = csv?.results.filter((row) => row.entry).length ?? 0;
  const invalid = csv?.results.filter((row) => !row.entry) ?? [];

  return (
    <div class="data-panel">
      <h3>{t.backupTitle}</h3>
      {props.lastBackupAt && <p>{t.lastBackup(formatChineseDate(props.lastBackupAt.slice(0, 10)), props.changesSinceBackup)}</p>}
      {props.nudge ? <p class="nudge">{props.nudge}</p> : !props.lastBackupAt && <p>{t.neverBackedUp}</p>}
      <p class="field__hint">{t.backupHint}</p>
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={busy} onClick={() => void exportBackup()}>
          {t.exportBackup}
        </button>
        <label class={`file-button${disabled || busy ? ' file-button--disabled' : ''}`}>
          {t.restoreFromBackup}
          <input type="file" accept=".zip,application/zip" class="visually-hidden" disabled={disabled || busy} onChange={chooseBackup} />
        </label>
      </div>
      {progress !== null && (
        <div class="restore-progress" role="status">
          <label>
            {t.checkingBackup(Math.round(progress * 100))}
            <progress max={100} value={Math.round(progress * 100)} />
          </label>{' '}
          <button type="button" onClick={() => cancelReading.current?.()}>
            {t.cancelCheck}
          </button>
        </div>
      )}
      <Failure message={error} />
      <Guard onError={() => setRestore(null)}>
        {restore && (
          <div class="restore-preview" role="region" aria-label={t.restorePreview}>
            <p>
              {t.backupSummary(formatChineseDate(restore.backup.exportedAt.slice(0, 10)), restore.backup.entries.length, restore.preview.evidenceFiles)}
            </p>
            <ul>
              <li>{t.previewAdded(restore.preview.added)}</li>
              <li>{t.previewIdentical(restore.preview.identical)}</li>
              <li>{t.previewConflicting(restore.preview.conflicting)}</li>
              <li>{t.previewOnlyHere(restore.preview.onlyHere)}</li>
            </ul>
            {restore.backup.migrationNotes && (
              <ul class="note" aria-label={panelText.migrationNotesLabel}>
                {restore.backup.migrationNotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
            {restore.preview.evidenceRekeyed > 0 && (
              <p>{t.evidenceRekeyed(restore.preview.evidenceRekeyed)}</p>
            )}
            <div class="form-actions">
              <button type="button" class="button--primary" disabled={busy} onClick={() => applyRestore('merge')}>
                {t.merge}
              </button>
              <button type="button" class="button--danger" disabled={busy} onClick={() => applyRestore('replace')}>
                {t.replaceAll}
              </button>
              <button type="button" onClick={() => setRestore(null)}>
                {t.cancel}
              </button>
            </div>
          </div>
        )}
      </Guard>

      <h3>{t.csvTitle}</h3>
      <p class="field__hint">{t.csvHint}</p>
      <div class="form-actions">
        <button type="button" disabled={busy} onClick={() => void exportCsv('year')}>
          {t.exportYearCsv(year)}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv('all')}>
          {t.exportAllCsv}
        </button>
        <label class={`file-button${disabled || busy ? ' file-button--disabled' : ''}`}>
          {t.importCsv}
          <input
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            class="visually-hidden"
            disabled={disabled || busy}
            onChange={chooseCsv}
          />
        </label>
      </div>
      <Failure message={csvError} />
      {csv && (
        <div class="csv-import" role="region" aria-label={t.importPreview}>
          <p class="csv-format">{csv.format}</p>
          <p>{t.mapColumns}</p>
          {csv.mapping.hours < 0 && csv.credits.length > 0 && (
            <p class="field__hint">
              {t.creditsColumns(csv.credits)}
            </p>
          )}
          <div class="csv-mapping">
            {CSV_FIELDS.map((field) => (
              <div class="field" key={field.key}>
                <label for={`csv-map-${field.key}`}>
                  {field.header}
                  {field.required ? t.required : ''}
                </label>
                <select id={`csv-map-${field.key}`} value={String(csv.mapping[field.key])} onChange={(event) => remap(field.key, Number(event.currentTarget.value))}>
                  <option value="-1">{t.skipColumn}</option>
                  {csv.headers.map((header, index) => (
                    <option key={index} value={String(index)}>
                      {t.column(index + 1, header)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p class="csv-summary">
            {t.csvSummary(csv.results.length, valid, invalid.length)}
          </p>
          {invalid.length > 0 && (
            <ul class="csv-errors" aria-label={t.invalidRows}>
              {invalid.slice(0, 50).map((row) => (
                <li key={row.rowNumber}>
                  {t.rowErrors(row.rowNumber, row.errors)}
                </li>
              ))}
              {invalid.length > 50 && <li>{t.moreInvalid(invalid.length - 50)}</li>}
            </ul>
          )}
          <div class="form-actions">
            <button type="button" class="button--primary" disabled={busy || valid === 0} onClick={importCsv}>
              {t.importValid(valid)}
            </button>
            <button type="button" onClick={() => setCsv(null)}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}

      <h3>{t.calendarTitle}</h3>
      <p class="field__hint">{t.calendarHint(year)}</p>
      <button type="button" disabled={busy} onClick={() => void exportIcs()}>
        {t.downloadCalendar(year)}
      </button>
    </div>
  );
}
