import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { existsSync, readFileSync } from 'node:fs';
import { solidPng } from './fixtures';
import { TECHNICAL_WORDS } from '../helpers/plainWords';
import { logPage } from './logPage';
import { primaryText } from './primaryText';
import { pinClock, TEST_NOW, thisYear } from './testClock';

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));


async function downloadText(download: import('@playwright/test').Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('no download');
  return readFileSync(path);
}

test('export a backup, restore it in a fresh browser profile, and find everything back', async ({ page, browser, baseURL }) => {
  const log = logPage(page);
  await log.open();
  await log.show('汇总表');
  await page.getByLabel('姓名').fill('李华');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await log.add({ title: '应急管理培训', hours: '8' });
  await log.add({ title: '临床路径研修', kind: '专业科目', way: '研修培训', hours: '16' });
  await log.card('临床路径研修').getByRole('button', { name: /凭证（0）/ }).click();
  await log.card('临床路径研修').getByLabel('选择图片或 PDF').setInputFiles({ name: '结业证书.png', mimeType: 'image/png', buffer: solidPng(60, 40, [10, 120, 60]) });
  await expect(log.card('临床路径研修').getByRole('button', { name: /凭证（1）/ })).toBeVisible();
  await log.show('进度');
  await expect(page.locator('.nudge').first()).toContainText('还没有备份过');

  await log.show('数据');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^学时簿备份-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = await downloadText(download);
  await expect(page.getByText(/上次备份：\d{4}年/)).toBeVisible();
  await log.show('进度');
  await expect(page.locator('.nudge')).toHaveCount(0);

  const fresh = await browser.newContext({ baseURL: baseURL ?? '' });
  // The same day as the profile it was made in: its entries are never in this one's future.
  await pinClock(fresh);
  const other = await fresh.newPage();
  const restored = logPage(other);
  await restored.open();
  await restored.show('记录');
  await expect(restored.entryCards).toHaveCount(0);
  await restored.show('数据');
  await other.getByLabel('从备份恢复').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: file });
  const preview = other.getByRole('region', { name: '恢复预览' });
  await expect(preview).toContainText('新增 2 条');
  await restored.show('记录');
  await expect(restored.entryCards).toHaveCount(0);
  await restored.show('数据');
  await preview.getByRole('button', { name: '合并（保留本机的修改）' }).click();
  await expect(restored.entryCards).toHaveCount(2);
  await restored.show('汇总表');
  await expect(other.getByLabel('姓名')).toHaveValue('李华');
  await restored.show('记录');
  await restored.card('临床路径研修').getByRole('button', { name: /凭证（1）/ }).click();
  const thumbnail = restored.card('临床路径研修').getByRole('img', { name: '结业证书.png 的缩略图' });
  await expect(thumbnail).toBeVisible();
  expect(await thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(60);
  await fresh.close();
});

test('the 数据 view speaks plainly: formats, encodings and MB only under 文件格式说明, beside the backup and the table file controls', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const view = page.locator('.data-panel');
  await expect(view.getByRole('heading', { name: '表格文件' })).toBeVisible();
  expect(await primaryText(view)).not.toMatch(TECHNICAL_WORDS);
  const notes = view.locator('details').filter({ has: page.getByText('文件格式说明', { exact: true }) });
  // Backup, table file, 导出给单位, 回执.
  await expect(notes).toHaveCount(4);
  const table = notes.nth(1);
  await expect(table).not.toHaveAttribute('open');
  await table.getByText('文件格式说明').click();
  await expect(table).toContainText('UTF-8 或 GBK 编码，逗号、分号或制表符分隔均可');
  await expect(notes.first()).toContainText('.zip');
  await expect(notes.nth(2)).toContainText('.json');
  await expect(notes.nth(3)).toContainText('.json');
});

test('a file that is not a backup is refused with the reason, and nothing changes', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '原有的记录', hours: '2' });
  await log.show('数据');
  await page.getByLabel('从备份恢复').setInputFiles({ name: '照片.zip', mimeType: 'application/zip', buffer: Buffer.from('definitely not a zip') });
  await expect(page.locator('.data-panel').getByRole('alert')).toContainText('这不是学时簿的备份文件（不是压缩包）');
  await expect(page.locator('.data-panel').getByRole('alert')).toContainText('本机数据没有改动');
  await expect(log.entryCards).toHaveCount(1);
});

test('the CSV export opens as a spreadsheet with Chinese headers, one row per entry', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '公需课, 第一讲', hours: '6', platform: true });
  await log.add({ title: '专业实践', kind: '专业科目', way: '实践操作', hours: '12.5' });
  await log.show('数据');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `导出${thisYear}年度表格` }).click();
  const bytes = await downloadText(await downloading);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]?.split(',').slice(0, 7)).toEqual(['项目名称', '科目类别', '学习方式', '学习方式说明', '开始日期', '完成日期', '学时']);
  expect(lines.some((line) => line.startsWith('"公需课, 第一讲",公需科目,线上学习,'))).toBe(true);
  expect(lines.some((line) => line.startsWith('专业实践,专业科目,实践操作,') && line.includes(',12.5,') && line.includes(',需申报,待申报,'))).toBe(true);
  expect(lines.some((line) => line.startsWith('"公需课, 第一讲"') && line.includes(',平台学习入口自动记录,'))).toBe(true);
});

test('a spreadsheet with bad rows: the rows are named, nothing is written until confirmed, then the good rows are imported', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  const sheet = [
    '名称,类别,方式,日期,学时,备注',
    `安全生产法规,公需,线上学习,${thisYear}/3/1,6,`,
    `,公需,线上学习,${thisYear}/3/2,6,缺名称`,
    `新技术研修,专业,研修培训,${thisYear}-13-01,8,日期错`,
    `病例讨论,专业科目,实践操作,${thisYear}年4月2日,3.5,`,
    `自学,专业,在线学习,${thisYear}-04-05,0,学时为零`,
  ].join('\r\n');
  await log.show('数据');
  await page.getByLabel('从表格导入').setInputFiles({ name: '我的学时.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${sheet}`, 'utf8') });
  const preview = page.getByRole('region', { name: '表格导入预览' });
  await expect(preview).toContainText('共 5 行：可导入 2 行，有误 3 行');
  await expect(preview.getByRole('list', { name: '有误的行' })).toContainText('第 3 行：请填写项目名称');
  await expect(preview).toContainText('第 4 行：完成日期不是有效的日期');
  await expect(preview).toContainText('第 6 行：学时须大于 0');
  await expect(log.entryCards).toHaveCount(0);
  await preview.getByRole('button', { name: '导入 2 条有效记录' }).click();
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(2);
  await expect(log.card('病例讨论')).toContainText('3.5 学时');
  // No 记录方式 column: imported as 需申报·待申报, nothing counted as credited.
  await expect(log.card('安全生产法规')).toContainText('待申报');
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 0 / 30 学时');
});

test('the calendar reminders parse as iCalendar with the deadline (推定 for a year without its notice) and the site’s advised day', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `添加${thisYear}年度提醒到手机日历` }).click();
  const text = (await downloadText(await downloading)).toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  expect(events[0]?.summary).toBe(`${thisYear}年度继续教育学时申报截止${thisYear === 2025 ? '' : '（推定）'}`);
  expect(events[0]?.startDate.toString()).toBe(`${thisYear}-12-31`);
  expect(events[0]?.description).toContain(await page.locator('.status__headline').innerText());
  // A year without its State Council holiday schedule counts its advised day over an estimated calendar, and says so.
  const estimated = existsSync(`content/calendar/${thisYear}.json`) ? '' : '（节假日安排按推定）';
  expect(events[1]?.summary).toBe(`${thisYear}年度学时建议最晚申报日（本站建议）${estimated}`);
  expect(events[1]?.startDate.toString()).toMatch(new RegExp(`^${thisYear}-12-\\d{2}$`));
  // Reminders 30, 14, 7 and 1 days ahead, never on a day already past.
  // Days from the browser's today (Asia/Shanghai) to 12-31.
  const today = TEST_NOW.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const daysAhead = Math.round((Date.UTC(thisYear, 11, 31) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const alarms = events[0]?.component.getAllSubcomponents('valarm') ?? [];
  expect(alarms).toHaveLength([30, 14, 7, 1].filter((days) => days < daysAhead).length);
  for (const alarm of alarms) expect(String(alarm.getFirstPropertyValue('trigger'))).toMatch(/^-P(\d+D)?T15H$/);
});
