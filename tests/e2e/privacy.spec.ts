import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './sitePages';

test('no page, search included, sends a request to any origin but the site’s own', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  for (const path of [...SITE_PAGES, '/search/?q=河南大学']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
