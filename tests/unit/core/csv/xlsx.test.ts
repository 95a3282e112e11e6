import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRowsToEntries, guessMapping } from '../../../../src/core/csv/entriesCsv';
import { withSheetRows } from '../../../../src/core/csv/importTable';
import { excelSerialToIsoDate, readXlsx, resolvePartPath, XLSX_MESSAGES } from '../../../../src/core/csv/xlsx';
import { SHEET_LIMIT_MESSAGES, SHEET_LIMITS } from '../../../../src/core/csv/sheetLimits';
import { MAX_ENTRIES } from '../../../../src/core/limits';
import { ROOT } from '../../../helpers/content';
import { craftWorkbook, FLAVOURS, type CellValue, type SheetSpec } from '../../../helpers/xlsxCraft';
import { craftZip, zeroBombStream } from '../../../helpers/zipCraft';

const context = { newId: () => 'x', baseNumberOf: () => undefined, today: '2026-12-31', stored: 0 };

/** A workbook the way Excel writes one: shared strings (with a phonetic guide), styles, a date cell, a formula. */
function excelLike(): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="学时" sheetId="3" r:id="rId7"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst ${ns} count="6" uniqueCount="6"><si><t>项目名称</t></si><si><t>科目类别</t></si><si><r><t>完成</t></r><r><rPr><b/></rPr><t xml:space="preserve">日期</t></r></si><si><t>学时</t></si><si><t>应急管理</t><rPh sb="0" eb="2"><t>ying ji</t></rPh></si><si><t>公需</t></si></sst>`,
    ),
    'xl/styles.xml': strToU8(`<styleSheet ${ns}><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs><numFmts><numFmt numFmtId="176" formatCode="0.0"/></numFmts></styleSheet>`),
    'xl/worksheets/sheet3.xml': strToU8(
      `<worksheet ${ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" s="1"><v>45717</v></c><c r="D3" s="2"><f>5+0.1+0.2</f><v>5.3000000000000007</v></c></row></sheetData></worksheet>`,
    ),
  });
}

describe('.xlsx import', () => {
  it('reads a workbook written by openpyxl: the first sheet with rows, dates as dates, numbers as shown', () => {
    const result = readXlsx(new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'xlsx', '学时.xlsx'))));
    expect(result).toMatchObject({
      ok: true,
      sheetName: '2025年学时',
      sheets: ['2025年学时', '说明'],
      rows: [
        ['项目名称', '类别', '方式', '日期', '学时', '备注'],
        ['数字经济与创新驱动', '公需科目', '线上学习', '2025-03-01', '6', ''],
        ['临床路径管理研修', '专业科目', '研修培训', '2025-04-02', '12.5', '含讲义 & 考核 <优秀>'],
        ["'=SUM(A1)", '专业', '实践操作', '2025/5/6', '3', ''],
      ],
    });
    if (!result.ok) return;
    const [header = [], ...rows] = result.rows;
    const entries = csvRowsToEntries(rows, guessMapping(header), context);
    expect(entries.map((row) => row.errors)).toEqual([[], [], []]);
    expect(entries[1]?.entry).toMatchObject({ title: '临床路径管理研修', kind: 'professional', way: 'training', endDate: '2025-04-02', hoursTenths: 125, recording: 'declare', status: 'notDeclared' });
  });

  it('reads shared strings (without phonetic guides), the sheet the workbook names, and skips empty rows', () => {
    const result = readXlsx(excelLike());
    expect(result).toMatchObject({ ok: true, sheetName: '学时', sheets: ['学时'], sheetIndex: 0, rows: [['项目名称', '科目类别', '完成日期', '学时'], ['应急管理', '公需', '2025-03-01', '5.3']], rowNumbers: [1, 3], problems: [] });
  });

  it('converts Excel serial days in both date systems', () => {
    expect(excelSerialToIsoDate(45717)).toBe('2025-03-01');
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(45717 - 1462, true)).toBe('2025-03-01');
    expect(excelSerialToIsoDate(-1)).toBeUndefined();
  });

  it('refuses what is not an .xlsx, and a zip bomb, with Chinese messages', () => {
    expect(readXlsx(strToU8('项目名称,学时'))).toMatchObject({ ok: false, message: expect.stringContaining('.xlsx') });
    expect(readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toMatchObject({ ok: false, message: expect.stringContaining('不是有效的 Excel 工作簿') });
    const bomb = craftZip([{ name: 'xl/workbook.xml', stored: zeroBombStream(1024 * 1024 * 1024), method: 8, crc: 0, declaredSize: 100 }]);
    const started = performance.now();
    expect(readXlsx(bomb)).toEqual({ ok: false, message: SHEET_LIMIT_MESSAGES.partTooLarge('xl/workbook.xml', SHEET_LIMITS.partBytes) });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

const HEADER = ['项目名称', '科目类别', '学习方式', '完成日期', '学时'];
const STUDY: CellValue[][] = [HEADER, ['应急管理', '公需科目', '线上学习', { serial: 45717 }, 6], ['临床路径管理研修', '专业科目', '研修培训', '2025年4月2日', '12.5']];
const STUDY_TEXT = [HEADER, ['应急管理', '公需科目', '线上学习', '2025-03-01', '6'], ['临床路径管理研修', '专业科目', '研修培训', '2025年4月2日', '12.5']];

describe('workbooks as the programs people use write them', () => {
  it.each(Object.entries(FLAVOURS))('%s: rows, dates as serials and as text, numbers stored as text', (_, flavour) => {
    const result = readXlsx(craftWorkbook([{ name: '学时', rows: STUDY }], flavour));
    expect(result).toMatchObject({ ok: true, sheets: ['学时'], sheetIndex: 0, sheetName: '学时', rows: STUDY_TEXT, rowNumbers: [1, 2, 3], problems: [] });
    if (!result.ok) return;
    const [header = [], ...rows] = result.rows;
    const entries = csvRowsToEntries(rows, guessMapping(header), context);
    expect(entries.map((row) => row.errors)).toEqual([[], []]);
    expect(entries.map((row) => row.entry?.endDate)).toEqual(['2025-03-01', '2025-04-02']);
    expect(entries.map((row) => row.entry?.hoursTenths)).toEqual([60, 125]);
  });

  it('matches elements and attributes by local name, whatever the prefixes', () => {
    const flavour = { ...FLAVOURS.openXmlSdk, prefix: 'ss', relPrefix: 'rel' };
    expect(readXlsx(craftWorkbook([{ name: '学时', rows: STUDY }], flavour))).toMatchObject({ ok: true, rows: STUDY_TEXT });
  });

  it('puts cells without references in order and keeps empty cells in the middle of a row in their column', () => {
    const rows: CellValue[][] = [HEADER, ['应急管理', null, null, { serial: 45717 }, 6], [null, '专业科目', null, null, 2]];
    for (const flavour of [FLAVOURS.wpsLike, FLAVOURS.excel, FLAVOURS.openXmlSdk]) {
      expect(readXlsx(craftWorkbook([{ name: 'S', rows }], flavour))).toMatchObject({
        ok: true,
        rows: [HEADER, ['应急管理', '', '', '2025-03-01', '6'], ['', '专业科目', '', '', '2']],
      });
    }
  });

  it.each([
    { date1904: '1' as const, serial: 45717 - 1462 },
    { date1904: 'true' as const, serial: 45717 - 1462 },
    { date1904: undefined, serial: 45717 },
  ])('date system 1904=$date1904: serial $serial is 2025-03-01', ({ date1904, serial }) => {
    const result = readXlsx(craftWorkbook([{ name: 'S', rows: [['日期'], [{ serial }]] }], date1904 ? { ...FLAVOURS.excel, date1904 } : FLAVOURS.excel));
    expect(result).toMatchObject({ ok: true, rows: [['日期'], ['2025-03-01']] });
  });

  it.each([
    { serial: 1, date: '1900-01-01' },
    { serial: 59, date: '1900-02-28' },
    { serial: 60, date: '1900-02-28' },
    { serial: 61, date: '1900-03-01' },
    { serial: 36526, date: '2000-01-01' },
    { serial: 45717.75, date: '2025-03-01' },
    { serial: 73415, date: '2100-12-31' },
    { serial: 0, date: undefined },
    { serial: Number.NaN, date: undefined },
    { serial: 3_000_000, date: undefined },
  ])('1900 system: serial $serial → $date', ({ serial, date }) => {
    expect(excelSerialToIsoDate(serial)).toBe(date);
  });

  it('1904 system: serial 0 is 1904-01-01', () => {
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01');
  });

  it.each([
    { folder: 'xl/', target: 'worksheets/sheet1.xml', path: 'xl/worksheets/sheet1.xml' },
    { folder: 'xl/', target: './worksheets/sheet1.xml', path: 'xl/worksheets/sheet1.xml' },
    { folder: 'xl/', target: '/xl/worksheets/sheet1.xml', path: 'xl/worksheets/sheet1.xml' },
    { folder: 'xl/', target: '../xl/worksheets/sheet1.xml', path: 'xl/worksheets/sheet1.xml' },
    { folder: '', target: 'xl/workbook.xml', path: 'xl/workbook.xml' },
  ])('relationship target $target from $folder → $path', ({ folder, target, path }) => {
    expect(resolvePartPath(folder, target)).toBe(path);
  });

  it('finds the workbook and its sheets through the relationships, wherever they are', () => {
    const files = {
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>`,
      'book/main.xml': `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="s1"/></sheets></workbook>`,
      'book/_rels/main.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../tabs/data.xml"/></Relationships>`,
      'tabs/data.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>名称</t></is></c></row><row><c t="str"><v>甲</v></c></row></sheetData></worksheet>`,
    };
    expect(readXlsx(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))))).toMatchObject({ ok: true, sheetName: '数据', rows: [['名称'], ['甲']] });
  });

  it('reads entities, character references and CDATA in strings as their text', () => {
    const sheet = `<worksheet><sheetData><row><c t="inlineStr"><is><t>A &amp; B &#x4E2D;&#25991;</t></is></c><c t="inlineStr"><is><t><![CDATA[<优秀> & 合格]]></t></is></c></row></sheetData></worksheet>`;
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S"/></sheets></workbook>'), 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    expect(readXlsx(bytes)).toMatchObject({ ok: true, rows: [['A & B 中文', '<优秀> & 合格']] });
  });

  it('an empty styled cell far to the right adds no column (a format applied out to XFD)', () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="XFD1" s="1"/></row><row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="XFD2" s="1"><v></v></c></row></sheetData></worksheet>`;
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S"/></sheets></workbook>'), 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    expect(readXlsx(bytes)).toMatchObject({ ok: true, rows: [['名称'], ['甲']] });
  });
});

describe('several sheets', () => {
  const notes: SheetSpec = { name: '说明', rows: [] };
  const year2024: SheetSpec = { name: '2024年', rows: [HEADER, ['法治教育', '公需科目', '线上学习', { serial: 45400 }, 3]] };
  const year2025: SheetSpec = { name: '2025年', rows: STUDY };

  it('lists every sheet and reads the first one with data rows by default', () => {
    expect(readXlsx(craftWorkbook([notes, year2025, year2024], FLAVOURS.excel))).toMatchObject({ ok: true, sheets: ['说明', '2025年', '2024年'], sheetIndex: 1, sheetName: '2025年', rows: STUDY_TEXT });
  });

  it('reads the sheet the person picks', () => {
    expect(readXlsx(craftWorkbook([year2025, year2024], FLAVOURS.openXmlSdk), { sheet: 1 })).toMatchObject({
      ok: true,
      sheetIndex: 1,
      sheetName: '2024年',
      rows: [HEADER, ['法治教育', '公需科目', '线上学习', '2024-04-18', '3']],
    });
  });

  it('prefers a sheet with data rows over an earlier one with a header only, and reads the header-only one when it is all there is', () => {
    const headerOnly: SheetSpec = { name: '模板', rows: [HEADER] };
    expect(readXlsx(craftWorkbook([headerOnly, year2024], FLAVOURS.excel))).toMatchObject({ ok: true, sheetIndex: 1 });
    expect(readXlsx(craftWorkbook([notes, headerOnly], FLAVOURS.excel))).toMatchObject({ ok: true, sheetIndex: 1, rows: [HEADER] });
  });
});

describe('workbooks that yield no rows say why', () => {
  const workbookOnly = (sheets: string) =>
    zipSync({ 'xl/workbook.xml': strToU8(`<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets>${sheets}</x:sheets></x:workbook>`) });

  it.each([
    { case: 'not a zip', bytes: strToU8('项目名称,学时'), message: XLSX_MESSAGES.notXlsx },
    { case: 'a zip without a workbook', bytes: zipSync({ 'word/document.xml': strToU8('<w:document/>') }), message: XLSX_MESSAGES.notXlsx },
    { case: 'no sheets', bytes: workbookOnly(''), message: XLSX_MESSAGES.noSheets },
    { case: 'all sheets empty', bytes: craftWorkbook([{ name: 'A', rows: [] }, { name: 'B', rows: [[null, '  ']] }], FLAVOURS.excel), message: XLSX_MESSAGES.allEmpty },
    { case: 'a sheet named but missing', bytes: workbookOnly('<x:sheet name="学时" sheetId="1"/>'), message: XLSX_MESSAGES.missingSheet('学时') },
    {
      case: 'a damaged part',
      bytes: craftZip([{ name: 'xl/workbook.xml', stored: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8, crc: 0, declaredSize: 10 }]),
      message: XLSX_MESSAGES.damaged,
    },
    { case: 'a part that is not UTF-8', bytes: zipSync({ 'xl/workbook.xml': new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]) }), message: XLSX_MESSAGES.damaged },
  ])('$case', ({ bytes, message }) => {
    expect(readXlsx(bytes)).toEqual({ ok: false, message });
  });

  it('a chosen sheet beyond the workbook is refused, not read as another', () => {
    expect(readXlsx(craftWorkbook([{ name: 'A', rows: STUDY }], FLAVOURS.excel), { sheet: 3 })).toEqual({ ok: false, message: XLSX_MESSAGES.noSheets });
  });
});

describe('bad input', () => {
  it('refuses a date serial beyond 2100 at its row, never as a 2200 date', () => {
    const rows: CellValue[][] = [HEADER, ['应急管理', '公需科目', '线上学习', { serial: 109_574 }, 6], ['法治教育', '公需科目', '线上学习', { serial: 45717 }, 3]];
    const result = readXlsx(craftWorkbook([{ name: 'S', rows }], FLAVOURS.excel));
    expect(result).toMatchObject({ ok: true, problems: [{ row: 1, message: XLSX_MESSAGES.dateBeyond('D2', '109574') }] });
    if (!result.ok) return;
    expect(JSON.stringify(result.rows)).not.toContain('2200');
    const [header = [], ...data] = result.rows;
    const checked = withSheetRows(csvRowsToEntries(data, guessMapping(header), context), result.rowNumbers, result.problems);
    expect(checked[0]?.entry).toBeUndefined();
    expect(checked[0]?.errors[0]).toBe('单元格 D2 的日期序号 109574 在 2100 年以后，不是有效的学习日期');
    expect(checked[1]?.entry?.endDate).toBe('2025-03-01');
  });

  it('refuses a sheet of 100,000 rows over the entry limit, scanning only until the limit is passed', () => {
    const row = (index: number) => `<row r="${index}"><c r="A${index}" t="inlineStr"><is><t>课程${index}</t></is></c><c r="B${index}"><v>3</v></c></row>`;
    const body = Array.from({ length: 100_000 }, (_, index) => row(index + 1)).join('');
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="全部" sheetId="1"/></sheets></workbook>'),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${body}</sheetData></worksheet>`),
    });
    const started = performance.now();
    expect(readXlsx(bytes)).toEqual({ ok: false, message: XLSX_MESSAGES.tooManyRows('全部', MAX_ENTRIES) });
    expect(performance.now() - started).toBeLessThan(5000);
    // Writing the 100,000-row file takes longer than reading it on a busy machine.
  }, 30_000);

  it('takes exactly the limit: a header and MAX_ENTRIES data rows, but not one more', () => {
    const sheet = (rows: number) => ({ name: 'S', rows: Array.from({ length: rows }, (_, index): CellValue[] => [`r${index}`]) });
    expect(readXlsx(craftWorkbook([sheet(4)], FLAVOURS.excel), { maxRows: 3 })).toMatchObject({ ok: true });
    expect(readXlsx(craftWorkbook([sheet(5)], FLAVOURS.excel), { maxRows: 3 })).toEqual({ ok: false, message: XLSX_MESSAGES.tooManyRows('S', 3) });
    // Empty rows far down (formatting only) do not count.
    const spaced = craftWorkbook([{ name: 'S', rows: [...sheet(4).rows, ...Array.from({ length: 20 }, (): CellValue[] => [null])] }], FLAVOURS.wpsLike);
    expect(readXlsx(spaced, { maxRows: 3 })).toMatchObject({ ok: true });
  });

  it('numbers rows as the sheet shows them, over empty rows', () => {
    const rows: CellValue[][] = [HEADER, [], ['应急管理', '公需科目', '线上学习', { serial: 45717 }, 6]];
    const result = readXlsx(craftWorkbook([{ name: 'S', rows }], FLAVOURS.excel));
    expect(result).toMatchObject({ ok: true, rowNumbers: [1, 3] });
    if (!result.ok) return;
    const [header = [], ...data] = result.rows;
    expect(withSheetRows(csvRowsToEntries(data, guessMapping(header), context), result.rowNumbers, result.problems).map((row) => row.rowNumber)).toEqual([3]);
  });
});
