/** RFC 4180 CSV, as Excel and WPS read and write it. */
import { SHEET_LIMITS, SHEET_LIMIT_MESSAGES } from './sheetLimits';

const BOM = '\ufeff';

/**
 * A leading = + - @ would make a spreadsheet run the cell as a formula; an
 * apostrophe in front keeps it text. A cell that itself starts with an
 * apostrophe gets one more, so unguardCell can always take exactly one off.
 */
export function guardCell(field: string): string {
  return /^[=+\-@\t\r']/.test(field) ? `'${field}` : field;
}

/** Undoes guardCell: one leading apostrophe in front of a guarded character comes off. */
export function unguardCell(cell: string): string {
  return cell.replace(/^'(?=[=+\-@\t\r'])/, '');
}

function quote(field: string, delimiter: string): string {
  const safe = guardCell(field);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) || safe !== field ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text with a BOM, so Excel opens the Chinese correctly, and CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map((field) => quote(field, ',')).join(',')).join('\r\n') + '\r\n';
}

export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; message: string };

/**
 * Parses CSV text (BOM, quotes, doubled quotes, CRLF or LF); the delimiter is a
 * comma unless told (see detectDelimiter). Empty rows are skipped as they are
 * read; the limits (data rows, columns, cells, one cell's length) are checked as
 * each field grows, so a hostile file is refused at the first figure over one.
 */
export function parseCsv(text: string, maxRows: number = SHEET_LIMITS.rows, delimiter: ',' | ';' | '\t' = ','): CsvParseResult {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let filled = false;
  let field = '';
  let column = 0;
  let record = 1;
  let cells = 0;
  let quoted = false;
  let index = 0;
  /** Ends the field being read; a message when it passes a limit. */
  const endField = (): string | undefined => {
    if (field.trim() !== '') {
      if (column >= SHEET_LIMITS.columns) return SHEET_LIMIT_MESSAGES.tooManyColumns(column + 1, SHEET_LIMITS.columns);
      cells += 1;
      if (cells > SHEET_LIMITS.cells) return SHEET_LIMIT_MESSAGES.tooManyCells(SHEET_LIMITS.cells);
      filled = true;
    }
    // Empty fields past the column limit (a format applied out to the sheet's edge) are dropped, not kept.
    if (column < SHEET_LIMITS.columns) row.push(field);
    field = '';
    column += 1;
    return undefined;
  };
  const endRow = (): string | undefined => {
    const refused = endField();
    if (refused !== undefined) return refused;
    if (filled) {
      rows.push(row);
      if (rows.length > maxRows + 1) return SHEET_LIMIT_MESSAGES.tooManyRows(maxRows);
    }
    row = [];
    filled = false;
    column = 0;
    record += 1;
    return undefined;
  };
  while (index < source.length) {
    const char = source[index];
    let refused: string | undefined;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) refused = endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      refused = endRow();
    } else field += char;
    if (field.length > SHEET_LIMITS.cellChars) refused = SHEET_LIMIT_MESSAGES.cellTooLong(record, column + 1, SHEET_LIMITS.cellChars);
    if (refused !== undefined) return { ok: false, message: refused };
    index += 1;
  }
  if (quoted) return { ok: false, message: '表格中有未闭合的引号，文件可能不完整' };
  if (field !== '' || row.length > 0) {
    const refused = endRow();
    if (refused !== undefined) return { ok: false, message: refused };
  }
  return { ok: true, rows };
}
