import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../src/core/csv/csv';
import { decodeCsvBytes, detectDelimiter } from '../../../src/core/csv/decode';
import { creditColumns, csvRowsToEntries, entriesToCsv, guessMapping, normaliseDate } from '../../../src/core/csv/entriesCsv';
import { sampleBackup } from '../../helpers/backupFixtures';
import { encodeGbk } from '../../helpers/gbk';

const entries = sampleBackup().entries.map((item) => item.entry);
let ids = 0;
const context = { newId: () => `csv-${(ids += 1)}`, baseNumberOf: (name: string) => (name === '河南省人民医院' ? 16 : undefined), today: '2026-12-31', stored: 0 };

describe('CSV', () => {
  it('writes a BOM, CRLF, quotes what needs quoting and round-trips', () => {
    const text = writeCsv([['名称', '备注'], ['甲,乙', '他说"好"\n第二行'], ['=1+1', '']]);
    expect(text.startsWith('\ufeff名称,备注\r\n')).toBe(true);
    expect(text).toContain('"甲,乙","他说""好""\n第二行"');
    expect(text).toContain(`"'=1+1",`);
    expect(parseCsv(text)).toEqual({ ok: true, rows: [['名称', '备注'], ['甲,乙', '他说"好"\n第二行'], ["'=1+1", '']] });
  });

  it('parses LF files, skips blank lines and reports an unclosed quote', () => {
    expect(parseCsv('a,b\n\n1,2\n')).toEqual({ ok: true, rows: [['a', 'b'], ['1', '2']] });
    expect(parseCsv('a,"b\n1,2')).toMatchObject({ ok: false, message: expect.stringContaining('未闭合的引号') });
  });

  it('exports entries with Chinese headers and labels, and imports them back unchanged', () => {
    const csv = entriesToCsv(entries);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header = [], ...rows] = parsed.rows;
    expect(header.slice(0, 7)).toEqual(['项目名称', '科目类别', '学习方式', '学习方式说明', '开始日期', '完成日期', '学时']);
    expect(rows[1]?.slice(0, 10)).toEqual(['基层义诊', '专业科目', '服务基层', '', '2025-05-10', '2025-05-12', '20', '河南省人民医院', '需申报', '审核通过']);
    const back = csvRowsToEntries(rows, guessMapping(header), context);
    expect(back.map((row) => row.errors)).toEqual([[], []]);
    expect(back.map((row) => ({ ...row.entry, id: undefined }))).toEqual(entries.map((entry) => ({ ...entry, id: undefined })));
  });

  it('reports each bad row by its spreadsheet row number and keeps the good ones', () => {
    const sheet = [
      ['名称', '类别', '方式', '日期', '学时'],
      ['安全生产', '公需', '线上学习', '2025/3/1', '6'],
      ['', '公需', '线上学习', '2025/3/2', '6'],
      ['新技术', '专业', '研修培训', '2025-13-01', '8'],
      ['自学', '专业', '线上学习', '2025-04-01', '-2'],
      ['病例讨论', '专业科目', '实践操作', '2025年4月2日', '3.5'],
    ];
    const mapping = guessMapping(sheet[0] ?? []);
    expect(mapping).toMatchObject({ title: 0, kind: 1, way: 2, endDate: 3, hours: 4, startDate: -1, recording: -1, declaredOn: -1 });
    const results = csvRowsToEntries(sheet.slice(1), mapping, context);
    expect(results.map((row) => [row.rowNumber, row.entry !== undefined])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, true],
    ]);
    expect(results[1]?.errors).toContain('请填写项目名称');
    expect(results[2]?.errors.join()).toContain('完成日期不是有效的日期');
    expect(results[3]?.errors.join()).toContain('学时须大于 0');
    expect(results[3]?.errors.join()).toContain('不属于专业科目');
    expect(results[4]?.entry).toMatchObject({ endDate: '2025-04-02', hoursTenths: 35, kind: 'professional', way: 'practice' });
    // No 记录方式 column: every row is 需申报·待申报, never counted as platform-recorded.
    expect(results[0]?.entry).toMatchObject({ recording: 'declare', status: 'notDeclared' });
  });

  it('never reads a 学分 column as 学时 on its own', () => {
    expect(guessMapping(['项目名称', '学分'])).toMatchObject({ title: 0, hours: -1 });
    expect(guessMapping(['项目名称', '学分', '课时'])).toMatchObject({ hours: 2 });
  });

  it('reads the status words earlier versions wrote', () => {
    const sheet = [
      ['项目名称', '科目类别', '学习方式', '完成日期', '学时', '记录方式', '申报状态', '申报日期', '审核合格日期'],
      ['老表格', '专业科目', '研修培训', '2025-03-01', '8', '需申报', '审核合格', '2025-03-02', '2025-03-09'],
    ];
    const [result] = csvRowsToEntries(sheet.slice(1), guessMapping(sheet[0] ?? []), context);
    expect(result?.errors).toEqual([]);
    expect(result?.entry).toMatchObject({ status: 'approved', declaredOn: '2025-03-02' });
  });

  it.each([
    ['2025/3/1', '2025-03-01'],
    ['2025.03.01', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['2025-03-01', '2025-03-01'],
    ['三月一日', '三月一日'],
  ])('date %s → %s', (input, output) => expect(normaliseDate(input)).toBe(output));

  it('guesses the mapping from the export’s own headers and from near matches', () => {
    expect(guessMapping(['项目名称', '科目类别', '学时'])).toMatchObject({ title: 0, kind: 1, hours: 2, notes: -1 });
    expect(guessMapping(['学时（小时）'])).toMatchObject({ hours: 0 });
  });
});

describe('CSV files as people have them', () => {
  const sheet = '项目名称,科目类别,学习方式,完成日期,学时\r\n数字经济与创新驱动,公需,线上学习,2025-03-01,6\r\n';

  it('reads UTF-8 with and without a BOM, GBK, and UTF-16, and says which', () => {
    const utf8 = new TextEncoder().encode(sheet);
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text: sheet, encoding: 'utf-8-bom' });
    expect(decodeCsvBytes(utf8)).toEqual({ ok: true, text: sheet, encoding: 'utf-8' });
    expect(decodeCsvBytes(encodeGbk(sheet))).toEqual({ ok: true, text: sheet, encoding: 'gb18030' });
    const utf16 = new Uint8Array(2 + sheet.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < sheet.length; index += 1) utf16.set([sheet.charCodeAt(index) & 0xff, sheet.charCodeAt(index) >> 8], 2 + index * 2);
    expect(decodeCsvBytes(utf16)).toEqual({ ok: true, text: sheet, encoding: 'utf-16le' });
  });

  it('refuses bytes that are neither UTF-8 nor GBK with a hint about 编码', () => {
    const result = decodeCsvBytes(new Uint8Array([0x41, 0x81, 0x20, 0xff, 0x00]));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('编码') });
  });

  it('detects comma, semicolon and tab from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('名称;学时;"备注,说明"\n1;2;3')).toBe(';');
    expect(detectDelimiter('名称\t学时\t备注\n')).toBe('\t');
    expect(detectDelimiter('名称\n')).toBe(',');
    expect(parseCsv('名称;学时\n"甲;乙";6', 10, ';')).toEqual({ ok: true, rows: [['名称', '学时'], ['甲;乙', '6']] });
  });

  it('a GBK, semicolon-separated sheet imports with the right Chinese titles', () => {
    const decoded = decodeCsvBytes(encodeGbk(sheet.replace(/,/g, ';')));
    if (!decoded.ok) throw new Error(decoded.message);
    const parsed = parseCsv(decoded.text, 100, detectDelimiter(decoded.text));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header = [], ...rows] = parsed.rows;
    const [row] = csvRowsToEntries(rows, guessMapping(header), context);
    expect(row?.entry).toMatchObject({ title: '数字经济与创新驱动', kind: 'public', hoursTenths: 60 });
  });

  it('a row without 记录方式 or 申报状态 imports as 需申报·未申报, never platform-recorded', () => {
    const [row] = csvRowsToEntries([['数字经济', '公需', '线上学习', '2025-03-01', '6']], guessMapping(['项目名称', '科目类别', '学习方式', '完成日期', '学时']), context);
    expect(row?.entry).toMatchObject({ recording: 'declare', status: 'notDeclared' });
  });

  it('a 学分 column is not taken for 学时; the person is told about it instead', () => {
    const headers = ['项目名称', '科目类别', '学习方式', '完成日期', '学分'];
    expect(guessMapping(headers).hours).toBe(-1);
    expect(creditColumns(headers)).toEqual(['学分']);
    expect(guessMapping(['项目名称', '课时']).hours).toBe(1);
  });

  it('titles that start with an apostrophe or a formula character survive the round trip unchanged', () => {
    const base = entries[0]!;
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom("'=", "''", "'", '=', '+', '-', '@', "'''=", ''), fc.string({ maxLength: 20 })).map(([start, rest]) => `${start}${rest}`.trim()),
        (title) => {
          fc.pre(title.length > 0);
          const parsed = parseCsv(entriesToCsv([{ ...base, title }]));
          if (!parsed.ok) throw new Error(parsed.message);
          const [header = [], ...rows] = parsed.rows;
          const [row] = csvRowsToEntries(rows, guessMapping(header), context);
          expect(row?.entry?.title).toBe(title);
        },
      ),
      { numRuns: 300 },
    );
    const parsed = parseCsv(entriesToCsv([{ ...base, title: "'=SUM(A1)" }]));
    expect(parsed.ok && parsed.rows[1]?.[0]).toBe("''=SUM(A1)");
  });

  it('hours written as 1e308, 1E+999 or text get a message about the actual problem', () => {
    const headers = ['项目名称', '科目类别', '学习方式', '完成日期', '学时'];
    const rows = ['1e308', '1E+999', '十二', '99999'].map((hours) => ['数字经济', '公需', '线上学习', '2025-03-01', hours]);
    const errors = csvRowsToEntries(rows, guessMapping(headers), context).map((row) => row.errors.join('；'));
    expect(errors[0]).toContain('不能用科学计数法');
    expect(errors[1]).toContain('不能用科学计数法');
    expect(errors[2]).toContain('学时须为数字');
    expect(errors[3]).toContain('学时过大');
    for (const message of errors) expect(message).not.toMatch(/[A-Za-z]{4,}|。。/);
  });
});
