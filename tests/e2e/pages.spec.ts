import { expect, test } from '@playwright/test';
import { LOG_VIEWS } from '../../src/islands/app/views';
import { PAGES_WITH_SCRIPT, SITE_PAGES, isSitePath } from './sitePages';

test.describe('every page', () => {
  for (const path of SITE_PAGES) {
    test(`${path} renders in Chinese with one heading, header and footer`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/学时簿/);
      await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
      await expect(page.locator('footer')).toContainText('本站不是政府官方网站');
      const scripts = await page.locator('script').evaluateAll((all) => all.map((script) => script.getAttribute('src') ?? 'inline'));
      // Every page has the service-worker bridge and the 标准 / 大字 switch (src/pageScripts/textSize.js).
      const own = scripts.filter((src) => !/\/_astro\/(BaseLayout\.astro_astro_type_script|textSize\.)/.test(src));
      if ((PAGES_WITH_SCRIPT as readonly string[]).includes(path)) expect(own.length).toBeLessThanOrEqual(2);
      else expect(own, 'content pages ship no JavaScript beyond the service-worker bridge and the text-size switch').toEqual([]);
    });
  }

  test('an unknown address gets the 404 page with ways onward', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到这个页面');
    await expect(page.getByRole('link', { name: '学习指南' }).last()).toBeVisible();
    // The home page leads with a year's figures; the 404 page names no year of its own.
    await expect(page.locator('main a[href="/"]')).toHaveText('首页：年度学时要求与截止日期');
  });
});

test('links and forms reach exactly the known pages, and every internal link and fragment resolves', async ({ page, baseURL }) => {
  const base = baseURL ?? '';
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const fragments: { from: string; path: string; id: string }[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '/';
    const response = await page.goto(path);
    expect(response?.status(), `${path}`).toBe(200);
    const hrefs = await page
      .locator('a[href], form[action]')
      .evaluateAll((targets) => targets.map((target) => target.getAttribute('href') ?? target.getAttribute('action') ?? ''));
    for (const href of hrefs) {
      const url = isSitePath(href, new URL(path, base).href);
      expect(url, `${path} links off-site to ${href}`).toBeDefined();
      if (!url) continue;
      if (url.hash) fragments.push({ from: path, path: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  expect([...seen].sort()).toEqual([...SITE_PAGES].sort());
  for (const { from, path, id } of fragments) {
    if (path === '/log/' && (LOG_VIEWS as readonly string[]).includes(id)) {
      // The log's views are routes of the app, not elements: the link resolves when it opens its view.
      await page.goto(`${path}#${id}`);
      await expect(page.getByRole('navigation', { name: '学时簿' }).locator(`a[href="#${id}"]`), `${from} → ${path}#${id}`).toHaveAttribute('aria-current', 'page');
      continue;
    }
    await page.goto(path);
    expect(await page.locator(`[id="${id}"]`).count(), `${from} → ${path}#${id}`).toBe(1);
  }
});
