import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SheetIntake, type IntakeContext } from '../../../src/islands/runtime/sheetIntake';
import { craftWorkbook, FLAVOURS } from '../../helpers/xlsxCraft';
import { unclosedRows } from '../../helpers/hostileSheets';

const HEADER = ['项目名称', '科目类别', '学习方式', '完成日期', '学时'];
const CONTEXT: IntakeContext = { today: '2026-12-31', stored: 0, bases: [] };
let counter = 0;
const newId = () => `id-${(counter += 1)}`;
const buffer = (bytes: Uint8Array) => bytes.slice().buffer;

describe('the worker’s spreadsheet intake', () => {
  it('reads a workbook, checks its rows, and keeps it to read another sheet and another column', () => {
    const progress: number[] = [];
    const intake = new SheetIntake(newId, (fraction) => progress.push(fraction));
    const bytes = craftWorkbook(
      [
        { name: '公需', rows: [HEADER, ['数字经济', '公需科目', '线上学习', '2026-12-01', 6]] },
        { name: '专业', rows: [HEADER, ['临床路径', '专业科目', '研修培训', '2026-12-02', 8], ['病历书写', '专业科目', '研修培训', '2026-12-03', '']] },
      ],
      FLAVOURS.excel,
    );
    const read = intake.handle({ type: 'read', bytes: buffer(bytes), fileName: '全年.xlsx', context: CONTEXT });
    expect(read).toMatchObject({ ok: true, preview: { format: 'Excel 工作簿（.xlsx），读取工作表“公需”。', results: [{ rowNumber: 2, entry: { title: '数字经济' } }] } });
    if (read.ok) expect(read.preview).not.toHaveProperty('rows');
    const other = intake.handle({ type: 'sheet', index: 1 });
    expect(other).toMatchObject({ ok: true, preview: { workbook: { sheetIndex: 1 }, results: [{ entry: { title: '临床路径' } }, { errors: [expect.stringContaining('学时')] }] } });
    const remapped = intake.handle({ type: 'remap', field: 'title', column: 1 });
    expect(remapped).toMatchObject({ ok: true, preview: { mapping: { title: 1 }, results: [{ entry: { title: '专业科目' } }, {}] } });
    expect(progress.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
  });

  it('says which file it could not read and why, with the limit that refused it', () => {
    const intake = new SheetIntake(newId);
    expect(intake.handle({ type: 'read', bytes: buffer(unclosedRows(1000)), fileName: '坏.xlsx', context: CONTEXT })).toEqual({
      ok: false,
      message: '无法读取“坏.xlsx”：表格文件内部的层级超过 64 层（有未结束的部分），文件可能已损坏',
    });
    expect(intake.handle({ type: 'read', bytes: buffer(strToU8('项目名称,学时\n')), fileName: '空.csv', context: CONTEXT })).toEqual({ ok: false, message: '表格中没有数据行（第 1 行应为表头）' });
  });

  it('counts the entries already stored against the limit', () => {
    const intake = new SheetIntake(newId);
    const csv = strToU8('项目名称,科目类别,学习方式,完成日期,学时\n应急管理,公需科目,线上学习,2026-12-01,6\n');
    const read = intake.handle({ type: 'read', bytes: buffer(csv), fileName: '学时.csv', context: { ...CONTEXT, stored: 10_000 } });
    expect(read).toMatchObject({ ok: true, preview: { stored: 10_000, results: [{ errors: [expect.stringContaining('10000')] }] } });
  });
});
