import { expect, test } from '@playwright/test';
import { logPage } from './logPage';

test('unsaved profile text survives a save in this tab and in another tab', async ({ page, context }) => {
  const log = logPage(page);
  await log.open();
  await log.show('汇总表');
  await page.getByLabel('工作单位').fill('郑州市第一人民医院');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存')).toBeVisible();
  await page.getByLabel('姓名').fill('李华');
  await page.getByLabel('职称').fill('主治医师');
  await log.add({ title: '应急管理培训', hours: '8' });
  await expect(log.entryCards).toHaveCount(1);
  await expect(page.getByLabel('姓名')).toHaveValue('李华');
  await expect(page.getByLabel('职称')).toHaveValue('主治医师');

  const other = await context.newPage();
  const second = logPage(other);
  await second.open();
  await second.add({ title: '临床路径研修', kind: '专业科目', way: '研修培训', hours: '16' });
  await second.show('汇总表');
  await other.getByLabel('工作单位').fill('河南省人民医院');
  await other.getByRole('button', { name: '保存个人信息' }).click();
  await expect(log.entryCards).toHaveCount(2);
  await log.show('汇总表');
  // The field nobody was editing here follows the other tab's save; the ones being typed stay.
  await expect(page.getByLabel('工作单位')).toHaveValue('河南省人民医院');
  await expect(page.getByLabel('姓名')).toHaveValue('李华');
  await expect(page.getByLabel('职称')).toHaveValue('主治医师');
  await other.close();
});

test('unsaved profile text is kept across a reload (the update and stale-tab offers say so), and cleared once saved', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('汇总表');
  await page.getByLabel('工作单位').fill('郑州市第一人民医院');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存')).toBeVisible();
  await page.getByLabel('姓名').fill('李华');
  // The draft is in this tab's session storage before the reload, as it would be for anyone typing by hand.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('xueshibu:profile-draft'))).toContain('李华');
  await page.reload();
  await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
  await expect(page.getByLabel('姓名')).toHaveValue('李华');
  await expect(page.getByLabel('工作单位')).toHaveValue('郑州市第一人民医院');
  await page.getByLabel('姓名').fill('');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存')).toBeVisible();
  await page.reload();
  await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
  await expect(page.getByLabel('工作单位')).toHaveValue('郑州市第一人民医院');
  await expect(page.getByLabel('姓名')).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.getItem('xueshibu:profile-draft'))).toBeNull();
});

test('while the profile holds unsaved edits, the summary says it uses the saved details; saving clears the word', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('汇总表');
  const unsaved = page.getByText('个人信息有未保存的修改');
  await expect(page.getByRole('button', { name: '生成 PDF' })).toBeVisible();
  await expect(unsaved).toHaveCount(0);
  await page.getByLabel('姓名').fill('张晓燕');
  await expect(unsaved).toBeVisible();
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存')).toBeVisible();
  await expect(unsaved).toHaveCount(0);
});
