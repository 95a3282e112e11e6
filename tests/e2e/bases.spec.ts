import { expect, test } from '@playwright/test';
import { BASE_KINDS } from '../../src/core/schemas/base';
import { readSeed } from '../helpers/content';

const names = readSeed().bases.map(([, name]) => name);

test('/bases/ lists the 48 bases in official order and the filter narrows them', async ({ page }) => {
  await page.goto('/bases/');
  const items = page.locator('#bases-list li');
  await expect(items.locator('.base-name')).toHaveText(names);
  await expect(page.getByRole('status')).toHaveText('共 48 家基地');

  await page.getByLabel('类别').selectOption('医院');
  await expect(items.locator('visible=true')).toHaveCount(1);
  await expect(items.locator('visible=true')).toContainText('河南省人民医院');
  await expect(page.getByRole('status')).toHaveText('显示 1 / 48 家基地');

  await page.getByLabel('类别').selectOption('');
  await page.getByLabel('名称包含').fill('洛阳');
  await expect(items.locator('visible=true').locator('.base-name')).toHaveText(['洛阳理工学院', '洛阳师范学院', '洛阳职业技术学院']);

  await page.getByLabel('名称包含').fill('不存在的机构');
  await expect(items.locator('visible=true')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('没有符合条件的基地');

  await page.getByRole('button', { name: '清除' }).click();
  await expect(items.locator('visible=true')).toHaveCount(48);
});

test('searching for a field with an everyday word (护理, 教师) finds the bases named for it, and says how', async ({ page }) => {
  await page.goto('/bases/');
  const items = page.locator('#bases-list li');
  await page.getByLabel('名称包含').fill('护理');
  const medical = names.filter((name) => /医|卫生|护理/.test(name));
  await expect(items.locator('visible=true').locator('.base-name')).toHaveText(medical);
  await expect(page.getByRole('status')).toHaveText(`显示 ${medical.length} / 48 家基地（搜“护理”也会找名称含“医”“卫生”的基地）`);

  await page.getByLabel('名称包含').fill('教师');
  await expect(items.locator('visible=true').locator('.base-name')).toHaveText(names.filter((name) => /师范|教育/.test(name)));
  await expect(page.locator('#bases-text-note')).toContainText('不代表基地的专业范围');
  await expect(page.getByRole('status')).toHaveText(/（搜“教师”也会找名称含“师范”“教育”的基地）$/);
});

test('the search hint says what the page has: no table of words, but an example of a widened search taken from the synonym table', async ({ page }) => {
  await page.goto('/bases/');
  const hint = page.locator('#bases-text-note');
  await expect(hint).not.toContainText(/左边|右边|左侧|右侧/);
  await expect(hint).toContainText('例如：搜“护理”也会找名称含“医”“卫生”的基地。');
  await expect(page.getByLabel('名称包含')).toHaveAccessibleDescription(/搜“护理”也会找/);
});

test('the page says the notice lists the bases by name only, and shows nothing but number, name and the site’s category', async ({ page }) => {
  await page.goto('/bases/');
  await expect(page.getByText('通知附件只列出基地的名称，没有写所在城市、地址或联系方式')).toBeVisible();
  const items = page.locator('#bases-list li');
  await expect(items.locator('.base-name')).toHaveText(names);
  // Each line carries its number, the notice's name and the site's category: nothing else.
  expect(await items.evaluateAll((lines) => lines.filter((line) => line.children.length !== 3).length)).toBe(0);
  for (const kind of await items.locator('.base-kind').allInnerTexts()) expect(BASE_KINDS).toContain(kind);
  const body = await page.locator('main').innerText();
  expect(body).not.toMatch(/电话|地址[:：]|邮箱|\d{3,4}-\d{7,8}|1[3-9]\d{9}/);
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('after typing, the count and the first result are in sight', async ({ page }) => {
    await page.goto('/bases/');
    const field = page.getByLabel('名称包含');
    await field.tap();
    await field.pressSequentially('洛阳');
    const first = page.locator('#bases-list li:visible').first();
    await expect(first).toContainText('洛阳理工学院');
    await expect(page.getByRole('status')).toBeInViewport();
    await expect(first).toBeInViewport();
    await expect(field).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/bases/ is still the complete list, with no dead filter controls', async ({ page }) => {
    await page.goto('/bases/');
    await expect(page.locator('#bases-list li:visible')).toHaveCount(48);
    await expect(page.locator('#bases-filter')).toBeHidden();
  });
});
