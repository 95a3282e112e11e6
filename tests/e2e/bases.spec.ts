import { expect, test } from '@playwright/test';
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
  await expect(page.getByRole('status')).toHaveText(`显示 ${medical.length} / 48 家基地（“护理”也查找名称含“医”“卫生”的基地）`);

  await page.getByLabel('名称包含').fill('教师');
  await expect(items.locator('visible=true').locator('.base-name')).toHaveText(names.filter((name) => /师范|教育/.test(name)));
  await expect(page.locator('#bases-text-note')).toContainText('不代表基地的专业范围');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/bases/ is still the complete list, with no dead filter controls', async ({ page }) => {
    await page.goto('/bases/');
    await expect(page.locator('#bases-list li:visible')).toHaveCount(48);
    await expect(page.locator('#bases-filter')).toBeHidden();
  });
});
