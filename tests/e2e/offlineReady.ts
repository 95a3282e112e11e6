import { expect, type Page } from '@playwright/test';

/** The service worker controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The page script records on <html> when the worker has kept this page and its files (for /log/: the whole kit, the PDF font included). */
export async function waitUntilKept(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['offlineFiles']), { timeout: 30_000 }).toBe('ready');
}
