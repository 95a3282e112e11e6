import { expect, test } from '@playwright/test';
import { craftWorkbook, FLAVOURS, type CellValue } from '../helpers/xlsxCraft';
import { logPage } from './logPage';

test.use({ viewport: { width: 390, height: 844 } });

const HEADER = ['项目名称', '科目类别', '学习方式', '完成日期', '学时'];
// 2026-12-01 in the 1900 date system.
const DEC_1: CellValue = { serial: 46357 };

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-31T00:30:00+08:00'));
});

test('an .xlsx written with x: prefixes and inline rich-text strings imports its row through the file input', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const bytes = craftWorkbook([{ name: '学时', rows: [HEADER, ['突发事件应急管理', '公需科目', '线上学习', DEC_1, 6]] }], FLAVOURS.openXmlSdk);
  await page.getByLabel('从表格导入').setInputFiles({ name: '学时.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
  const preview = page.getByRole('region', { name: '表格导入预览' });
  await expect(preview).toContainText('Excel 工作簿（.xlsx），读取工作表“学时”');
  await expect(preview.getByLabel('读取哪个工作表')).toHaveCount(0);
  await expect(preview).toContainText('共 1 行：可导入 1 行');
  await preview.getByRole('button', { name: '导入 1 条有效记录' }).click();
  await log.show('记录');
  await expect(log.card('突发事件应急管理')).toContainText('6 学时 · 待申报');
});

test('a two-sheet workbook lets the person pick the second sheet; one without data rows says so and nothing is stored', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const bytes = craftWorkbook(
    [
      { name: '公需', rows: [HEADER, ['数字经济与创新驱动', '公需科目', '线上学习', DEC_1, 6]] },
      { name: '专业', rows: [HEADER, ['临床路径管理研修', '专业科目', '研修培训', '2026年12月2日', 8], ['病历书写规范', '专业科目', '研修培训', DEC_1, 4]] },
      { name: '模板', rows: [HEADER] },
    ],
    FLAVOURS.excel,
  );
  await page.getByLabel('从表格导入').setInputFiles({ name: '全年.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
  const preview = page.getByRole('region', { name: '表格导入预览' });
  const sheet = preview.getByLabel('读取哪个工作表');
  await expect(sheet).toHaveValue('0');
  await expect(preview).toContainText('共 1 行：可导入 1 行');

  await sheet.selectOption({ label: '模板' });
  await expect(preview.getByRole('alert')).toHaveText('工作表“模板”只有表头，没有数据行（第 1 行应为表头）');
  await expect(preview.getByRole('button', { name: /^导入/ })).toBeDisabled();

  await sheet.selectOption({ label: '专业' });
  await expect(preview).toContainText('读取工作表“专业”');
  await expect(preview).toContainText('共 2 行：可导入 2 行');
  await preview.getByRole('button', { name: '导入 2 条有效记录' }).click();
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(2);
  await expect(log.card('临床路径管理研修')).toContainText('8 学时 · 待申报');
  await expect(log.card('数字经济与创新驱动')).toHaveCount(0);
});

test('a workbook with no usable sheet is refused at the file control, nothing stored', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const bytes = craftWorkbook([{ name: '说明', rows: [] }, { name: '空白', rows: [[null]] }], FLAVOURS.libreOffice);
  await page.getByLabel('从表格导入').setInputFiles({ name: '空.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
  await expect(page.getByText('无法读取“空.xlsx”：工作簿中的工作表都是空的，没有可导入的行')).toBeVisible();
  await expect(page.getByRole('region', { name: '表格导入预览' })).toHaveCount(0);
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(0);
});
