import { expect, test } from '@playwright/test';
import { logPage } from './logPage';
import { waitForServiceWorker, waitUntilKept } from './offlineReady';
import { readDownloadedPdf } from './pdfReader';

test('pages read online open again offline, a search made online works offline, and an unknown address gets the 404 page', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await expect(page.locator('#app-status')).toContainText('已可离线阅读');
  await waitUntilKept(page);
  await page.goto('/policy/2025/');
  await expect(page.locator('h1')).toHaveCount(1);
  await page.goto('/search/?q=服务基层');
  await expect(page.locator('#search-results a').first()).toBeVisible();

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('学时');
  await expect(page.locator('#net-status')).toContainText('当前离线');
  const response = await page.goto('/policy/2025/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);

  await page.goto('/search/?q=服务基层');
  await expect(page.locator('#search-results a').first()).toBeVisible();

  // A page never read online is not a wrong address: offline, the fallback page says so.
  await page.goto('/no-such-page/');
  await expect(page.locator('h1')).toHaveText('这一页还没有存到本机');
  await expect(page.getByRole('link', { name: '学习指南' }).last()).toBeVisible();
});

test('after the log is opened once online and says its offline files are ready, it records and makes the PDF offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  const log = logPage(page);
  await log.open();
  await waitForServiceWorker(page);
  await log.show('数据');
  await expect(page.locator('.offline-ready')).toHaveText(/^离线使用所需文件已准备好/, { timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
  await expect(page.locator('#net-status')).toContainText('当前离线');
  await log.show('进度');
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

test('the 数据 view says plainly when the offline files could not be downloaded, and the next visit tries again', async ({ page, context }) => {
  test.setTimeout(60_000);
  // The font is the one file only the log needs: refusing it leaves the offline files incomplete.
  // context.route also sees what the service worker fetches.
  await context.route('**/fonts/*.ttf', (route) => route.abort());
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  await expect(page.locator('.offline-ready')).toContainText('没有下载完整', { timeout: 30_000 });
  await expect(page.locator('.offline-ready')).toContainText('下次打开本页时会自动重试');

  await context.unroute('**/fonts/*.ttf');
  await page.reload();
  await log.show('数据');
  await expect(page.locator('.offline-ready')).toHaveText(/^离线使用所需文件已准备好/, { timeout: 30_000 });
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
