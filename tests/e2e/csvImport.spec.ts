import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ROOT } from '../helpers/content';
import { encodeGbk } from '../helpers/gbk';
import { logPage } from './logPage';
import { pinClock, thisYear } from './testClock';

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));


test('a GBK, semicolon-separated sheet from Chinese Excel imports with correct titles, as 需申报·待申报', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const sheet = ['名称;类别;方式;日期;学时', `数字经济与创新驱动;公需;线上学习;${thisYear}/3/1;6`, `临床路径管理研修;专业;研修培训;${thisYear}/4/2;8`].join('\r\n');
  await page.getByLabel('从表格导入').setInputFiles({ name: '学时.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(sheet)) });
  const preview = page.getByRole('region', { name: '表格导入预览' });
  await expect(preview).toContainText('文件编码：GBK/GB18030');
  await expect(preview).toContainText('分隔符：分号');
  await expect(preview).toContainText('共 2 行：可导入 2 行');
  await preview.getByRole('button', { name: '导入 2 条有效记录' }).click();
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(2);
  await expect(log.card('数字经济与创新驱动')).toContainText('6 学时 · 待申报');
  await expect(log.card('临床路径管理研修')).toContainText('8 学时 · 待申报');
});

test('a 学分 column is not read as 学时 until the person chooses it', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const sheet = ['项目名称,科目类别,学习方式,完成日期,学分', `应急管理,公需,线上学习,${thisYear}-05-01,2`].join('\r\n');
  await page.getByLabel('从表格导入').setInputFiles({ name: '学分.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${sheet}`, 'utf8') });
  const preview = page.getByRole('region', { name: '表格导入预览' });
  await expect(preview).toContainText('文件编码：UTF-8（带 BOM）；分隔符：逗号');
  await expect(preview).toContainText('学分不一定等于学时');
  await expect(preview.getByLabel('学时（必填）')).toHaveValue('-1');
  expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  await expect(preview).toContainText('可导入 0 行');
  await preview.getByLabel('学时（必填）').selectOption({ label: '第 5 列：学分' });
  await expect(preview).toContainText('可导入 1 行');
});

test('a file in no known encoding is refused with a hint about 编码', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  await page.getByLabel('从表格导入').setInputFiles({ name: '乱码.csv', mimeType: 'text/csv', buffer: Buffer.from([0x41, 0x81, 0x20, 0xff, 0x2c, 0x00, 0x0a]) });
  await expect(page.locator('.data-panel').getByRole('alert')).toContainText('编码');
  await expect(page.locator('.data-panel').getByRole('alert')).not.toContainText('。。');
  await expect(page.getByRole('button', { name: '导出备份' })).toBeEnabled();
});

test('an .xlsx workbook imports: first sheet, dates and numbers as Excel shows them', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  await page.getByLabel('从表格导入').setInputFiles(join(ROOT, 'tests', 'fixtures', 'xlsx', '学时.xlsx'));
  const preview = page.getByRole('region', { name: '表格导入预览' });
  await expect(preview).toContainText('Excel 工作簿（.xlsx），读取工作表“2025年学时”');
  await expect(preview).toContainText('共 3 行：可导入 3 行');
  await preview.getByRole('button', { name: '导入 3 条有效记录' }).click();
  await log.chooseYear(2025);
  await log.show('记录');
  await expect(log.card('临床路径管理研修')).toContainText('12.5 学时 · 待申报');
});
