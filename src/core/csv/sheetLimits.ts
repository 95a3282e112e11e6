import { MAX_ENTRIES } from '../limits';
import { bytesAsMegabytes } from '../text/sizeWords';

/**
 * How much of a spreadsheet the import reads. Each limit is checked while the
 * file is read, before the work it bounds grows: a hostile file is refused at
 * the first figure over a limit, not after it has been read whole. The figures
 * are far above what a person's study records need (17 columns, a few
 * thousand rows, cells of a few hundred characters). See
 * docs/spreadsheet-import.md.
 */
export const SHEET_LIMITS = {
  /** Data rows (besides the header): the log keeps no more entries than this. Empty rows are skipped and not counted. */
  rows: MAX_ENTRIES,
  /** Columns holding a value; empty cells beyond this (a format applied out to the sheet's edge) are ignored. */
  columns: 200,
  /** Non-empty cells kept, over the whole sheet. */
  cells: 1_000_000,
  /** Characters in one cell (the longest field, 备注, takes 2,000). */
  cellChars: 10_000,
  /** Shared strings of a workbook, and their characters together. */
  sharedStrings: 500_000,
  sharedStringChars: 8_000_000,
  /** Elements open inside one another in a workbook's XML (a worksheet needs 6). */
  xmlDepth: 64,
  /** Parts (files) in a workbook's zip: Excel writes a dozen, one per sheet and a few more. */
  zipParts: 1_000,
  /** What one part, and all parts read together, may inflate to (a 10,000-row sheet of study records is under 10 MB). */
  partBytes: 16 * 1024 * 1024,
  inflatedBytes: 32 * 1024 * 1024,
} as const;


/** Each refusal names the limit and the figure found, so the person knows what to split or trim. */
export const SHEET_LIMIT_MESSAGES = {
  tooManyRows: (limit: number) => `表格超过 ${limit} 行数据（本机最多保存 ${limit} 条记录），请分批导入`,
  tooManyColumns: (found: number, limit: number) => `表格第 ${found} 列有内容，超过 ${limit} 列的上限；请删去多余的列后再导入`,
  tooManyCells: (limit: number) => `表格中有内容的单元格超过 ${limit} 个，请分批导入`,
  cellTooLong: (row: number, column: number, limit: number) => `第 ${row} 行第 ${column} 列的单元格超过 ${limit} 个字符的上限，文件可能不是学习记录表`,
  tooManySharedStrings: (limit: number) => `表格文件中的文字条目超过 ${limit} 条的上限，文件可能已损坏`,
  sharedStringsTooLong: (limit: number) => `表格文件中的文字共超过 ${limit} 个字符的上限，文件可能已损坏`,
  tooDeep: (limit: number) => `表格文件内部的层级超过 ${limit} 层（有未结束的部分），文件可能已损坏`,
  declaration: '表格文件里含有表格不会有的声明（DOCTYPE/ENTITY），已拒绝读取',
  tooManyParts: (found: number, limit: number) => `表格文件由 ${found} 个部分组成，超过 ${limit} 个的上限，文件可能已损坏`,
  partTooLarge: (part: string, limit: number) => `表格文件中的“${part}”展开后超过 ${bytesAsMegabytes(limit)}的上限，请分批导入`,
  inflatedTooLarge: (limit: number) => `表格文件展开后超过 ${bytesAsMegabytes(limit)}的上限，请分批导入`,
};
