import { expect, test } from '@playwright/test';

const cases = [
  { query: '公需科目', expect: '/guide/public-subjects/' },
  { query: '服务基层', expect: '/guide/professional-subjects/' },
  { query: '河南大学', expect: '/bases/' },
  { query: '结转', expect: '/guide/hours-and-declaration/' },
];

for (const { query, expect: target } of cases) {
  test(`searching “${query}” finds ${target}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('search').getByLabel('搜索本站').fill(query);
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.locator('#search-status')).toContainText('找到');
    const links = page.locator('#search-results a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(target);
    await expect(page.locator('#search-results mark').first()).toBeVisible();
  });
}

test('a query with no match says so plainly', async ({ page }) => {
  await page.goto('/search/?q=zzqqxx');
  await expect(page.locator('#search-status')).toContainText('没有找到');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('an empty search asks for a word', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('#search-status')).toContainText('请输入要查找的词');
});
