import type { CsvField } from '../../core/csv/csvFields';
import { DELIMITER_LABELS, ENCODING_LABELS } from '../../core/csv/decode';
import { csvRowsToEntries, guessMapping, type ColumnMapping, type CsvRowResult } from '../../core/csv/entriesCsv';
import { importTable, isWorkbook, readTextTable, withSheetRows, type ImportTable } from '../../core/csv/importTable';
import { readXlsx, type CellProblem } from '../../core/csv/xlsx';
import { dataText as t } from '../../i18n/dataPanel';

/** The workbook a preview was read from: its sheets, the one read, and what its rows need to be numbered and checked. */
export interface WorkbookPreview {
  sheets: string[];
  sheetIndex: number;
  rowNumbers: number[];
  problems: CellProblem[];
  /** Why the chosen sheet gives nothing to import (only a header, unreadable); said at the sheet choice. */
  message?: string;
}

/** What the page shows of a spreadsheet before import; its rows stay in the worker, only the checked results come back. */
export interface CsvPreview extends Omit<ImportTable, 'rows'> {
  results: CsvRowResult[];
  /** How the file was read, said in the preview: the encoding (GBK/GB18030…) and the delimiter (semicolon…), or the workbook's sheet. */
  format: string;
  /** Entries already in the log when the file was read: rows past the limit are refused in the preview. */
  stored: number;
  workbook?: WorkbookPreview;
}

/** What the rows are checked against: the page's day, the entries it holds, the bases it knows. */
export interface IntakeContext {
  today: string;
  stored: number;
  bases: { name: string; number: number }[];
}

export type IntakeOutcome = { ok: true; preview: CsvPreview } | { ok: false; message: string };

export type IntakeRequest =
  | { type: 'read'; bytes: ArrayBuffer; fileName: string; context: IntakeContext }
  | { type: 'sheet'; index: number }
  | { type: 'remap'; field: CsvField; column: number };

/**
 * A spreadsheet's intake, as the worker runs it: read (decode, parse, within
 * the sheet limits), map and check every row. It keeps the file and its rows
 * between requests, so choosing another sheet or another column never sends
 * them back and forth.
 */
export class SheetIntake {
  private bytes: Uint8Array | null = null;
  private table: ImportTable | null = null;
  private context: IntakeContext = { today: '', stored: 0, bases: [] };
  private preview: CsvPreview | null = null;

  constructor(
    private readonly newId: () => string,
    private readonly onProgress: (fraction: number) => void = () => {},
  ) {}

  handle(request: IntakeRequest): IntakeOutcome {
    if (request.type === 'read') return this.read(new Uint8Array(request.bytes), request.fileName, request.context);
    if (request.type === 'sheet') return this.chooseSheet(request.index);
    return this.remap(request.field, request.column);
  }

  private check(table: ImportTable, mapping: ColumnMapping, workbook?: WorkbookPreview): CsvRowResult[] {
    const numbers = new Map(this.context.bases.map((base) => [base.name, base.number]));
    const results = csvRowsToEntries(table.rows, mapping, {
      newId: this.newId,
      baseNumberOf: (name) => numbers.get(name),
      today: this.context.today,
      stored: this.context.stored,
      // The reading is the first half of the bar, the checking the second.
      onProgress: (fraction) => this.onProgress(0.5 + fraction / 2),
    });
    return workbook ? withSheetRows(results, workbook.rowNumbers, workbook.problems) : results;
  }

  private show(table: ImportTable, format: string, workbook?: WorkbookPreview): IntakeOutcome {
    this.table = table;
    const { rows: _rows, ...shown } = table;
    this.preview = { ...shown, format, stored: this.context.stored, results: this.check(table, table.mapping, workbook), ...(workbook ? { workbook } : {}) };
    return { ok: true, preview: this.preview };
  }

  private read(bytes: Uint8Array, fileName: string, context: IntakeContext): IntakeOutcome {
    this.context = context;
    const reading = (fraction: number) => this.onProgress(fraction / 2);
    if (isWorkbook(fileName, bytes)) {
      const read = readXlsx(bytes, { onProgress: reading });
      if (!read.ok) return { ok: false, message: t.cannotRead(fileName, read.message) };
      const table = importTable(read.rows);
      if (!table) return { ok: false, message: t.cannotRead(fileName, t.sheetNoDataRows(read.sheetName)) };
      this.bytes = bytes;
      return this.show(table, t.xlsxFormat(read.sheetName), { sheets: read.sheets, sheetIndex: read.sheetIndex, rowNumbers: read.rowNumbers, problems: read.problems });
    }
    const read = readTextTable(bytes);
    if (!read.ok) return { ok: false, message: t.cannotRead(fileName, read.message) };
    const table = importTable(read.table);
    if (!table) return { ok: false, message: t.noDataRows };
    const format = read.source.kind === 'xlsx' ? t.xlsxFormat(read.source.sheetName) : t.csvFormat(ENCODING_LABELS[read.source.encoding], DELIMITER_LABELS[read.source.delimiter]);
    return this.show(table, format);
  }

  /** Another sheet of the workbook: read again; one with nothing to import says why at the choice. */
  private chooseSheet(sheetIndex: number): IntakeOutcome {
    const sheets = this.preview?.workbook?.sheets;
    if (!this.bytes || !sheets) return { ok: false, message: t.unexpectedShort };
    const sheetName = sheets[sheetIndex] ?? '';
    const read = readXlsx(this.bytes, { sheet: sheetIndex, onProgress: (fraction) => this.onProgress(fraction / 2) });
    const table = read.ok ? importTable(read.rows) : null;
    if (!read.ok || !table) {
      const message = read.ok ? t.sheetNoDataRows(sheetName) : t.sheetUnreadable(sheetName, read.message);
      this.table = null;
      this.preview = {
        headers: [],
        mapping: guessMapping([]),
        credits: [],
        format: t.xlsxFormat(sheetName),
        stored: this.context.stored,
        results: [],
        workbook: { sheets, sheetIndex, rowNumbers: [], problems: [], message },
      };
      return { ok: true, preview: this.preview };
    }
    return this.show(table, t.xlsxFormat(read.sheetName), { sheets, sheetIndex, rowNumbers: read.rowNumbers, problems: read.problems });
  }

  private remap(field: CsvField, column: number): IntakeOutcome {
    if (!this.table || !this.preview) return { ok: false, message: t.unexpectedShort };
    const mapping = { ...this.preview.mapping, [field]: column };
    this.preview = { ...this.preview, mapping, results: this.check(this.table, mapping, this.preview.workbook) };
    return { ok: true, preview: this.preview };
  }
}
