import type { ComponentChildren } from 'preact';
import { useErrorBoundary, useRef, useState } from 'preact/hooks';
import type { RestoreMode, RestorePreview } from '../core/backup/plan';
import type { Backup } from '../core/backup/readBackup';
import { CSV_FIELDS, type CsvField } from '../core/csv/csvFields';
import type { ColumnMapping, CsvRowResult } from '../core/csv/entriesCsv';
import { formatChineseDate } from '../core/format/chineseDate';
import type { YearReport } from '../core/rules/report';
import type { Entry } from '../core/schemas/entry';
import type { AppDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { panelText } from '../i18n/zhCNPanels';
import { downloadFile } from './download';
import type { BaseOption } from './EntryForm';
import { readBackupInWorker } from './readBackupInWorker';
import { FailureMessage } from './FailureMessage';
import { chunkFailureMessage, importChunk, isChunkLoadError } from './staleChunk';

type Actions = typeof import('./dataActions');
const load = (): Promise<Actions> => importChunk(() => import('./dataActions'));

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
  /** How the file was read, said in the preview: 编码：GBK/GB18030；分隔符：分号. */
  format: string;
  /** Headers such as 学分 that are not 学时 unless the person says so. */
  credits: string[];
} | null;

const HAN = /[\u4e00-\u9fff]/;

/** A sentence that ends in exactly one 。. */
function sentence(text: string): string {
  return `${text.replace(/[。.\s]+$/u, '')}。`;
}

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
  const message = failure instanceof Error ? failure.message : String(failure);
  if (HAN.test(message)) return sentence(message);
  return '操作没有完成：出现了意外错误。本机数据没有改动，请重试；如果反复出现，请刷新页面。';
}

const Failure = FailureMessage;

/** Keeps a rendering error in one part of the panel from taking the whole panel down. */
function Guard({ children, onError }: { children: ComponentChildren; onError: () => void }) {
  const [failure, reset] = useErrorBoundary(() => onError());
  if (failure) {
    return (
      <p class="field__error" role="alert">
        无法显示这部分内容，本机数据没有改动。{' '}
        <button type="button" onClick={reset}>
          关闭
        </button>
      </p>
    );
  }
  return <>{children}</>;
}

/** 备份与导入导出: a backup file, restore with a preview, CSV out and in, calendar reminders. */
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
        setFailure('操作没有完成：出现了意外错误。本机数据没有改动，请重试。');
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
      announce(`已导出备份：${backup.entries.length} 条记录，${backup.evidence.length} 个凭证文件。`);
    });

  const chooseBackup = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      setRestore(null);
      const actions = await load();
      if (file.size > 150 * 1024 * 1024) throw new Error(`文件有 ${Math.round(file.size / 1024 / 1024)} MB，超过备份文件上限 150 MB`);
      setProgress(0);
      try {
        const reading = readBackupInWorker(await file.arrayBuffer(), setProgress);
        cancelReading.current = reading.cancel;
        const result = await reading.result;
        if ('cancelled' in result) {
          announce('已取消恢复，本机数据没有改动。');
          return;
        }
        if (!result.ok) throw new Error(`无法恢复“${file.name}”：${sentence(result.message)}本机数据没有改动。`);
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
      announce(mode === 'replace' ? `已用备份替换全部数据：${selection.entries.length} 条记录。` : `已合并备份：新增 ${selection.entries.length} 条记录。`);
    });
  };

  const exportCsv = (scope: 'year' | 'all') =>
    run(async () => {
      const actions = await load();
      const entries = scope === 'year' ? yearEntries : await actions.allEntries(db);
      downloadFile(actions.entriesToCsv(entries), scope === 'year' ? `学时记录-${year}.csv` : '学时记录-全部.csv', 'text/csv;charset=utf-8');
      announce(`已导出 ${entries.length} 条记录到表格。`);
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
      if (file.size > 5 * 1024 * 1024) throw new Error('表格文件超过 5 MB，请分批导入');
      const bytes = new Uint8Array(await file.arrayBuffer());
      let table: string[][];
      let format: string;
      if (/\.xlsx$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
        // The .xlsx reader loads only when someone imports a workbook.
        const { readXlsx } = await importChunk(() => import('../core/csv/xlsx'));
        const workbook = readXlsx(bytes);
        if (!workbook.ok) throw new Error(`无法读取“${file.name}”：${workbook.message}`);
        table = workbook.rows;
        format = `Excel 工作簿（.xlsx），读取第一个工作表${workbook.sheetName ? `“${workbook.sheetName}”` : ''}。`;
      } else {
        const decoded = actions.decodeCsvBytes(bytes);
        if (!decoded.ok) throw new Error(`无法读取“${file.name}”：${decoded.message}`);
        const delimiter = actions.detectDelimiter(decoded.text);
        const parsed = actions.parseCsv(decoded.text, undefined, delimiter);
        if (!parsed.ok) throw new Error(parsed.message);
        table = parsed.rows;
        format = `文件编码：${actions.ENCODING_LABELS[decoded.encoding]}；分隔符：${actions.DELIMITER_LABELS[delimiter]}。`;
      }
      const [headers = [], ...rows] = table;
      if (rows.length === 0) throw new Error('表格中没有数据行（第 1 行应为表头）');
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
      announce(`已从表格导入 ${valid.length} 条记录。`);
    }, setCsvError);
  };

  const exportIcs = () =>
    run(async () => {
      const actions = await load();
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      downloadFile(actions.deadlineCalendar(report, stamp), `学时簿提醒-${year}.ics`, 'text/calendar;charset=utf-8');
      announce('已下载日历提醒，用手机或电脑的日历打开即可导入。');
    });

  const valid = csv?.results.filter((row) => row.entry).length ?? 0;
  const invalid = csv?.results.filter((row) => !row.entry) ?? [];

  return (
    <div class="data-panel">
      <h3>备份与恢复</h3>
      {props.lastBackupAt && <p>上次备份：{formatChineseDate(props.lastBackupAt.slice(0, 10))}（之后有 {props.changesSinceBackup} 处修改）。</p>}
      {props.nudge ? <p class="nudge">{props.nudge}</p> : !props.lastBackupAt && <p>还没有备份过。</p>}
      <p class="field__hint">备份文件（.zip）包含个人信息、所有年度的记录和凭证文件。换手机或清理浏览器前请先备份；恢复时会先检查整个文件，再一次性写入。</p>
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={busy} onClick={() => void exportBackup()}>
          导出备份
        </button>
        <label class={`file-button${disabled || busy ? ' file-button--disabled' : ''}`}>
          从备份恢复
          <input type="file" accept=".zip,application/zip" class="visually-hidden" disabled={disabled || busy} onChange={chooseBackup} />
        </label>
      </div>
      {progress !== null && (
        <div class="restore-progress" role="status">
          <label>
            正在检查备份文件… {Math.round(progress * 100)}%
            <progress max={100} value={Math.round(progress * 100)} />
          </label>{' '}
          <button type="button" onClick={() => cancelReading.current?.()}>
            取消检查
          </button>
        </div>
      )}
      <Failure message={error} />
      <Guard onError={() => setRestore(null)}>
        {restore && (
          <div class="restore-preview" role="region" aria-label="恢复预览">
            <p>
              备份导出于 {formatChineseDate(restore.backup.exportedAt.slice(0, 10))}，共 {restore.backup.entries.length} 条记录、{restore.preview.evidenceFiles} 个凭证文件：
            </p>
            <ul>
              <li>新增 {restore.preview.added} 条</li>
              <li>与本机相同 {restore.preview.identical} 条</li>
              <li>与本机不同 {restore.preview.conflicting} 条</li>
              <li>仅在本机 {restore.preview.onlyHere} 条</li>
            </ul>
            {restore.backup.migrationNotes && (
              <ul class="note" aria-label={panelText.migrationNotesLabel}>
                {restore.backup.migrationNotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
            {restore.preview.evidenceRekeyed > 0 && (
              <p>其中 {restore.preview.evidenceRekeyed} 个凭证文件与本机已有凭证编号相同：合并时以新编号保存，本机的凭证不会被替换。</p>
            )}
            <div class="form-actions">
              <button type="button" class="button--primary" disabled={busy} onClick={() => applyRestore('merge')}>
                合并（保留本机的修改）
              </button>
              <button type="button" class="button--danger" disabled={busy} onClick={() => applyRestore('replace')}>
                用备份替换全部
              </button>
              <button type="button" onClick={() => setRestore(null)}>
                取消
              </button>
            </div>
          </div>
        )}
      </Guard>

      <h3>表格（CSV、Excel）</h3>
      <p class="field__hint">导出的表格可用 Excel 或 WPS 打开；也可以把自己整理的表格导入（.csv 或 Excel 的 .xlsx，第 1 行为表头；UTF-8 或 GBK 编码，逗号、分号或制表符分隔均可）。</p>
      <div class="form-actions">
        <button type="button" disabled={busy} onClick={() => void exportCsv('year')}>
          导出{year}年度表格
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv('all')}>
          导出全部表格
        </button>
        <label class={`file-button${disabled || busy ? ' file-button--disabled' : ''}`}>
          从表格导入
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
        <div class="csv-import" role="region" aria-label="表格导入预览">
          <p class="csv-format">{csv.format}</p>
          <p>请确认每一项对应表格中的哪一列：</p>
          {csv.mapping.hours < 0 && csv.credits.length > 0 && (
            <p class="field__hint">
              表格中有“{csv.credits.join('”“')}”列。学分不一定等于学时，所以没有自动对应到“学时”；如果这一列确实是学时，请在“学时”中选择它。
            </p>
          )}
          <div class="csv-mapping">
            {CSV_FIELDS.map((field) => (
              <div class="field" key={field.key}>
                <label for={`csv-map-${field.key}`}>
                  {field.header}
                  {field.required ? '（必填）' : ''}
                </label>
                <select id={`csv-map-${field.key}`} value={String(csv.mapping[field.key])} onChange={(event) => remap(field.key, Number(event.currentTarget.value))}>
                  <option value="-1">不导入</option>
                  {csv.headers.map((header, index) => (
                    <option key={index} value={String(index)}>
                      第 {index + 1} 列：{header || '（无表头）'}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p class="csv-summary">
            共 {csv.results.length} 行：可导入 {valid} 行，有误 {invalid.length} 行。
          </p>
          {invalid.length > 0 && (
            <ul class="csv-errors" aria-label="有误的行">
              {invalid.slice(0, 50).map((row) => (
                <li key={row.rowNumber}>
                  第 {row.rowNumber} 行：{row.errors.join('；')}
                </li>
              ))}
              {invalid.length > 50 && <li>另有 {invalid.length - 50} 行有误。</li>}
            </ul>
          )}
          <div class="form-actions">
            <button type="button" class="button--primary" disabled={busy || valid === 0} onClick={importCsv}>
              导入 {valid} 条有效记录
            </button>
            <button type="button" onClick={() => setCsv(null)}>
              取消
            </button>
          </div>
        </div>
      )}

      <h3>日历提醒</h3>
      <p class="field__hint">下载 .ics 文件导入手机日历：{year}年度申报截止日和最晚稳妥申报日，各在 30、14、7、1 天前提醒。</p>
      <button type="button" disabled={busy} onClick={() => void exportIcs()}>
        下载{year}年度日历提醒
      </button>
    </div>
  );
}
