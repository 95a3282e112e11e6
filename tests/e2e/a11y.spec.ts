import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SITE_PAGES } from './sitePages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

for (const path of [...SITE_PAGES, '/no-such-page/', '/search/?q=公需科目']) {
  test(`axe: ${path} has no WCAG A/AA violations`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/search/?')) await expect(page.locator('#search-results li').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('axe: /bases/ filtered down to nothing has no violations', async ({ page }) => {
  await page.goto('/bases/');
  await page.getByLabel('名称包含').fill('不存在的机构');
  await expect(page.getByRole('status')).toContainText('没有符合条件的基地');
  expect(await violations(page)).toEqual([]);
});

test('keyboard: the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/guide/faq/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
