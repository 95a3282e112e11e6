import { useState } from 'preact/hooks';
import type { CsvField } from '../../core/csv/csvFields';
import type { CsvRowResult } from '../../core/csv/entriesCsv';
import { importTable, isWorkbook, MAX_IMPORT_BYTES, readTextTable, type ImportTable, type TableRead } from '../../core/csv/importTable';
import { DELIMITER_LABELS, ENCODING_LABELS } from '../../core/csv/decode';
import { dataText as t } from '../../i18n/dataPanel';
import { useLog } from '../app/logStore';
import { loadOnce } from '../runtime/staleChunk';
import { loadDataActions, takeFile, useTask } from './task';

export interface CsvPreview extends ImportTable {
  results: CsvRowResult[];
  /** How the file was read, said in the preview: the encoding (GBK/GB18030…) and the delimiter (semicolon…), or the workbook's sheet. */
  format: string;
  /** Entries already in the log when the file was read: rows past the limit are refused in the preview. */
  stored: number;
}

const loadXlsx = loadOnce(() => import('../../core/csv/xlsx'));

async function readTable(name: string, bytes: Uint8Array): Promise<TableRead> {
  if (!isWorkbook(name, bytes)) return readTextTable(bytes);
  // The .xlsx reader loads only when someone imports a workbook.
  const { readXlsx } = await loadXlsx();
  const workbook = readXlsx(bytes);
  return workbook.ok ? { ok: true, table: workbook.rows, source: { kind: 'xlsx', sheetName: workbook.sheetName } } : workbook;
}

/** A spreadsheet in: read, its columns mapped (guessed, then the person's choice), checked row by row, written only on confirm. */
export function useCsvImport() {
  const { db, bases, newId, announce, today } = useLog();
  const { busy, failure, run } = useTask();
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const baseNumberOf = (name: string) => bases.find((base) => base.name === name)?.number;

  const chooseFile = (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    void run(async () => {
      setPreview(null);
      const actions = await loadDataActions();
      if (file.size > MAX_IMPORT_BYTES) throw new Error(t.csvTooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
      const read = await readTable(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) throw new Error(t.cannotRead(file.name, read.message));
      const table = importTable(read.table);
      if (!table) throw new Error(t.noDataRows);
      const format = read.source.kind === 'xlsx' ? t.xlsxFormat(read.source.sheetName) : t.csvFormat(ENCODING_LABELS[read.source.encoding], DELIMITER_LABELS[read.source.delimiter]);
      const stored = await actions.countEntries(db);
      setPreview({ ...table, format, stored, results: actions.csvRowsToEntries(table.rows, table.mapping, { newId, baseNumberOf, today, stored }) });
    });
  };

  const remap = (field: CsvField, column: number) => {
    if (!preview) return;
    void run(async () => {
      const actions = await loadDataActions();
      const mapping = { ...preview.mapping, [field]: column };
      setPreview({ ...preview, mapping, results: actions.csvRowsToEntries(preview.rows, mapping, { newId, baseNumberOf, today, stored: preview.stored }) });
    });
  };

  const importValid = () => {
    if (!preview) return;
    const valid = preview.results.flatMap((row) => (row.entry ? [row.entry] : []));
    void run(async () => {
      const actions = await loadDataActions();
      await actions.addEntries(db, valid);
      setPreview(null);
      announce(t.csvImported(valid.length));
    });
  };

  return { busy, failure, preview, chooseFile, remap, importValid, cancel: () => setPreview(null) };
}
