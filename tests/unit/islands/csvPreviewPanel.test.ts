import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/core/csv/entriesCsv';
import { CsvPreviewPanel } from '../../../src/islands/data/CsvPreviewPanel';
import type { CsvPreview, WorkbookPreview } from '../../../src/islands/data/useCsvImport';

const noop = () => {};

function render(workbook: WorkbookPreview | undefined): string {
  const headers = ['项目名称', '学时'];
  const preview: CsvPreview = { headers, mapping: guessMapping(headers), credits: [], results: [{ rowNumber: 2, errors: ['学时必填'] }], format: '格式', stored: 0, ...(workbook ? { workbook } : {}) };
  return renderToString(h(CsvPreviewPanel, { preview, busy: false, onRemap: noop, onChooseSheet: noop, onImport: noop, onCancel: noop }));
}

describe('the import preview’s sheet choice', () => {
  it('lists a workbook’s sheets, the one read selected', () => {
    const html = render({ sheets: ['公需', '专业'], sheetIndex: 1, rowNumbers: [1, 2], problems: [] });
    expect(html).toContain('<label for="csv-sheet">读取哪个工作表</label>');
    expect(html).toContain('<option value="0">公需</option><option selected value="1">专业</option>');
    expect(html).toContain('csv-map-title');
  });

  it('offers no choice for a text file or a workbook of one sheet', () => {
    expect(render(undefined)).not.toContain('csv-sheet');
    expect(render({ sheets: ['学时'], sheetIndex: 0, rowNumbers: [1, 2], problems: [] })).not.toContain('csv-sheet');
  });

  it('says why a chosen sheet gives nothing, at the choice, instead of the column mapping', () => {
    const html = render({ sheets: ['公需', '模板'], sheetIndex: 1, rowNumbers: [], problems: [], message: '工作表“模板”只有表头，没有数据行' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-describedby="csv-sheet-message"');
    expect(html).toContain('工作表“模板”只有表头，没有数据行');
    expect(html).not.toContain('csv-map-title');
  });
});
