import { expect, test } from '@playwright/test';
import { logPage } from './logPage';
import { readDownloadedPdf } from './pdfReader';

// Requests must reach page.route: the service worker would otherwise answer from its cache.
test.use({ serviceWorkers: 'block' });

test('the font is fetched only once the summary panel is seen, and the PDF made from it reads back', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.ttf')) fontRequests.push(request.url());
  });
  const log = logPage(page);
  await log.open();
  await page.waitForTimeout(1500);
  expect(fontRequests, 'the font must not load with the page').toEqual([]);

  // Opening 汇总表 puts the panel on screen: the font is fetched before any tap.
  const fontLoaded = page.waitForRequest(/NotoSansSC-Regular\.ttf$/);
  await log.show('汇总表');
  await fontLoaded;
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const pdf = await readDownloadedPdf(await downloading);
  expect(pdf.text).toContain('年度继续教育学时自查申报汇总表');
  expect(fontRequests).toHaveLength(1);
});

test('a stale tab whose PDF worker script is gone offers a reload instead of an English error', async ({ page }) => {
  await page.route(/\/_astro\/pdfWorker[-.][^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  const log = logPage(page);
  await log.open();
  await log.show('汇总表');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const alert = page.locator('.summary-panel').getByRole('alert');
  await expect(alert).toContainText('网站已更新，请刷新页面（未保存的内容会保留）');
  await expect(alert.getByRole('button', { name: '刷新页面' })).toBeVisible();
  await expect(page.locator('.summary-panel')).not.toContainText('Failed');
});
