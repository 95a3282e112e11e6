import { useRef, useState } from 'preact/hooks';
import type { CsvField } from '../../core/csv/csvFields';
import { guessMapping, type CsvRowResult } from '../../core/csv/entriesCsv';
import { importTable, isWorkbook, MAX_IMPORT_BYTES, readTextTable, withSheetRows, type ImportTable } from '../../core/csv/importTable';
import type { CellProblem, XlsxResult } from '../../core/csv/xlsx';
import { DELIMITER_LABELS, ENCODING_LABELS } from '../../core/csv/decode';
import { dataText as t } from '../../i18n/dataPanel';
import { useLog } from '../app/logStore';
import { loadOnce } from '../runtime/staleChunk';
import { loadDataActions, takeFile, useTask, type DataActions } from './task';

/** The workbook a preview was read from: its sheets, the one read, and what its rows need to be numbered and checked. */
export interface WorkbookPreview {
  sheets: string[];
  sheetIndex: number;
  rowNumbers: number[];
  problems: CellProblem[];
  /** Why the chosen sheet gives nothing to import (only a header, unreadable); said at the sheet choice. */
  message?: string;
}

export interface CsvPreview extends ImportTable {
  results: CsvRowResult[];
  /** How the file was read, said in the preview: the encoding (GBK/GB18030…) and the delimiter (semicolon…), or the workbook's sheet. */
  format: string;
  /** Entries already in the log when the file was read: rows past the limit are refused in the preview. */
  stored: number;
  workbook?: WorkbookPreview;
}

const loadXlsx = loadOnce(() => import('../../core/csv/xlsx'));

/** The .xlsx reader loads only when someone imports a workbook. */
async function readWorkbook(bytes: Uint8Array, sheet?: number): Promise<XlsxResult> {
  const { readXlsx } = await loadXlsx();
  return readXlsx(bytes, sheet === undefined ? {} : { sheet });
}

const EMPTY_MAPPING = (): ImportTable => ({
  headers: [],
  rows: [],
  mapping: guessMapping([]),
  credits: [],
});

/** A spreadsheet in: read, its columns mapped (guessed, then the person's choice), checked row by row, written only on confirm. */
export function useCsvImport() {
  const { db, bases, newId, announce, today } = useLog();
  const { busy, failure, run } = useTask();
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  // The workbook's bytes, kept while its preview is open so another sheet can be read.
  const workbookBytes = useRef<Uint8Array | null>(null);
  const baseNumberOf = (name: string) => bases.find((base) => base.name === name)?.number;

  const check = (actions: DataActions, table: ImportTable, mapping: ImportTable['mapping'], stored: number, workbook?: WorkbookPreview) => {
    const results = actions.csvRowsToEntries(table.rows, mapping, { newId, baseNumberOf, today, stored });
    return workbook ? withSheetRows(results, workbook.rowNumbers, workbook.problems) : results;
  };

  const chooseFile = (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    void run(async () => {
      setPreview(null);
      workbookBytes.current = null;
      const actions = await loadDataActions();
      if (file.size > MAX_IMPORT_BYTES) throw new Error(t.csvTooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (isWorkbook(file.name, bytes)) {
        const read = await readWorkbook(bytes);
        if (!read.ok) throw new Error(t.cannotRead(file.name, read.message));
        const table = importTable(read.rows);
        if (!table) throw new Error(t.cannotRead(file.name, t.sheetNoDataRows(read.sheetName)));
        const workbook: WorkbookPreview = {
          sheets: read.sheets,
          sheetIndex: read.sheetIndex,
          rowNumbers: read.rowNumbers,
          problems: read.problems,
        };
        workbookBytes.current = bytes;
        const stored = await actions.countEntries(db);
        setPreview({
          ...table,
          format: t.xlsxFormat(read.sheetName),
          stored,
          workbook,
          results: check(actions, table, table.mapping, stored, workbook),
        });
        return;
      }
      const read = readTextTable(bytes);
      if (!read.ok) throw new Error(t.cannotRead(file.name, read.message));
      const table = importTable(read.table);
      if (!table) throw new Error(t.noDataRows);
      const format = read.source.kind === 'xlsx' ? t.xlsxFormat(read.source.sheetName) : t.csvFormat(ENCODING_LABELS[read.source.encoding], DELIMITER_LABELS[read.source.delimiter]);
      const stored = await actions.countEntries(db);
      setPreview({
        ...table,
        format,
        stored,
        results: check(actions, table, table.mapping, stored),
      });
    });
  };

  /** Another sheet of the workbook: read again; one with nothing to import says why at the choice. */
  const chooseSheet = (sheetIndex: number) => {
    const bytes = workbookBytes.current;
    if (!preview?.workbook || !bytes) return;
    const sheets = preview.workbook.sheets;
    const sheetName = sheets[sheetIndex] ?? '';
    void run(async () => {
      const actions = await loadDataActions();
      const read = await readWorkbook(bytes, sheetIndex);
      const table = read.ok ? importTable(read.rows) : null;
      if (!read.ok || !table) {
        const message = read.ok ? t.sheetNoDataRows(sheetName) : t.sheetUnreadable(sheetName, read.message);
        setPreview({
          ...EMPTY_MAPPING(),
          format: t.xlsxFormat(sheetName),
          stored: preview.stored,
          results: [],
          workbook: {
            sheets,
            sheetIndex,
            rowNumbers: [],
            problems: [],
            message,
          },
        });
        return;
      }
      const workbook: WorkbookPreview = {
        sheets,
        sheetIndex,
        rowNumbers: read.rowNumbers,
        problems: read.problems,
      };
      setPreview({
        ...table,
        format: t.xlsxFormat(read.sheetName),
        stored: preview.stored,
        workbook,
        results: check(actions, table, table.mapping, preview.stored, workbook),
      });
    });
  };

  const remap = (field: CsvField, column: number) => {
    if (!preview) return;
    void run(async () => {
      const actions = await loadDataActions();
      const mapping = { ...preview.mapping, [field]: column };
      setPreview({
        ...preview,
        mapping,
        results: check(actions, preview, mapping, preview.stored, preview.workbook),
      });
    });
  };

  const importValid = () => {
    if (!preview) return;
    const valid = preview.results.flatMap((row) => (row.entry ? [row.entry] : []));
    void run(async () => {
      const actions = await loadDataActions();
      await actions.addEntries(db, valid);
      setPreview(null);
      workbookBytes.current = null;
      announce(t.csvImported(valid.length));
    });
  };

  const cancel = () => {
    setPreview(null);
    workbookBytes.current = null;
  };

  return {
    busy,
    failure,
    preview,
    chooseFile,
    chooseSheet,
    remap,
    importValid,
    cancel,
  };
}
