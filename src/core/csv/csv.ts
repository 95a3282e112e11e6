/** RFC 4180 CSV, as Excel and WPS read and write it. */

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

/** Parses CSV text (BOM, quotes, doubled quotes, CRLF or LF); the delimiter is a comma unless told (see detectDelimiter). */
export function parseCsv(text: string, maxRows = 20_000, delimiter: ',' | ';' | '\t' = ','): CsvParseResult {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      if (rows.length > maxRows) return { ok: false, message: `表格超过 ${maxRows} 行，请分批导入` };
      row = [];
      field = '';
    } else field += char;
    index += 1;
  }
  if (quoted) return { ok: false, message: '表格中有未闭合的引号，文件可能不完整' };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows: rows.filter((cells) => cells.some((cell) => cell.trim() !== '')) };
}
