import { listZip, type ZipMember } from "../backup/zipReader";
import { LATEST_DATE } from "../limits";
import { SHEET_LIMITS, SHEET_LIMIT_MESSAGES } from "./sheetLimits";
import { streamXmlPart } from "./streamPart";
import { XmlScanner, type XmlEvents } from "./xmlScan";

/**
 * Reads one worksheet of an .xlsx file as rows of text, the same shape
 * parseCsv gives, so the import preview and mapping work unchanged. Written for
 * the files people have: Excel, WPS, LibreOffice, Numbers, openpyxl and the
 * .NET OpenXML SDK (which prefixes every element, <x:row>). Elements and
 * attributes are matched by local name, whatever their prefix; parts are found
 * through the package's relationships; strings may be shared or inline (with
 * rich text runs). The zip is listed by the reader the backups use; only the
 * parts needed are inflated, piece by piece into a one-pass XML scanner, and
 * reading stops at the first figure over a limit (core/csv/sheetLimits.ts):
 * an .xlsx is a zip, and could be a bomb or a nest of unclosed elements. Date
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

export const XLSX_MESSAGES = {
  notXlsx:
    "这不是有效的 Excel 工作簿（.xlsx）文件；如果是旧版 .xls，请先在 Excel 或 WPS 中另存为 .xlsx 或 CSV",
  damaged: "表格文件已损坏，无法读取",
  noSheets: "工作簿中没有工作表",
  allEmpty: "工作簿中的工作表都是空的，没有可导入的行",
  missingSheet: (name: string) => `工作表“${name}”在文件中缺失，文件可能已损坏`,
  tooManyRows: (name: string, limit: number) =>
    `工作表“${name}”超过 ${limit} 行数据；本机最多保存 ${limit} 条记录，请分批导入`,
  dateBeyond: (cell: string, serial: string) =>
    `单元格 ${cell} 的日期序号 ${serial} 在 2100 年以后，不是有效的学习日期`,
};

/** Reads a part through the events given: undefined when it was read whole, else why it stopped. */
type PartScan = (events: XmlEvents) => string | undefined;

/** A part that is not in the package reads as empty. */
const EMPTY_PART: PartScan = () => undefined;

/**
 * The text of string items (<si> of the shared strings, <is> of an inline
 * cell): every <t> run, without phonetic guides (<rPh>, which hold readings,
 * not the text). Feed it the events inside the item.
 */
class RunText {
  text = "";
  private inRun = false;
  private inPhonetic = 0;
  open(name: string, selfClosing: boolean) {
    if (name === "rPh" && !selfClosing) this.inPhonetic += 1;
    else if (name === "t" && !selfClosing) this.inRun = true;
  }
  close(name: string) {
    if (name === "rPh") this.inPhonetic -= 1;
    else if (name === "t") this.inRun = false;
  }
  get wantsText() {
    return this.inRun && this.inPhonetic === 0;
  }
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference.toUpperCase())?.[0] ?? "";
  let index = 0;
  for (const letter of letters)
    index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** A 0-based column index as letters: 0 → A, 26 → AA. */
function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Built-in number formats that are dates (including the Chinese locale's 27–36 and 50–58). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57,
  58,
]);

function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare) || /[年月日]/.test(code);
}

/** Which style indexes (the s attribute of a cell) show a date. */
function dateStyles(scan: PartScan): Set<number> | string {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  const stop = scan({
    open(name, attributes) {
      if (name === "numFmt")
        custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs)
        formats.push(Number(attributes.numFmtId ?? "0"));
      return undefined;
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      return undefined;
    },
  });
  if (stop !== undefined) return stop;
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(id))
      dates.add(index);
  });
  return dates;
}

/** The shared strings, refused past their limits as they are read. */
function sharedStrings(scan: PartScan): string[] | string {
  const strings: string[] = [];
  let item = null as RunText | null;
  let chars = 0;
  const stop = scan({
    open(name, _attributes, selfClosing) {
      if (name === "si") {
        if (strings.length >= SHEET_LIMITS.sharedStrings)
          return SHEET_LIMIT_MESSAGES.tooManySharedStrings(
            SHEET_LIMITS.sharedStrings,
          );
        item = new RunText();
      } else item?.open(name, selfClosing);
      return undefined;
    },
    close(name) {
      if (name === "si" && item) {
        strings.push(item.text);
        item = null;
      } else item?.close(name);
      return undefined;
    },
    wantsText: () => item?.wantsText ?? false,
    text(text) {
      chars += text.length;
      if (chars > SHEET_LIMITS.sharedStringChars)
        return SHEET_LIMIT_MESSAGES.sharedStringsTooLong(
          SHEET_LIMITS.sharedStringChars,
        );
      if (item) item.text += text;
      return undefined;
    },
  });
  return stop ?? strings;
}

/** An Excel serial day as YYYY-MM-DD (the 1900 system counts a 29 Feb 1900 that never was). */
export function excelSerialToIsoDate(
  serial: number,
  date1904 = false,
): string | undefined {
  if (
    !Number.isFinite(serial) ||
    serial < (date1904 ? 0 : 1) ||
    serial > 2_958_465
  )
    return undefined;
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
  const segments = target.startsWith("/")
    ? []
    : folder.split("/").filter(Boolean);
  for (const segment of target.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

interface Relationship {
  type: string;
  path: string;
}

/** The relationships of a part (its _rels/<name>.rels), by Id, with targets resolved. */
function relationshipsOf(
  scan: PartScan,
  folder: string,
): Map<string, Relationship> | string {
  const relationships = new Map<string, Relationship>();
  const stop = scan({
    open(name, attributes) {
      if (name !== "Relationship" || attributes.TargetMode === "External")
        return;
      const { Id: id, Target: target } = attributes;
      if (id === undefined || target === undefined) return;
      relationships.set(id, {
        type: attributes.Type ?? "",
        path: resolvePartPath(folder, target),
      });
    },
  });
  return stop ?? relationships;
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const relsPathOf = (path: string) =>
  `${folderOf(path)}_rels/${path.slice(folderOf(path).length)}.rels`;

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
  /** The share of the sheet read so far. */
  onProgress?: ((fraction: number) => void) | undefined;
}

export function readXlsx(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {},
): XlsxResult {
  const maxRows = options.maxRows ?? SHEET_LIMITS.rows;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return { ok: false, message: XLSX_MESSAGES.notXlsx };
  const listing = listZip(bytes);
  if (!listing.ok) return { ok: false, message: XLSX_MESSAGES.notXlsx };
  if (listing.members.size > SHEET_LIMITS.zipParts)
    return {
      ok: false,
      message: SHEET_LIMIT_MESSAGES.tooManyParts(
        listing.members.size,
        SHEET_LIMITS.zipParts,
      ),
    };
  // Some writers differ in the case of names or use backslashes; find members by a normalised name too.
  const byLowerName = new Map<string, ZipMember>();
  for (const [name, member] of listing.members)
    byLowerName.set(
      name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase(),
      member,
    );
  let inflated = 0;
  let failure: string | undefined;
  /** A part by name, to be scanned as it inflates; undefined when the package has no such part. */
  const part = (
    name: string,
    onProgress?: (fraction: number) => void,
  ): PartScan | undefined => {
    const member =
      listing.members.get(name) ?? byLowerName.get(name.toLowerCase());
    if (!member) return undefined;
    return (events) => {
      if (failure !== undefined) return failure;
      const cap = Math.min(
        SHEET_LIMITS.partBytes,
        SHEET_LIMITS.inflatedBytes - inflated,
      );
      const result = streamXmlPart(
        bytes,
        member,
        cap,
        new XmlScanner(events, XLSX_MESSAGES.damaged),
        onProgress,
      );
      if (result.ok) {
        inflated += result.inflated;
        return undefined;
      }
      if (result.message !== undefined) return result.message;
      failure = !result.tooLarge
        ? XLSX_MESSAGES.damaged
        : cap === SHEET_LIMITS.partBytes
          ? SHEET_LIMIT_MESSAGES.partTooLarge(name, SHEET_LIMITS.partBytes)
          : SHEET_LIMIT_MESSAGES.inflatedTooLarge(SHEET_LIMITS.inflatedBytes);
      return failure;
    };
  };
  /** A part's content read by `read`; a refusal while reading it becomes the failure. */
  const readPart = <T>(
    read: (scan: PartScan) => T | string,
    scan: PartScan | undefined,
  ): T | undefined => {
    if (failure !== undefined) return undefined;
    const value = read(scan ?? EMPTY_PART);
    if (typeof value === "string") {
      failure = value;
      return undefined;
    }
    return value;
  };
  const relationsOf = (path: string, folder: string) =>
    readPart((scan) => relationshipsOf(scan, folder), part(path)) ??
    new Map<string, Relationship>();

  // The workbook is the package's officeDocument; xl/workbook.xml when the package does not say.
  const packageRels = relationsOf("_rels/.rels", "");
  const workbookPath =
    [...packageRels.values()].find((relation) =>
      /\/officeDocument$/.test(relation.type),
    )?.path ?? "xl/workbook.xml";
  const workbookPart =
    part(workbookPath) ??
    (workbookPath === "xl/workbook.xml" ? undefined : part("xl/workbook.xml"));
  if (workbookPart === undefined)
    return { ok: false, message: failure ?? XLSX_MESSAGES.notXlsx };
  const relationships = relationsOf(
    relsPathOf(workbookPath),
    folderOf(workbookPath),
  );
  const ofType = (type: string) =>
    [...relationships.values()].find((relation) =>
      relation.type.endsWith(`/${type}`),
    )?.path;

  const sheets: Sheet[] = [];
  let date1904 = false;
  const workbookStop = workbookPart({
    open(name, attributes) {
      if (name === "workbookPr")
        date1904 = /^(1|true)$/i.test(attributes.date1904 ?? "");
      if (name !== "sheet") return;
      const path =
        attributes.id !== undefined
          ? relationships.get(attributes.id)?.path
          : undefined;
      sheets.push({
        name: attributes.name ?? `Sheet${sheets.length + 1}`,
        path:
          path ??
          (relationships.size === 0
            ? `${folderOf(workbookPath)}worksheets/sheet${sheets.length + 1}.xml`
            : undefined),
      });
    },
  });
  failure ??= workbookStop;
  if (failure !== undefined) return { ok: false, message: failure };
  if (sheets.length === 0)
    return { ok: false, message: XLSX_MESSAGES.noSheets };

  const shared =
    readPart(
      sharedStrings,
      part(
        ofType("sharedStrings") ?? `${folderOf(workbookPath)}sharedStrings.xml`,
      ),
    ) ?? [];
  const dates =
    readPart(
      dateStyles,
      part(ofType("styles") ?? `${folderOf(workbookPath)}styles.xml`),
    ) ?? new Set<number>();
  if (failure !== undefined) return { ok: false, message: failure };

  const readSheet = (sheet: Sheet): SheetRead | string => {
    const scan =
      sheet.path === undefined
        ? undefined
        : part(sheet.path, options.onProgress);
    if (scan === undefined)
      return failure ?? XLSX_MESSAGES.missingSheet(sheet.name);
    return scanSheet(scan, sheet.name, { shared, dates, date1904, maxRows });
  };

  const finish = (index: number, read: SheetRead): XlsxResult => ({
    ok: true,
    sheets: sheets.map((sheet) => sheet.name),
    sheetIndex: index,
    sheetName: sheets[index]?.name ?? "",
    ...read,
  });

  if (options.sheet !== undefined) {
    const sheet = sheets[options.sheet];
    if (!sheet) return { ok: false, message: XLSX_MESSAGES.noSheets };
    const read = readSheet(sheet);
    return typeof read === "string"
      ? { ok: false, message: read }
      : finish(options.sheet, read);
  }
  // The first sheet with data rows; else the first with any row (its header alone); else none.
  // A sheet whose part is missing is passed over while another sheet has rows.
  let headerOnly: { index: number; read: SheetRead } | undefined;
  let missing: string | undefined;
  for (const [index, sheet] of sheets.entries()) {
    const read = readSheet(sheet);
    if (typeof read === "string") {
      if (
        failure !== undefined ||
        read !== XLSX_MESSAGES.missingSheet(sheet.name)
      )
        return { ok: false, message: read };
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

/** A cell as its element gave it: its attributes, the text of its <v>, and its inline string. */
interface CellRead {
  reference: string | undefined;
  type: string;
  style: string;
  value: string;
  inline: RunText | null;
  inValue: boolean;
}

/**
 * A worksheet's non-empty rows, read in one pass and refused at the first
 * figure over a limit: more data rows than maxRows, a value beyond the column
 * limit, too many cells, a cell too long.
 */
function scanSheet(
  scan: PartScan,
  name: string,
  context: ScanContext,
): SheetRead | string {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: CellProblem[] = [];
  let nextRow = 1;
  let cellCount = 0;
  let rowNumber = 0;
  let cells: string[] | null = null;
  let rowProblems: string[] = [];
  let nextColumn = 0;
  let cell: CellRead | null = null;

  const columnOf = (read: CellRead) =>
    read.reference ? columnIndex(read.reference) : nextColumn;
  const endCell = (read: CellRead): string | undefined => {
    const column = columnOf(read);
    if (column < 0 || column > 16_383 || !cells) return undefined;
    nextColumn = column + 1;
    const raw = read.value.trim();
    let value: string;
    if (read.type === "s") value = context.shared[Number(raw)] ?? "";
    else if (read.type === "inlineStr") value = read.inline?.text ?? "";
    else if (read.type === "str" || read.type === "e") value = raw;
    else if (read.type === "b")
      value = raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : raw;
    else if (read.type === "d")
      value = /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw;
    else if (raw !== "" && context.dates.has(Number(read.style))) {
      const date = excelSerialToIsoDate(Number(raw), context.date1904);
      if (date !== undefined && date > LATEST_DATE) {
        // Never a date in 2200: the row is refused at this cell instead.
        value = raw;
        rowProblems.push(
          XLSX_MESSAGES.dateBeyond(
            `${columnLetters(column)}${rowNumber}`,
            numberText(raw),
          ),
        );
      } else value = date ?? raw;
    } else value = raw === "" ? "" : numberText(raw);
    // An empty (often only styled) cell adds no column: a format applied out to XFD must not widen every row.
    if (value === "") return undefined;
    if (column >= SHEET_LIMITS.columns)
      return SHEET_LIMIT_MESSAGES.tooManyColumns(
        column + 1,
        SHEET_LIMITS.columns,
      );
    if (value.length > SHEET_LIMITS.cellChars)
      return SHEET_LIMIT_MESSAGES.cellTooLong(
        rowNumber,
        column + 1,
        SHEET_LIMITS.cellChars,
      );
    cellCount += 1;
    if (cellCount > SHEET_LIMITS.cells)
      return SHEET_LIMIT_MESSAGES.tooManyCells(SHEET_LIMITS.cells);
    while (cells.length < column) cells.push("");
    cells[column] = value;
    return undefined;
  };

  const endRow = (): string | undefined => {
    const done = cells;
    cells = null;
    if (!done || !done.some((text) => text.trim() !== "")) return undefined;
    if (rows.length > context.maxRows)
      return XLSX_MESSAGES.tooManyRows(name, context.maxRows);
    for (const message of rowProblems)
      problems.push({ row: rows.length, message });
    rows.push(done);
    rowNumbers.push(rowNumber);
    return undefined;
  };

  const stop = scan({
    open(element, attributes, selfClosing) {
      if (element === "row") {
        const stated = Number(attributes.r ?? Number.NaN);
        rowNumber = Number.isInteger(stated) && stated >= 1 ? stated : nextRow;
        nextRow = rowNumber + 1;
        cells = [];
        rowProblems = [];
        nextColumn = 0;
      } else if (element === "c" && cells) {
        cell = {
          reference: attributes.r,
          type: attributes.t ?? "n",
          style: attributes.s ?? "0",
          value: "",
          inline: null,
          inValue: false,
        };
      } else if (cell) {
        if (element === "v" && !selfClosing) cell.inValue = true;
        else if (element === "is") cell.inline = new RunText();
        else cell.inline?.open(element, selfClosing);
      }
    },
    close(element) {
      if (element === "row") return endRow();
      if (element === "c" && cell) {
        const done = cell;
        cell = null;
        return endCell(done);
      }
      if (!cell) return undefined;
      if (element === "v") cell.inValue = false;
      else cell.inline?.close(element);
      return undefined;
    },
    wantsText: () =>
      cell !== null && (cell.inValue || (cell.inline?.wantsText ?? false)),
    text(text) {
      if (!cell) return undefined;
      if (cell.inValue) cell.value += text;
      else if (cell.inline) cell.inline.text += text;
      if (
        cell.value.length + (cell.inline?.text.length ?? 0) >
        SHEET_LIMITS.cellChars
      )
        return SHEET_LIMIT_MESSAGES.cellTooLong(
          rowNumber,
          columnOf(cell) + 1,
          SHEET_LIMITS.cellChars,
        );
      return undefined;
    },
  });
  if (stop !== undefined) return stop;
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    rows: rows.map((row) =>
      Array.from({ length: width }, (_, index) => row[index] ?? ""),
    ),
    rowNumbers,
    problems,
  };
}
