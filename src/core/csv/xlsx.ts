import { inflateMember, listZip, type ZipMember } from '../backup/zipReader';

/**
 * Reads the first worksheet of an .xlsx file (Excel, WPS) as rows of text, the
 * same shape parseCsv gives, so the import preview and mapping work unchanged.
 * The zip is read with the capped inflater the backups use (an .xlsx is a zip,
 * and could be a bomb); only the parts needed are inflated. Date cells become
 * YYYY-MM-DD; numbers are written as Excel shows them (12.5, not 12.499999…).
 */

export type XlsxResult = { ok: true; rows: string[][]; sheetName: string } | { ok: false; message: string };

/** Largest XML part inflated, and all parts together: a big spreadsheet of study records is a few MB. */
const PART_LIMIT = 32 * 1024 * 1024;
const TOTAL_LIMIT = 64 * 1024 * 1024;

const NOT_XLSX = '这不是有效的 Excel 工作簿（.xlsx）文件；如果是旧版 .xls，请先在 Excel 或 WPS 中另存为 .xlsx 或 CSV';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[2] ?? match[3] ?? '') : undefined;
}

/** The text of a string item: every <t> run, without phonetic guides (<rPh>, which hold readings, not the text). */
function textOf(xml: string): string {
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += decodeXml(match[1] ?? '');
  return text;
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference.toUpperCase())?.[0] ?? '';
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
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
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
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

export function readXlsx(bytes: Uint8Array, maxRows = 20_000): XlsxResult {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: NOT_XLSX };
  const listing = listZip(bytes);
  if (!listing.ok) return { ok: false, message: NOT_XLSX };
  let inflated = 0;
  let failure: string | undefined;
  const part = (name: string): string | undefined => {
    const member: ZipMember | undefined = listing.members.get(name);
    if (!member || failure !== undefined) return undefined;
    const result = inflateMember(bytes, member, Math.min(PART_LIMIT, TOTAL_LIMIT - inflated));
    if (!result.ok) {
      failure = result.tooLarge ? '表格文件解压后过大，请分批导入' : '表格文件已损坏，无法读取';
      return undefined;
    }
    inflated += result.data.byteLength;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(result.data);
    } catch {
      failure = '表格文件已损坏，无法读取';
      return undefined;
    }
  };

  const workbook = part('xl/workbook.xml');
  if (workbook === undefined) return { ok: false, message: failure ?? NOT_XLSX };
  const firstSheet = /<sheet\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const sheetName = attribute(firstSheet, 'name') ?? '';
  const relation = attribute(firstSheet, 'r:id');
  let sheetPath = 'xl/worksheets/sheet1.xml';
  const rels = part('xl/_rels/workbook.xml.rels');
  if (relation !== undefined && rels !== undefined) {
    for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (attribute(match[0], 'Id') !== relation) continue;
      const target = attribute(match[0], 'Target') ?? '';
      sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    }
  }
  const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook);
  const shared = [...(part('xl/sharedStrings.xml') ?? '').matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((match) => textOf(match[1] ?? ''));
  const dates = dateStyles(part('xl/styles.xml') ?? '');
  const sheet = part(sheetPath);
  if (sheet === undefined) return { ok: false, message: failure ?? NOT_XLSX };

  const rows: string[][] = [];
  let nextRow = 0;
  for (const rowMatch of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(attribute(rowMatch[1] ?? '', 'r') ?? nextRow + 1);
    const rowIndex = Number.isInteger(rowNumber) && rowNumber >= 1 ? rowNumber - 1 : nextRow;
    nextRow = rowIndex + 1;
    if (rowIndex >= maxRows + 1) return { ok: false, message: `表格超过 ${maxRows} 行，请分批导入` };
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = cellMatch[1] ?? '';
      const body = cellMatch[2] ?? '';
      const reference = attribute(tag, 'r');
      const column = reference ? columnIndex(reference) : nextColumn;
      if (column < 0 || column > 16_383) continue;
      nextColumn = column + 1;
      const type = attribute(tag, 't') ?? 'n';
      const raw = decodeXml(/<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
      let value: string;
      if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = textOf(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'str' || type === 'e') value = raw;
      else if (type === 'b') value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
      else if (raw !== '' && dates.has(Number(attribute(tag, 's') ?? '0'))) value = excelSerialToIsoDate(Number(raw), date1904) ?? raw;
      else value = raw === '' ? '' : numberText(raw);
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    while (rows.length < rowIndex) rows.push([]);
    rows[rowIndex] = cells;
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  const filled = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? '')).filter((row) => row.some((cell) => cell.trim() !== ''));
  return { ok: true, rows: filled, sheetName };
}
