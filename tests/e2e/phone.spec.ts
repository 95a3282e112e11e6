import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './sitePages';

for (const path of SITE_PAGES) {
  test(`phone: ${path} fits the screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const navLinks = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
    for (const box of await navLinks.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height))) {
      expect(box, 'tap targets are at least 24px tall').toBeGreaterThanOrEqual(24);
    }
  });
}
