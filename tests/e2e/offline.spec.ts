import { expect, test, type Page } from '@playwright/test';
import { logPage } from './logPage';
import { readDownloadedPdf } from './pdfReader';
import { SITE_PAGES } from './sitePages';

async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit online, every page, the search, the 404 page, the log and the PDF work offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await expect(page.locator('#app-status')).toContainText('已可离线使用');

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toContainText('学时');
  await expect(page.locator('#net-status')).toContainText('当前处于离线状态');

  for (const path of SITE_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
  }

  await page.goto('/search/?q=服务基层');
  await expect(page.locator('#search-results a').first()).toBeVisible();

  await page.goto('/no-such-page/');
  await expect(page.locator('h1')).toHaveText('找不到这个页面');

  const log = logPage(page);
  await log.open();
  await log.add({ title: '离线时记下的课程', hours: '3', platform: true });
  await expect(log.card('离线时记下的课程')).toHaveCount(1);
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 3 / 30 学时');
  await page.reload();
  await expect(log.card('离线时记下的课程')).toHaveCount(1);

  await log.show('汇总表');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const pdf = await readDownloadedPdf(await downloading);
  expect(pdf.text).toContain('离线时记下的课程');
});

test.describe('control: without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the same site does not load offline, so the offline test cannot pass by accident', async ({ page, context }) => {
    await page.goto('/');
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow();
  });
});

test('Chromium finds the app installable', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const session = await context.newCDPSession(page);
  const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ lang: 'zh-CN', short_name: '学时簿', display: 'standalone', start_url: '/log/', scope: '/' });
});
