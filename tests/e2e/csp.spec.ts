import { expect, test, type Page } from '@playwright/test';
import { solidPng } from './fixtures';
import { logPage } from './logPage';
import { SITE_PAGES } from './sitePages';

/**
 * Collects Content-Security-Policy violations: from the console (which survives
 * navigation) and from securitypolicyviolation events, read after each step.
 */
async function watchViolations(page: Page): Promise<{ check: () => Promise<void>; all: () => string[] }> {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (event) => store.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  return {
    check: async () => {
      found.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? [])));
    },
    all: () => [...new Set(found)],
  };
}

test('control: the watcher does catch a violation (an injected inline script)', async ({ page }) => {
  const watcher = await watchViolations(page);
  await page.goto('/about/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(async () => {
    await watcher.check();
    return watcher.all().length;
  }).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test('every page carries a strict CSP: no unsafe-inline or unsafe-eval for scripts', async ({ page }) => {
  for (const path of [...SITE_PAGES, '/no-such-page/']) {
    await page.goto(path);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    // Only the search page compiles WebAssembly (Pagefind).
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), path).toBe(path === '/search/');
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("default-src 'self'");
  }
});

test('no CSP violation on any page, in search, the bases filter, or the log’s main flows', async ({ page }) => {
  const watcher = await watchViolations(page);
  for (const path of SITE_PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await watcher.check();
  }
  await page.goto('/search/?q=公需科目');
  await expect(page.locator('#search-results a').first()).toBeVisible();
  await watcher.check();
  await page.goto('/bases/');
  await page.getByLabel('名称包含').fill('郑州');
  await expect(page.getByRole('status').filter({ hasText: '显示' })).toBeVisible();
  await watcher.check();

  const log = logPage(page);
  await log.open();
  await log.add({ title: '应急管理', hours: '5' });
  await log.add({ title: '无效的', hours: '0' });
  await expect(log.form.getByText('学时须大于 0')).toBeVisible();
  await log.card('应急管理').getByRole('button', { name: /凭证（0）/ }).click();
  await log.card('应急管理').getByLabel('选择图片或 PDF').setInputFiles({ name: '证书.png', mimeType: 'image/png', buffer: solidPng(20, 20, [1, 2, 3]) });
  await expect(log.card('应急管理').getByRole('img')).toBeVisible();
  await log.show('汇总表');
  await page.getByLabel('附上凭证图片').selectOption('1');
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  await pdf;
  await log.show('数据');
  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份' }).click();
  await backup;
  await log.show('记录');
  await log.card('应急管理').getByRole('button', { name: /^删除/ }).click();
  await log.toast.getByRole('button', { name: '撤销删除' }).click();
  await expect(log.card('应急管理')).toHaveCount(1);
  await watcher.check();
  expect(watcher.all()).toEqual([]);
});
