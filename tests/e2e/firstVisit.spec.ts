import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/staticServer.mjs';
import { ROOT } from '../helpers/content';

/**
 * What a reader pays on mobile data, counted over the wire: the build served
 * gzipped as a real host serves it, every response counted, including what the
 * service worker fetches after the page has loaded.
 */
const FIRST_VISIT_BUDGET = 300 * 1024;
const FONT = '/fonts/NotoSansSC-Regular.ttf';
/** Long enough for anything the worker would still fetch after answering. */
const QUIET_MS = 3000;

let server: Awaited<ReturnType<typeof serveStatic>>;

// Each test waits for the worker's idle start and a quiet spell after it.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  server = await serveStatic(join(ROOT, 'dist'));
  server.precompress();
});

test.afterAll(async () => {
  await server.close();
});

/** Waits until the worker controls the page and has answered that the page and its files are kept. */
async function settle(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['offlineFiles']), { timeout: 30_000 }).toBe('ready');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(QUIET_MS);
}

function costSince(from: number) {
  const responses = server.sent.slice(from);
  const total = responses.reduce((sum, item) => sum + item.bytes, 0);
  const detail = responses.map((item) => `${item.path} ${item.bytes}`).join('\n');
  return { responses, total, detail };
}

for (const path of ['/', '/policy/2025/', '/bases/']) {
  test(`a first visit of ${path} costs at most 300 KB, and the page then reloads offline`, async ({ page, context }) => {
    const from = server.sent.length;
    await page.goto(`${server.url}${path}`);
    await settle(page);
    const cost = costSince(from);
    test.info().annotations.push({ type: 'bytes', description: `${path}: ${cost.total} bytes in ${cost.responses.length} responses` });
    expect(cost.total, cost.detail).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    expect(cost.responses.map((item) => item.path)).not.toContain(FONT);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('#net-status')).toContainText('当前离线');
    // Styled, not bare HTML: the page's stylesheet was kept with it.
    await expect(page.locator('.site-header')).toHaveCSS('display', /^(?!inline$)/);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  });
}

test('opening the log downloads what it needs offline once, the PDF font included, and no more on the next visit', async ({ page }) => {
  await page.goto(`${server.url}/policy/2025/`);
  await settle(page);
  const from = server.sent.length;
  await page.goto(`${server.url}/log/`);
  await settle(page);
  const kit = costSince(from);
  test.info().annotations.push({ type: 'bytes', description: `/log/ with its offline files: ${kit.total} bytes in ${kit.responses.length} responses` });
  expect(kit.responses.filter((item) => item.path === FONT)).toHaveLength(1);

  const again = server.sent.length;
  await page.reload();
  await settle(page);
  const second = costSince(again);
  expect(second.responses.map((item) => item.path)).not.toContain(FONT);
  expect(second.total, second.detail).toBeLessThan(100 * 1024);
});
