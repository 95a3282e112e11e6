import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRowsToEntries, guessMapping } from '../../../src/core/csv/entriesCsv';
import { excelSerialToIsoDate, readXlsx } from '../../../src/core/csv/xlsx';
import { ROOT } from '../../helpers/content';
import { craftZip, zeroBombStream } from '../../helpers/zipCraft';

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
  it('reads a workbook written by openpyxl: first sheet only, dates as dates, numbers as shown', () => {
    const result = readXlsx(new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'xlsx', '学时.xlsx'))));
    expect(result).toEqual({
      ok: true,
      sheetName: '2025年学时',
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
    expect(result).toEqual({ ok: true, sheetName: '学时', rows: [['项目名称', '科目类别', '完成日期', '学时'], ['应急管理', '公需', '2025-03-01', '5.3']] });
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
    expect(readXlsx(bomb)).toMatchObject({ ok: false, message: expect.stringContaining('解压后过大') });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
