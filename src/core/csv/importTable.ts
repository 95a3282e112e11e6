import { parseCsv } from './csv';
import { decodeCsvBytes, detectDelimiter, type CsvDelimiter, type CsvEncoding } from './decode';
import { creditColumns, guessMapping, type ColumnMapping, type CsvRowResult } from './entriesCsv';

/** The largest spreadsheet the log reads: 5 MB holds far more rows than the log keeps. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** How a spreadsheet file was read: a workbook's sheet, or a text file's encoding and delimiter. */
export type TableSource = { kind: 'xlsx'; sheetName: string } | { kind: 'csv'; encoding: CsvEncoding; delimiter: CsvDelimiter };

export type TableRead = { ok: true; table: string[][]; source: TableSource } | { ok: false; message: string };

/** An .xlsx workbook (a zip) rather than text: by its name or by the zip signature, whatever the name says. */
export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
}

/** A text spreadsheet's rows: its encoding found (UTF-8, GBK/GB18030…), its delimiter guessed, then parsed. */
export function readTextTable(bytes: Uint8Array): TableRead {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const delimiter = detectDelimiter(decoded.text);
  const parsed = parseCsv(decoded.text, undefined, delimiter);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  return { ok: true, table: parsed.rows, source: { kind: 'csv', encoding: decoded.encoding, delimiter } };
}

export interface ImportTable {
  headers: string[];
  rows: string[][];
  /** Which column feeds which field, guessed from the headers; the person may change it. */
  mapping: ColumnMapping;
  /** Headers such as 学分 that are not 学时 unless the person says so. */
  credits: string[];
}

/** The first row as headers and the rest as data, with the guessed mapping; null when there is no data row. */
export function importTable(table: readonly (readonly string[])[]): ImportTable | null {
  const [headers = [], ...rows] = table.map((row) => [...row]);
  if (rows.length === 0) return null;
  return { headers, rows, mapping: guessMapping(headers), credits: creditColumns(headers) };
}

/**
 * A workbook's row results: numbered as the sheet shows them (a sheet's empty
 * rows are not in the table), and refused where the reader refused a cell (a
 * date serial beyond 2100), with the reader's message first. `rowNumbers` and
 * the problems' `row` index the whole table, header included.
 */
export function withSheetRows(results: readonly CsvRowResult[], rowNumbers: readonly number[], problems: readonly { row: number; message: string }[]): CsvRowResult[] {
  // Grouped once: a sheet may have a problem on every one of its 10,000 rows.
  const byRow = new Map<number, string[]>();
  for (const problem of problems) byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem.message]);
  return results.map((result, index) => {
    const row = index + 1;
    const messages = byRow.get(row) ?? [];
    const rowNumber = rowNumbers[row] ?? result.rowNumber;
    if (messages.length === 0) return { ...result, rowNumber };
    return { rowNumber, errors: [...messages, ...result.errors] };
  });
}
