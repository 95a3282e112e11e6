import { strToU8, zipSync } from 'fflate';

/**
 * Writes .xlsx workbooks the ways the spreadsheet programs people use write
 * them. They differ less in content than in which parts and attributes exist:
 * shared or inline strings, a namespace prefix on every element, absolute or
 * relative relationship targets, cells and rows with or without references,
 * empty cells written or left out, built-in or custom date formats, the 1904
 * date system.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A cell: text, a number, an Excel date serial (shown with a date format), or nothing. */
export type CellValue = string | number | { serial: number } | null;

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
}

export interface Flavour {
  /** Prefix on every SpreadsheetML element ('x' as the OpenXML SDK writes), or none (a default namespace). */
  prefix?: string;
  /** Prefix of the relationship id attribute on <sheet> (r:id). */
  relPrefix?: string;
  strings: 'shared' | 'inline' | 'inlineRich';
  /** Write r="A1" on cells and r="1" on rows. */
  cellRefs: boolean;
  /** Write empty cells (<c s="0"/>) for missing values. */
  emptyCells?: boolean;
  /** How the workbook's relationships name the worksheets. */
  target: 'relative' | 'absolute' | 'dotted';
  /** Date cells' number format: built-in 14, or a custom code. */
  dateFormat: { builtin: 14 } | { code: string };
  date1904?: 'true' | '1';
  /** Extra attributes on every <row> (LibreOffice writes many). */
  rowAttributes?: string;
  /** Write t="n" on number cells (LibreOffice does). */
  explicitNumbers?: boolean;
  /** Extra namespace declarations on the root elements. */
  extraNamespaces?: string;
  /** Relationship ids as the workbook writes them (rId1…, or the SDK's random ones). */
  relId?: (index: number) => string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export const FLAVOURS = {
  /** Excel and WPS by default: shared strings, references everywhere, a built-in date format. */
  excel: { strings: 'shared', cellRefs: true, target: 'relative', dateFormat: { builtin: 14 } },
  /** openpyxl: inline strings, absolute targets, a custom date format. */
  openpyxl: { strings: 'inline', cellRefs: true, target: 'absolute', dateFormat: { code: 'yyyy/m/d' } },
  /** The .NET OpenXML SDK: x: on every element, inline rich text, absolute targets, random relationship ids. */
  openXmlSdk: { prefix: 'x', strings: 'inlineRich', cellRefs: true, target: 'absolute', dateFormat: { builtin: 14 }, relId: (index: number) => `R${(0x3f2a + index).toString(16)}` },
  /** LibreOffice: shared strings, explicit number types, many row attributes, an escaped custom date code. */
  libreOffice: {
    strings: 'shared',
    cellRefs: true,
    target: 'relative',
    dateFormat: { code: 'YYYY\\-MM\\-DD' },
    explicitNumbers: true,
    rowAttributes: 'customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"',
  },
  /** A writer that leaves references out and writes every empty cell, with extension namespaces (as WPS can). */
  wpsLike: {
    strings: 'shared',
    cellRefs: false,
    emptyCells: true,
    target: 'dotted',
    dateFormat: { code: 'yyyy"年"m"月"d"日"' },
    extraNamespaces: 'xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  },
} satisfies Record<string, Flavour>;

/** A whole workbook as bytes. */
export function craftWorkbook(sheets: readonly SheetSpec[], flavour: Flavour, extra: Record<string, string> = {}): Uint8Array {
  const p = flavour.prefix ? `${flavour.prefix}:` : '';
  const r = flavour.relPrefix ?? 'r';
  const ns = `${flavour.prefix ? `xmlns:${flavour.prefix}` : 'xmlns'}="${MAIN}" xmlns:${r}="${DOC_REL}"${flavour.extraNamespaces ? ` ${flavour.extraNamespaces}` : ''}`;
  const relId = flavour.relId ?? ((index: number) => `rId${index + 1}`);
  const shared: string[] = [];
  // A map, not indexOf: a workbook of 10,000 distinct titles is written in moments.
  const indexes = new Map<string, number>();
  const sharedIndex = (text: string) => {
    const found = indexes.get(text);
    if (found !== undefined) return found;
    shared.push(text);
    indexes.set(text, shared.length - 1);
    return shared.length - 1;
  };
  const cellXml = (value: CellValue, row: number, column: number): string => {
    const ref = flavour.cellRefs ? ` r="${columnLetters(column)}${row}"` : '';
    if (value === null) return flavour.emptyCells ? `<${p}c${ref} s="0"/>` : '';
    if (typeof value === 'number') return `<${p}c${ref}${flavour.explicitNumbers ? ' t="n"' : ''}><${p}v>${value}</${p}v></${p}c>`;
    if (typeof value === 'object') return `<${p}c${ref} s="1"${flavour.explicitNumbers ? ' t="n"' : ''}><${p}v>${value.serial}</${p}v></${p}c>`;
    if (flavour.strings === 'shared') return `<${p}c${ref} t="s"><${p}v>${sharedIndex(value)}</${p}v></${p}c>`;
    if (flavour.strings === 'inline') return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${escape(value)}</${p}t></${p}is></${p}c>`;
    // Rich text: the text split in two runs, the second bold.
    const half = Math.ceil(value.length / 2);
    return `<${p}c${ref} t="inlineStr"><${p}is><${p}r><${p}t>${escape(value.slice(0, half))}</${p}t></${p}r><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t xml:space="preserve">${escape(value.slice(half))}</${p}t></${p}r></${p}is></${p}c>`;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, index) => {
    const rows = sheet.rows
      .map((cells, rowIndex) => {
        const number = rowIndex + 1;
        const attributes = [flavour.cellRefs ? `r="${number}"` : '', flavour.rowAttributes ?? ''].filter(Boolean).join(' ');
        return `<${p}row${attributes ? ` ${attributes}` : ''}>${cells.map((value, column) => cellXml(value, number, column)).join('')}</${p}row>`;
      })
      .join('');
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`);
  });
  const targetOf = (index: number) => {
    const name = `worksheets/sheet${index + 1}.xml`;
    return flavour.target === 'absolute' ? `/xl/${name}` : flavour.target === 'dotted' ? `./${name}` : name;
  };
  const sheetTags = sheets.map((sheet, index) => `<${p}sheet name="${escape(sheet.name)}" sheetId="${index + 1}" ${r}:id="${relId(index)}"/>`).join('');
  const workbookPr = flavour.date1904 ? `<${p}workbookPr date1904="${flavour.date1904}"/>` : '';
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns}>${workbookPr}<${p}sheets>${sheetTags}</${p}sheets></${p}workbook>`);
  const styles = sheets.length + 1;
  const strings = sheets.length + 2;
  const relationships = [
    ...sheets.map((_, index) => `<Relationship Id="${relId(index)}" Type="${DOC_REL}/worksheet" Target="${targetOf(index)}"/>`),
    `<Relationship Id="rId${styles}" Type="${DOC_REL}/styles" Target="${flavour.target === 'absolute' ? '/xl/styles.xml' : 'styles.xml'}"/>`,
    ...(flavour.strings === 'shared' ? [`<Relationship Id="rId${strings}" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
  ];
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">${relationships.join('')}</Relationships>`);
  const numFmt = 'code' in flavour.dateFormat ? `<${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="${escape(flavour.dateFormat.code)}"/></${p}numFmts>` : '';
  const dateId = 'code' in flavour.dateFormat ? 164 : flavour.dateFormat.builtin;
  files['xl/styles.xml'] = strToU8(`<${p}styleSheet ${ns}>${numFmt}<${p}cellXfs count="2"><${p}xf numFmtId="0"/><${p}xf numFmtId="${dateId}" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`);
  if (flavour.strings === 'shared') {
    files['xl/sharedStrings.xml'] = strToU8(`<${p}sst ${ns} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((text) => `<${p}si><${p}t xml:space="preserve">${escape(text)}</${p}t></${p}si>`).join('')}</${p}sst>`);
  }
  files['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

/** A sheet of `count` valid study rows in `year`, dated over its first months: a large real workbook (the e2e and the bench). */
export function studyWorkbook(count: number, year: number): Uint8Array {
  const rows: CellValue[][] = [['项目名称', '科目类别', '学习方式', '完成日期', '学时']];
  for (let index = 0; index < count; index += 1) {
    const day = `${year}-${String(1 + (index % 4)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    rows.push([`专业课程第${index + 1}讲`, '专业科目', '研修培训', day, 1]);
  }
  return craftWorkbook([{ name: '学时', rows }], FLAVOURS.excel);
}
