import { expect, test } from '@playwright/test';
import { logPage } from './logPage';

// Requests must reach page.route: the service worker would otherwise answer from its cache.
test.use({ serviceWorkers: 'block' });

const STALE = '网站已更新，请刷新页面（未保存的内容会保留）';

test('a stale tab whose export chunk is gone offers a reload, and the reload works', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '应急管理培训', hours: '8' });
  // What an update applied in another tab leaves behind: the old build's chunks answer 404.
  await log.show('数据');
  await page.route(/\/_astro\/dataActions\.[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.getByRole('button', { name: '导出备份' }).click();
  const alert = page.locator('.data-panel').getByRole('alert');
  await expect(alert).toContainText(STALE);
  await expect(alert).not.toContainText('Failed');
  await expect(page.getByRole('button', { name: '导出备份' })).toBeEnabled();
  await page.unroute(/\/_astro\/dataActions\.[^/]+\.js$/);
  await alert.getByRole('button', { name: '刷新页面' }).click();
  await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(1);
  await expect(page.locator('.data-panel').getByRole('alert')).toHaveCount(0);
});

test('a stale tab whose PDF chunk is gone offers a reload instead of an English error', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '应急管理培训', hours: '8' });
  await log.show('汇总表');
  await page.route(/\/_astro\/makeSummaryPdf\.[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const alert = page.locator('.summary-panel').getByRole('alert');
  await expect(alert).toContainText(STALE);
  await expect(alert.getByRole('button', { name: '刷新页面' })).toBeVisible();
});

test('a lazily loaded panel whose chunk is gone offers the reload in its place', async ({ page }) => {
  await page.route(/\/_astro\/DataPanel\.[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/log/#data');
  const alert = page.getByRole('alert').filter({ hasText: STALE });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: '刷新页面' })).toBeVisible();
  await expect(page.getByText('Failed to fetch')).toHaveCount(0);
});
