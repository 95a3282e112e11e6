import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { logPage } from './logPage';
import { seedEntries } from './seedEntries';
import { pinClock, thisYear } from './testClock';

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));

// Every view of the log on the nurse's phone (390×844, touch), in both themes and both text sizes:
// axe finds nothing, and a screenshot of each goes into the report for a person to look at.
test.use({ viewport: { width: 390, height: 844 } });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const VIEWS = ['进度', '记录', '申报', '汇总表', '数据'] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const size of ['standard', 'large'] as const) {
    test(`every view: axe clean and a screenshot (${scheme}, ${size === 'large' ? '大字' : '标准'})`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((value) => localStorage.setItem('xueshibu:textSize', value), size);
      const log = logPage(page);
      await log.open();
      await seedEntries(page, thisYear, 12);
      await log.open();
      await log.add({ title: '院内护理质量讲座', kind: '专业科目', way: '研修培训', start: `${thisYear}-01-04`, end: `${thisYear}-01-04`, hours: '6' });
      await log.add({
        title: '急救技能培训',
        kind: '专业科目',
        way: '实践操作',
        start: `${thisYear}-01-05`,
        end: `${thisYear}-01-05`,
        hours: '8',
        declare: { status: '被退回', declaredOn: `${thisYear}-01-06`, returnedBy: '用人单位', returnedOn: `${thisYear}-01-08`, reason: '证书照片模糊' },
      });
      if (size === 'large') await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      else await expect(page.locator('html')).not.toHaveAttribute('data-text-size', 'large');
      for (const view of VIEWS) {
        await log.show(view);
        await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
        await expect(page.locator('.log-view:not([hidden])').getByRole('heading', { level: 2 }).first()).toBeVisible();
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), view).toEqual([]);
        await testInfo.attach(`${view}-${scheme}-${size}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      }
    });
  }
}
