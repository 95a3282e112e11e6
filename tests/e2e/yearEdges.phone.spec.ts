import { expect, test, type Page } from '@playwright/test';
import { logPage } from './logPage';

// The year's edges as a newcomer sees them on a phone half an hour into the last day of 2026:
// 2025 is closed, 2024 rests on the national rule alone.
test.use({ viewport: { width: 390, height: 844 } });

const NOW = new Date('2026-12-31T00:30:00+08:00');

const row = (page: Page, year: number) => page.locator(`.years-table__row[data-year="${year}"]`);

async function openLog(page: Page) {
  await page.clock.setFixedTime(NOW);
  const log = logPage(page);
  await log.open();
  return log;
}

async function chooseYear(page: Page, year: number) {
  await logPage(page).chooseYear(year);
}

test('a year without records here is 无记录 in the 历年概览, never 未达标', async ({ page }) => {
  const log = await openLog(page);
  await log.add({ title: '护理安全管理在线课程', kind: '专业科目', way: '在线学习', start: '2026-05-10', end: '2026-05-10', hours: '12', platform: true });
  await chooseYear(page, 2026);
  await log.show('进度');
  await expect(row(page, 2025)).toContainText('无记录');
  await expect(row(page, 2025)).toContainText('本机没有这一年的记录');
  await expect(row(page, 2025)).not.toContainText('未达标');
});

test('a national-rule year at 公需 35 + 专业 55 is met on its 90 total, not 未达标', async ({ page }) => {
  const log = await openLog(page);
  await log.add({ title: '职业道德网络课程', start: '2024-03-01', end: '2024-03-01', hours: '35', platform: true });
  await log.add({ title: '心血管疾病新进展在线课程', kind: '专业科目', way: '在线学习', start: '2024-06-01', end: '2024-06-01', hours: '55', platform: true });
  await chooseYear(page, 2024);
  await log.show('进度');
  await expect(row(page, 2024)).toContainText('已达标');
  await expect(row(page, 2024)).toContainText('国家规定');
  await expect(row(page, 2024)).not.toContainText('未达标');
  await expect(row(page, 2024)).toContainText('已计入 55 学时 / 一般不少于 60 学时');
  // The dashboard shows the two thirds as the rule's general ratio, and the year as met.
  await expect(page.locator('.status__label')).toHaveText('已达标');
  await expect(log.progress('专业科目')).toContainText('专业科目一般不少于三分之二');
});

test('a closed year states what it lacked; its 申报 view says the window has closed and takes only a real date', async ({ page }) => {
  const log = await openLog(page);
  await log.add({ title: '急危重症护理研修班', kind: '专业科目', way: '研修培训', start: '2025-06-01', end: '2025-06-01', hours: '20' });
  await chooseYear(page, 2025);
  await log.show('进度');
  await expect(page.locator('.status__headline')).toHaveText('未达标：申报截止日期已过，已计入 0 学时，要求 90 学时，差 90 学时；未申报的 20 学时本站不计入2025年度（本站理解）。');
  await expect(page.locator('.status-strip__message')).not.toContainText('还需学习');

  await log.show('申报');
  const closed = page.getByTestId('declare-closed');
  await expect(closed).toContainText('2025年度的学时申报已于2025年12月31日截止（2025年通知二（三））');
  await expect(closed.getByRole('link', { name: '查看通知原文' })).toHaveAttribute('href', '/policy/2025/#s2-3');
  await expect(page.getByText('逐条在河南省专业技术人员公共服务平台申报下列学时')).toHaveCount(0);
  const item = page.locator('.declare-item').filter({ hasText: '急危重症护理研修班' });
  await expect(item.getByRole('button', { name: '标记为已申报（今天）' })).toHaveCount(0);

  await item.getByRole('button', { name: '申报卡' }).click();
  const date = item.getByLabel('申报日期');
  await expect(date).toHaveValue('');
  // Nothing is stored without a real date.
  await item.getByRole('button', { name: '标记为已申报', exact: true }).click();
  await expect(item.getByRole('alert')).toHaveText('请填写真实的日期，格式如 2025-11-28');
  await date.fill('2026-12-30');
  await item.getByRole('button', { name: '标记为已申报', exact: true }).click();
  await expect(log.toast).toContainText('逾期申报，本站不计入2025年度（本站理解）');
  await log.show('进度');
  await expect(page.locator('.status__headline')).toContainText('另有 20 学时逾期申报，本站不计入2025年度');
});
