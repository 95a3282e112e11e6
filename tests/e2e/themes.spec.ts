import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { logPage } from './logPage';
import { SITE_PAGES } from './sitePages';
import { pinClock, thisYear } from './testClock';

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));

// The light and the dark theme (src/styles/tokens.css): axe clean in both, and a
// full-page screenshot of each in the report for a person to look at.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

async function violations(page: Page, disabledRules: string[] = []) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).disableRules(disabledRules).analyze();
  return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

/** The page's background colour as the browser computed it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

for (const scheme of SCHEMES) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test(`/ has no WCAG A/AA violations (${scheme})`, async ({ page }, testInfo) => {
      await page.goto('/');
      expect(await background(page)).toBe(scheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(255, 255, 255)');
      expect(await violations(page)).toEqual([]);
      await attachScreenshot(page, testInfo, `home-${scheme}.png`);
    });

    test(`/bases/ has no WCAG A/AA violations (${scheme})`, async ({ page }) => {
      await page.goto('/bases/');
      expect(await violations(page)).toEqual([]);
    });

    test(`/log/ empty has no WCAG A/AA violations (${scheme})`, async ({ page }, testInfo) => {
      const log = logPage(page);
      await log.open();
      expect(await violations(page)).toEqual([]);
      await attachScreenshot(page, testInfo, `log-empty-${scheme}.png`);
    });

    test(`/log/ with entries, warnings and the summary has no WCAG A/AA violations (${scheme})`, async ({ page }, testInfo) => {
      const log = logPage(page);
      await log.open();
      await log.add({ title: '数字技术与网络安全', hours: '30', platform: true });
      await expect(log.progress('公需科目')).toContainText('已达标');
      await log.add({
        title: '临床新技术研修班',
        kind: '专业科目',
        way: '研修培训',
        start: `${thisYear}-01-04`,
        end: `${thisYear}-01-04`,
        hours: '24',
        provider: '河南省人民医院',
        declare: { status: '已申报，用人单位审核中', declaredOn: `${thisYear}-01-05` },
      });
      await expect(log.card('临床新技术研修班')).toContainText('已申报，用人单位审核中');
      await log.add({ title: '绿色低碳知识', kind: '专业科目', start: `${thisYear}-01-06`, end: `${thisYear}-01-06`, hours: '4' });
      await log.add({
        title: '医疗质量安全培训',
        kind: '专业科目',
        start: `${thisYear}-01-04`,
        end: `${thisYear}-01-04`,
        hours: '6',
        declare: { status: '被退回', declaredOn: `${thisYear}-01-05`, returnedBy: '用人单位', returnedOn: `${thisYear}-01-07`, reason: '缺少考核证明' },
      });
      await expect(log.entryCards).toHaveCount(4);
      await log.show('进度');
      await expect(page.locator('.badge').first()).toBeVisible();
      // The save notice (the snackbar) is still shown: axe checks it too.
      await expect(page.locator('.toast--shown')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await attachScreenshot(page, testInfo, `log-entries-${scheme}.png`);

      // The print view on screen: a white sheet with black text in either theme.
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await log.show('汇总表');
      await page.getByRole('button', { name: '网页版打印', exact: true }).click();
      const sheet = page.getByRole('article', { name: `${thisYear}年度继续教育学时自查申报汇总表` });
      await expect(sheet).toContainText('临床新技术研修班');
      const colours = () => sheet.evaluate((node) => ({ color: getComputedStyle(node).color, background: getComputedStyle(node).backgroundColor }));
      expect(await colours()).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
      expect(await violations(page)).toEqual([]);
      await attachScreenshot(page, testInfo, `log-summary-${scheme}.png`);

      // Printing (the PDF's own pages, drawn as SVG) stays black on white whatever the theme.
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      await expect(sheet).toBeHidden();
      const printedText = page.locator('.print-page text').first();
      await expect(printedText).toBeVisible();
      expect(await printedText.evaluate((node) => getComputedStyle(node).fill)).toBe('rgb(0, 0, 0)');
      expect(await background(page)).toBe('rgb(255, 255, 255)');
    });
  });
}

// The light theme of every page is a11y.spec.ts; here the dark one of the pages not covered above.
for (const path of [...SITE_PAGES.filter((page) => !['/', '/log/', '/bases/'].includes(page)), '/search/?q=公需科目']) {
  test(`dark theme: ${path} has no WCAG A/AA violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    if (path.startsWith('/search/?')) await expect(page.locator('#search-results mark').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
