import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logPage } from './logPage';
import { readDownloadedPdf } from './pdfReader';

/** The device's today for these tests, so 2026 is the current year (推定 from the 2025 notice) whatever the real date. */
const TODAY = new Date('2026-11-27T10:00:00+08:00');
const thisYear = 2026;

/** Four years of records through the form: 2023 and 2024 (national rule only), 2025 (its notice), 2026 (推定 from 2025). */
async function fourYears(page: Page) {
  await page.clock.setFixedTime(TODAY);
  const log = logPage(page);
  await log.open();
  await log.add({ title: '医学影像在线课程', kind: '专业科目', way: '在线学习', start: '2023-05-10', end: '2023-05-10', hours: '40', platform: true });
  await log.add({ title: '职业道德网络课程', start: '2024-03-01', end: '2024-03-01', hours: '30', platform: true });
  await log.add({ title: '心血管疾病新进展在线课程', kind: '专业科目', way: '在线学习', start: '2024-06-01', end: '2024-06-01', hours: '60', platform: true });
  await log.add({ title: '数字经济公需课', start: '2025-04-02', end: '2025-04-02', hours: '12.5', platform: true });
  await log.add({
    title: '基层义诊与健康宣教',
    kind: '专业科目',
    way: '服务基层',
    start: '2026-03-01',
    end: '2026-03-01',
    hours: '20',
    declare: { status: '已申报，用人单位审核中', declaredOn: '2026-03-05' },
  });
  await log.show('进度');
  await expect(page.locator('.years-table__row')).toHaveCount(4);
  return log;
}

test('历年概览 shows a row per year with its figures and the rule it rests on; tapping a year opens it', async ({ page }) => {
  await fourYears(page);
  const row = (year: number) => page.locator(`.years-table__row[data-year="${year}"]`);
  await expect(page.locator('.years-table__row').first()).toHaveAttribute('data-year', '2026');

  await expect(row(2023)).toContainText('国家规定');
  await expect(row(2023)).toContainText('已计入 0 学时（公需科目学时以当年通知为准）');
  // The national rule's two thirds is its general ratio, not a minimum of its own.
  await expect(row(2023)).toContainText('已计入 40 学时 / 一般不少于 60 学时');
  await expect(row(2023)).toContainText('已计入 40 学时 / 要求 90 学时');
  await expect(row(2023)).toContainText('未达标');

  await expect(row(2024)).toContainText('国家规定');
  await expect(row(2024)).toContainText('已计入 60 学时 / 一般不少于 60 学时');
  await expect(row(2024)).toContainText('已计入 90 学时 / 要求 90 学时');
  await expect(row(2024)).toContainText('已达标');

  await expect(row(2025)).toContainText('2025年通知');
  await expect(row(2025)).toContainText('已计入 12.5 学时 / 要求 30 学时');
  await expect(row(2025)).toContainText('未达标');

  await expect(row(2026)).toContainText('按2025年通知推定');
  await expect(row(2026)).toContainText('已计入 0 学时 / 要求 90 学时');
  await expect(row(2026)).toContainText('审核中 20 学时');

  // The chart's text alternative says the same figures as the row.
  await expect(row(2024).getByRole('img')).toHaveAttribute('aria-label', '2024年度：公需科目已计入 30 学时；专业科目已计入 60 学时，一般不少于 60 学时');

  // The year menu offers every year from 2015 to this year (next year only once it starts or holds records), those with records marked with their logged hours.
  const options = page.locator('#year-select option');
  await expect(options).toHaveCount(thisYear - 2015 + 1);
  await expect(options.first()).toHaveText(new RegExp(`^${thisYear}年`));
  await expect(options.last()).toHaveText('2015年');
  await expect(page.locator('#year-select option[value="2024"]')).toHaveText('2024年（共记录 90 学时）');

  await row(2024).getByRole('button', { name: '2024年' }).click();
  await expect(page.getByRole('heading', { name: '2024年度进度' })).toBeVisible();
  await expect(page.locator('#year-select')).toHaveValue('2024');
  await expect(page.locator('.entry-card__title')).toHaveCount(2);

  const axe = () => new AxeBuilder({ page }).include('.years-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);

  // On a phone the rows become cards, each figure named by its column.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.years-table thead')).toBeHidden();
  await expect(row(2024).locator('td').first()).toBeVisible();
  expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
});

test('the 2023–2026 record downloads as one PDF with every year and entry, and a bad range generates nothing', async ({ page }) => {
  await fourYears(page);
  const start = page.getByLabel('起始年度');
  const end = page.getByLabel('截止年度');

  await start.fill('2026');
  await end.fill('2023');
  await page.getByRole('button', { name: '生成多年度 PDF' }).click();
  await expect(page.locator('#range-start-error')).toHaveText('起始年度不能晚于截止年度');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await start.fill('2014');
  await page.getByRole('button', { name: '导出多年度表格文件' }).click();
  await expect(page.locator('#range-start-error')).toContainText('年度不能早于2015年');
  await start.fill('2005');
  await end.fill('2035');
  await page.getByRole('button', { name: '生成多年度 PDF' }).click();
  await expect(page.locator('#range-start-error')).toContainText('年度不能早于2015年');
  await start.fill('2015');
  await page.getByRole('button', { name: '生成多年度 PDF' }).click();
  await expect(page.locator('#range-end-error')).toHaveText('一次最多 20 个年度，请缩短范围');
  await expect(page.locator('.range-status')).toBeEmpty();

  await start.fill('2023');
  await end.fill('2026');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成多年度 PDF' }).click();
  const download = await downloading;
  // Named by the range and the day it was made (no name is filled in here, so none is in the file name).
  expect(download.suggestedFilename()).toMatch(/^2023—2026年度继续教育学时自查申报汇总表-\d{8}\.pdf$/);
  const pdf = await readDownloadedPdf(download);
  expect(pdf.text).toContain('2023—2026年度继续教育学时自查申报汇总表');
  // The overview rows: year, 公需, 专业, 合计 (credited/required), status, rule.
  expect(pdf.text).toContain('20230/以当年通知为准40/一般6040/90未达标国家规定');
  expect(pdf.text).toContain('202430/以当年通知为准60/一般6090/90已达标国家规定');
  expect(pdf.text).toContain('202512.5/300/6012.5/90未达标2025年通知');
  expect(pdf.text).toContain('20260/300/600/90');
  expect(pdf.text).toContain('按2025年通知推定');
  for (const title of ['医学影像在线课程', '职业道德网络课程', '心血管疾病新进展在线课程', '数字经济公需课', '基层义诊与健康宣教']) expect(pdf.text).toContain(title);
  for (const year of [2023, 2024, 2025, 2026]) expect(pdf.text).toContain(`${year}年度学时完成情况（单位：学时）`);
  expect(pdf.text).toContain('用人单位审核意见');
  expect(pdf.text).toContain(`第1页/共${pdf.pages}页`);
  expect(pdf.bytes.toString('latin1')).not.toMatch(/\/JavaScript|\/JS\b|\/AA\b|\/OpenAction/);

  // Every page that lists entries repeats the entry table's header.
  const path = await download.path();
  for (let page = 1; page <= pdf.pages; page += 1) {
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(`第${page}页/共${pdf.pages}页`);
    if (/课程|宣教|公需课/.test(text) && /\d{4}-\d{2}-\d{2}/.test(text)) expect(text).toContain('起止日期项目名称学习方式机构学时申报日期审核情况');
  }
  await expect(page.locator('.range-status')).toContainText('已生成');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出多年度表格文件' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('2023—2026年度继续教育学时自查申报汇总表.csv');
  const { readFileSync } = await import('node:fs');
  const raw = readFileSync((await csv.path()) ?? '', 'utf8');
  expect(raw.startsWith('\ufeff年度,项目名称,')).toBe(true);
  const lines = raw.trim().split(/\r\n/);
  expect(lines).toHaveLength(6);
  expect(lines.slice(1).map((line) => line.slice(0, 4))).toEqual(['2023', '2024', '2024', '2025', '2026']);
});
