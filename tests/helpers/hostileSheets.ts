import { strToU8, zipSync } from 'fflate';
import { craftZip, honestMember, zeroBombStream } from './zipCraft';

/**
 * Spreadsheet files built to hang or exhaust the importer, as an attack on the
 * import path found them: each is generated here, never committed. `refusal`
 * is part of the Chinese message it must be refused with; `previews` means it
 * is harmless once read properly and opens a preview of that many rows.
 */
export interface HostileSheet {
  case: string;
  name: string;
  bytes: Uint8Array;
  refusal?: string;
  previews?: number;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet whose worksheet (and shared strings) XML is given as written. */
export function workbookWith(sheetXml: string, sharedXml?: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const relationships = [
    `<Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    ...(sharedXml === undefined ? [] : [`<Relationship Id="rId2" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>`]),
  ];
  return zipSync({
    '_rels/.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${DOC_REL}"><sheets><sheet name="学时" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships>${relationships.join('')}</Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${sheetXml}</sheetData></worksheet>`),
    ...(sharedXml === undefined ? {} : { 'xl/sharedStrings.xml': strToU8(sharedXml) }),
    ...extra,
  });
}

const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>学时</t></is></c></row>';

/** Shared strings opened and never closed: each <si> a level deeper. */
export const unclosedSharedStrings = (count: number) => workbookWith(HEADER_ROW, `<sst xmlns="${MAIN}">${'<si><t>课程'.repeat(count)}`);

/** Rows opened and never closed. */
export const unclosedRows = (count: number) => workbookWith(Array.from({ length: count }, (_, index) => `<row r="${index + 2}"><c t="inlineStr"><is><t>课程</t></is></c>`).join(''));

/** One row of `count` cells without references, each taking the next column. */
export const wideSheet = (count: number) => workbookWith(`<row r="1">${'<c t="inlineStr"><is><t>列</t></is></c>'.repeat(count)}</row>`);

/** A real header and row, then styled empty cells out to the sheet's edge (column 16,384, XFD) on every row, as a format applied to whole rows leaves. */
export const styledOutToTheEdge = (count: number) =>
  workbookWith(
    `<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c>${'<c s="1"/>'.repeat(count)}</row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>应急管理</t></is></c>${'<c s="1"/>'.repeat(count)}</row>`,
  );

/** Entities that double ten times over: a few hundred bytes that would expand to gigabytes. */
export const billionLaughs = () => {
  const declarations = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index};`.repeat(10)}">`)].join('');
  return workbookWith(`<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>`, `<?xml version="1.0"?><!DOCTYPE sst [${declarations}]><sst xmlns="${MAIN}"><si><t>&lol9;</t></si></sst>`);
};

/** A zip whose worksheet inflates to 1.5 GB of zeros, named .xlsx. */
export const zipBombWorkbook = () =>
  craftZip([
    honestMember('xl/workbook.xml', strToU8(`<workbook xmlns="${MAIN}"><sheets><sheet name="学时" sheetId="1"/></sheets></workbook>`)),
    { name: 'xl/worksheets/sheet1.xml', stored: zeroBombStream(1.5 * 1024 * 1024 * 1024), method: 8, crc: 0, declaredSize: 4096 },
  ]);

/** A workbook padded with `count` tiny parts. */
export const manyParts = (count: number) => {
  const extra: Record<string, Uint8Array> = {};
  for (let index = 0; index < count; index += 1) extra[`xl/media/p${index}.xml`] = strToU8('<p/>');
  return workbookWith(HEADER_ROW, undefined, extra);
};

const encoder = new TextEncoder();

/** The hostile set the importer must refuse or read without freezing, each in well under 3 s. */
export function hostileSheets(): HostileSheet[] {
  const xlsx = (name: string) => `${name}.xlsx`;
  return [
    { case: '40,000 unclosed shared strings', name: xlsx('si40k'), bytes: unclosedSharedStrings(40_000), refusal: '层级超过 64 层' },
    { case: '160,000 unclosed shared strings', name: xlsx('si160k'), bytes: unclosedSharedStrings(160_000), refusal: '层级超过 64 层' },
    { case: '40,000 unclosed rows', name: xlsx('rows40k'), bytes: unclosedRows(40_000), refusal: '层级超过 64 层' },
    { case: 'a sheet 300,000 columns wide', name: xlsx('wide'), bytes: wideSheet(300_000), refusal: '第 201 列有内容，超过 200 列的上限' },
    { case: 'styled empty cells out to the edge', name: xlsx('styled'), bytes: styledOutToTheEdge(16_383), previews: 1 },
    { case: 'a zip bomb named .xlsx', name: xlsx('bomb'), bytes: zipBombWorkbook(), refusal: '展开后超过 16 兆字节的上限' },
    { case: 'a workbook of 10,000 parts', name: xlsx('parts'), bytes: manyParts(10_000), refusal: '超过 1000 个的上限' },
    { case: 'billion laughs', name: xlsx('laughs'), bytes: billionLaughs(), refusal: 'DOCTYPE/ENTITY' },
    { case: 'a CSV of 100,000 columns', name: 'wide.csv', bytes: encoder.encode(`${Array.from({ length: 100_000 }, (_, index) => `列${index}`).join(',')}\n`), refusal: '第 201 列有内容，超过 200 列的上限' },
    { case: 'a 5 MB CSV of one line', name: 'line.csv', bytes: encoder.encode('x'.repeat(5 * 1024 * 1024 - 16)), refusal: '超过 10000 个字符的上限' },
    { case: 'a CSV of 1,000,000 empty rows', name: 'empty.csv', bytes: encoder.encode(`项目名称,学时\n${',\n'.repeat(1_000_000)}应急管理,6\n`), previews: 1 },
    { case: 'UTF-16 with a broken surrogate', name: 'utf16.csv', bytes: new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'项目名称,学时\n'].map((char) => char.charCodeAt(0)).concat([0xd800, 0x41, 0x0a])).buffer)]), refusal: '无法识别表格的文字编码' },
  ];
}
