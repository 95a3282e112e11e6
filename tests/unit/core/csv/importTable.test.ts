import { describe, expect, it } from 'vitest';
import { importTable, isWorkbook, readTextTable } from '../../../../src/core/csv/importTable';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('isWorkbook', () => {
  it.each([
    { name: '学时.xlsx', bytes: utf8('a,b'), expected: true },
    { name: '学时.XLSX', bytes: utf8('a,b'), expected: true },
    { name: '学时.csv', bytes: new Uint8Array([0x50, 0x4b, 3, 4]), expected: true },
    { name: '学时.csv', bytes: utf8('名称,学时'), expected: false },
    { name: 'xlsx.csv', bytes: utf8('x'), expected: false },
    { name: '', bytes: new Uint8Array(), expected: false },
  ])('$name → $expected', ({ name, bytes, expected }) => {
    expect(isWorkbook(name, bytes)).toBe(expected);
  });
});

describe('readTextTable', () => {
  it('finds the encoding and the delimiter, and says which', () => {
    const read = readTextTable(utf8('\ufeff名称;学时\r\n应急管理;6\r\n'));
    expect(read).toEqual({ ok: true, table: [['名称', '学时'], ['应急管理', '6']], source: { kind: 'csv', encoding: 'utf-8-bom', delimiter: ';' } });
  });

  it('refuses bytes in no known encoding with a Chinese message', () => {
    const read = readTextTable(new Uint8Array([0x41, 0x81, 0x20, 0xff, 0x2c, 0x00, 0x0a]));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/编码/);
  });
});

describe('importTable', () => {
  it('takes the first row as headers and guesses the mapping', () => {
    const table = importTable([['项目名称', '学时', '学分'], ['应急管理', '6', '2']]);
    expect(table?.headers).toEqual(['项目名称', '学时', '学分']);
    expect(table?.rows).toEqual([['应急管理', '6', '2']]);
    expect(table?.mapping.title).toBe(0);
    expect(table?.mapping.hours).toBe(1);
    expect(table?.credits).toEqual(['学分']);
  });

  it.each([{ table: [] as string[][] }, { table: [['项目名称', '学时']] }])('no data row → null', ({ table }) => {
    expect(importTable(table)).toBeNull();
  });

  it('never lets the caller’s rows be changed through the result', () => {
    const source = [['名称'], ['甲']];
    const table = importTable(source);
    table?.rows[0]?.push('x');
    expect(source[1]).toEqual(['甲']);
  });
});
