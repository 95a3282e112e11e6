import { inflateMember, listZip, type ZipMember } from '../backup/zipReader';
import { LATEST_DATE, MAX_ENTRIES } from '../limits';

/**
 * Reads one worksheet of an .xlsx file as rows of text, the same shape
 * parseCsv gives, so the import preview and mapping work unchanged. Written for
 * the files people have: Excel, WPS, LibreOffice, Numbers, openpyxl and the
 * .NET OpenXML SDK (which prefixes every element, <x:row>). Elements and
 * attributes are matched by local name, whatever their prefix; parts are found
 * through the package's relationships; strings may be shared or inline (with
 * rich text runs). The zip is read with the capped inflater the backups use (an
 * .xlsx is a zip, and could be a bomb); only the parts needed are inflated, and
 * a sheet is scanned only until it has more rows than the log can hold. Date
 * cells become YYYY-MM-DD (1900 and 1904 date systems); numbers are written as
 * Excel shows them (12.5, not 12.499999…). See docs/spreadsheet-import.md.
 */

export interface CellProblem {
  /** Index of the row in `rows` (0 is the header). */
  row: number;
  message: string;
}

export type XlsxResult =
  | {
      ok: true;
      /** Every sheet's name, in the workbook's order. */
      sheets: string[];
      /** Which of them was read. */
      sheetIndex: number;
      sheetName: string;
      /** The sheet's non-empty rows, all as wide as the widest. */
      rows: string[][];
      /** The row number the spreadsheet shows for each of `rows` (empty rows are left out of `rows`). */
      rowNumbers: number[];
      /** Cells read but refused, such as a date serial beyond 2100. */
      problems: CellProblem[];
    }
  | { ok: false; message: string };

/** Largest XML part inflated, and all parts together: a big spreadsheet of study records is a few MB. */
const PART_LIMIT = 32 * 1024 * 1024;
const TOTAL_LIMIT = 64 * 1024 * 1024;

export const XLSX_MESSAGES = {
  notXlsx: '这不是有效的 Excel 工作簿（.xlsx）文件；如果是旧版 .xls，请先在 Excel 或 WPS 中另存为 .xlsx 或 CSV',
  damaged: '表格文件已损坏，无法读取',
  tooLarge: '表格文件解压后过大，请分批导入',
  noSheets: '工作簿中没有工作表',
  allEmpty: '工作簿中的工作表都是空的，没有可导入的行',
  missingSheet: (name: string) => `工作表“${name}”在文件中缺失，文件可能已损坏`,
  tooManyRows: (name: string, limit: number) => `工作表“${name}”超过 ${limit} 行数据；本机最多保存 ${limit} 条记录，请分批导入`,
  dateBeyond: (cell: string, serial: string) => `单元格 ${cell} 的日期序号 ${serial} 在 2100 年以后，不是有效的学习日期`,
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Takes the namespace prefix off every element name (<x:row> → <row>), so elements are matched by local name. */
export function withLocalNames(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1');
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute by its local name, with or without a prefix (r:id, x:r), never a namespace declaration. */
function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s(?:(?!xmlns:)[A-Za-z_][\\w.-]*:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? decodeXml(match[2] ?? match[3] ?? '') : undefined;
}

/** The text of a string item: every <t> run, without phonetic guides (<rPh>, which hold readings, not the text). */
function textOf(xml: string): string {
  const withoutPhonetics = xml.replace(/<(?:[A-Za-z_][\w.-]*:)?rPh\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t>/g)) {
    // A CDATA section is taken as written; the text around it is decoded.
    text += (match[1] ?? '').split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((piece) => (piece.startsWith('<![CDATA[') ? piece.slice(9, -3) : decodeXml(piece))).join('');
  }
  return text;
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference.toUpperCase())?.[0] ?? '';
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** A 0-based column index as letters: 0 → A, 26 → AA. */
function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Built-in number formats that are dates (including the Chinese locale's 27–36 and 50–58). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /[年月日]/.test(code);
}

/** Which style indexes (the s attribute of a cell) show a date. */
function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const match of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attribute(match[0], 'numFmtId'));
    custom.set(id, attribute(match[0], 'formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const dates = new Set<number>();
  [...cellXfs.matchAll(/<xf\b[^>]*>/g)].forEach((match, index) => {
    const id = Number(attribute(match[0], 'numFmtId') ?? '0');
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(id)) dates.add(index);
  });
  return dates;
}

/** An Excel serial day as YYYY-MM-DD (the 1900 system counts a 29 Feb 1900 that never was). */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = date1904 ? day : day < 60 ? day + 1 : day;
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

/** A number as Excel would show it in a General cell: 15 significant digits, no binary noise. */
function numberText(value: string): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  return String(Number(number.toPrecision(15)));
}

/** A relationship target resolved against the folder of the part that names it (absolute targets start at the package root). */
export function resolvePartPath(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

interface Relationship {
  type: string;
  path: string;
}

/** The relationships of a part (its _rels/<name>.rels), by Id, with targets resolved. */
function relationshipsOf(xml: string | undefined, folder: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  for (const match of withLocalNames(xml ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    if (attribute(match[0], 'TargetMode') === 'External') continue;
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (id === undefined || target === undefined) continue;
    relationships.set(id, {
      type: attribute(match[0], 'Type') ?? '',
      path: resolvePartPath(folder, target),
    });
  }
  return relationships;
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const relsPathOf = (path: string) => `${folderOf(path)}_rels/${path.slice(folderOf(path).length)}.rels`;

interface Sheet {
  name: string;
  path: string | undefined;
}

interface SheetRead {
  rows: string[][];
  rowNumbers: number[];
  problems: CellProblem[];
}

export interface ReadXlsxOptions {
  /** Which sheet to read, by its index in the workbook; by default the first sheet with data rows. */
  sheet?: number;
  /** Most data rows a sheet may have (besides its header); scanning stops as soon as there are more. */
  maxRows?: number;
}

export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): XlsxResult {
  const maxRows = options.maxRows ?? MAX_ENTRIES;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: XLSX_MESSAGES.notXlsx };
  const listing = listZip(bytes);
  if (!listing.ok) return { ok: false, message: XLSX_MESSAGES.notXlsx };
  // Some writers differ in the case of names or use backslashes; find members by a normalised name too.
  const byLowerName = new Map<string, ZipMember>();
  for (const [name, member] of listing.members) byLowerName.set(name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), member);
  let inflated = 0;
  let failure: string | undefined;
  const part = (name: string): string | undefined => {
    const member = listing.members.get(name) ?? byLowerName.get(name.toLowerCase());
    if (!member || failure !== undefined) return undefined;
    const result = inflateMember(bytes, member, Math.min(PART_LIMIT, TOTAL_LIMIT - inflated));
    if (!result.ok) {
      failure = result.tooLarge ? XLSX_MESSAGES.tooLarge : XLSX_MESSAGES.damaged;
      return undefined;
    }
    inflated += result.data.byteLength;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(result.data);
    } catch {
      failure = XLSX_MESSAGES.damaged;
      return undefined;
    }
  };

  // The workbook is the package's officeDocument; xl/workbook.xml when the package does not say.
  const packageRels = relationshipsOf(part('_rels/.rels'), '');
  const workbookPath = [...packageRels.values()].find((relation) => /\/officeDocument$/.test(relation.type))?.path ?? 'xl/workbook.xml';
  const workbookXml = part(workbookPath) ?? (workbookPath === 'xl/workbook.xml' ? undefined : part('xl/workbook.xml'));
  if (workbookXml === undefined) return { ok: false, message: failure ?? XLSX_MESSAGES.notXlsx };
  const workbook = withLocalNames(workbookXml);
  const relationships = relationshipsOf(part(relsPathOf(workbookPath)), folderOf(workbookPath));
  const ofType = (type: string) => [...relationships.values()].find((relation) => relation.type.endsWith(`/${type}`))?.path;

  const sheetTags = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((match) => match[0]);
  const sheets: Sheet[] = sheetTags.map((tag, index) => {
    const relation = attribute(tag, 'id');
    const path = relation !== undefined ? relationships.get(relation)?.path : undefined;
    return {
      name: attribute(tag, 'name') ?? `Sheet${index + 1}`,
      path: path ?? (relationships.size === 0 ? `${folderOf(workbookPath)}worksheets/sheet${index + 1}.xml` : undefined),
    };
  });
  if (failure !== undefined) return { ok: false, message: failure };
  if (sheets.length === 0) return { ok: false, message: XLSX_MESSAGES.noSheets };

  const workbookPr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = /^(1|true)$/i.test(attribute(workbookPr, 'date1904') ?? '');
  const sharedXml = withLocalNames(part(ofType('sharedStrings') ?? `${folderOf(workbookPath)}sharedStrings.xml`) ?? '');
  const shared = [...sharedXml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((match) => textOf(match[1] ?? ''));
  const dates = dateStyles(withLocalNames(part(ofType('styles') ?? `${folderOf(workbookPath)}styles.xml`) ?? ''));
  if (failure !== undefined) return { ok: false, message: failure };

  const readSheet = (sheet: Sheet): SheetRead | string => {
    const xml = sheet.path === undefined ? undefined : part(sheet.path);
    if (xml === undefined) return failure ?? XLSX_MESSAGES.missingSheet(sheet.name);
    return scanSheet(xml, sheet.name, {
      shared,
      dates,
      date1904,
      maxRows,
    });
  };

  const finish = (index: number, read: SheetRead): XlsxResult => ({
    ok: true,
    sheets: sheets.map((sheet) => sheet.name),
    sheetIndex: index,
    sheetName: sheets[index]?.name ?? '',
    ...read,
  });

  if (options.sheet !== undefined) {
    const sheet = sheets[options.sheet];
    if (!sheet) return { ok: false, message: XLSX_MESSAGES.noSheets };
    const read = readSheet(sheet);
    return typeof read === 'string' ? { ok: false, message: read } : finish(options.sheet, read);
  }
  // The first sheet with data rows; else the first with any row (its header alone); else none.
  // A sheet whose part is missing is passed over while another sheet has rows.
  let headerOnly: { index: number; read: SheetRead } | undefined;
  let missing: string | undefined;
  for (const [index, sheet] of sheets.entries()) {
    const read = readSheet(sheet);
    if (typeof read === 'string') {
      if (failure !== undefined || read !== XLSX_MESSAGES.missingSheet(sheet.name)) return { ok: false, message: read };
      missing ??= read;
      continue;
    }
    if (read.rows.length >= 2) return finish(index, read);
    if (read.rows.length === 1 && !headerOnly) headerOnly = { index, read };
  }
  if (headerOnly) return finish(headerOnly.index, headerOnly.read);
  return { ok: false, message: missing ?? XLSX_MESSAGES.allEmpty };
}

interface ScanContext {
  shared: string[];
  dates: Set<number>;
  date1904: boolean;
  maxRows: number;
}

/**
 * A worksheet's non-empty rows, stopping as soon as there are more data rows
 * than maxRows. The sheet is the largest part, so it is not rewritten to local
 * names first: its patterns allow a prefix on every element instead.
 */
function scanSheet(sheet: string, name: string, context: ScanContext): SheetRead | string {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: CellProblem[] = [];
  let nextRow = 1;
  for (const rowMatch of sheet.matchAll(/<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?row>)/g)) {
    const stated = Number(attribute(rowMatch[1] ?? '', 'r') ?? Number.NaN);
    const rowNumber = Number.isInteger(stated) && stated >= 1 ? stated : nextRow;
    nextRow = rowNumber + 1;
    const cells: string[] = [];
    const rowProblems: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<(?:[A-Za-z_][\w.-]*:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?c>)/g)) {
      const tag = cellMatch[1] ?? '';
      const body = cellMatch[2] ?? '';
      const reference = attribute(tag, 'r');
      const column = reference ? columnIndex(reference) : nextColumn;
      if (column < 0 || column > 16_383) continue;
      nextColumn = column + 1;
      const type = attribute(tag, 't') ?? 'n';
      const raw = decodeXml(/<(?:[A-Za-z_][\w.-]*:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?v>/.exec(body)?.[1] ?? '').trim();
      let value: string;
      if (type === 's') value = context.shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = textOf(/<(?:[A-Za-z_][\w.-]*:)?is\b[^>]*>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?is>/.exec(body)?.[1] ?? '');
      else if (type === 'str' || type === 'e') value = raw;
      else if (type === 'b') value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
      else if (type === 'd') value = /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw;
      else if (raw !== '' && context.dates.has(Number(attribute(tag, 's') ?? '0'))) {
        const date = excelSerialToIsoDate(Number(raw), context.date1904);
        if (date !== undefined && date > LATEST_DATE) {
          // Never a date in 2200: the row is refused at this cell instead.
          value = raw;
          rowProblems.push(XLSX_MESSAGES.dateBeyond(`${columnLetters(column)}${rowNumber}`, numberText(raw)));
        } else value = date ?? raw;
      } else value = raw === '' ? '' : numberText(raw);
      // An empty (often only styled) cell adds no column: a format applied out to XFD must not widen every row.
      if (value === '') continue;
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    if (!cells.some((cell) => cell.trim() !== '')) continue;
    if (rows.length > context.maxRows) return XLSX_MESSAGES.tooManyRows(name, context.maxRows);
    for (const message of rowProblems) problems.push({ row: rows.length, message });
    rows.push(cells);
    rowNumbers.push(rowNumber);
  }
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    rows: rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? '')),
    rowNumbers,
    problems,
  };
}
