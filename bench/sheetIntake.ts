import { randomUUID } from 'node:crypto';
import { SheetIntake } from '../src/islands/runtime/sheetIntake';
import { studyWorkbook } from '../tests/helpers/xlsxCraft';
import { measure, type BenchResult } from './measure';

/**
 * The spreadsheet intake as its worker runs it (read within the limits, map, check every row through the
 * entry gate), on a 10,000-row .xlsx: the work a preview waits for, without the browser's message passing.
 */
export function benchSheetIntake(): BenchResult[] {
  const bytes = studyWorkbook(10_000, 2025);
  const read = () => {
    const outcome = new SheetIntake(randomUUID).handle({ type: 'read', bytes: bytes.slice().buffer, fileName: '学时.xlsx', context: { today: '2025-12-01', stored: 0, bases: [] } });
    if (!outcome.ok || outcome.preview.results.length !== 10_000) throw new Error('the 10,000-row workbook did not read whole');
  };
  return [measure('spreadsheet intake: .xlsx of 10,000 rows, read, mapped and checked', read, { runs: 7, warmup: 1, target: 'preview ≤ 3 s in the browser' })];
}
