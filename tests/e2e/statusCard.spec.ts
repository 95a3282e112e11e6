import { expect, test, type Locator, type Page } from '@playwright/test';
import { logPage } from './logPage';
import { brokenFigures } from './readableChecks';
import { seedEntries } from './seedEntries';
import { pinClock, thisYear } from './testClock';

// The sticky status card folds to one line once the page scrolls, on the smallest phones, in both
// text sizes and both themes; the year menu and 记一笔 keep their words whole in 大字.
test.beforeEach(async ({ context }) => pinClock(context));

const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;

/** Whether a box's text runs past its edge (cut, or drawn outside it). */
const spills = (locator: Locator) => locator.evaluate((element) => element.scrollWidth > element.clientWidth + 1);

/** Whether the menu is narrower than the browser would draw it with only the chosen option: then its words are cut. */
function menuCut(select: Locator) {
  return select.evaluate((element: HTMLSelectElement) => {
    const alone = element.cloneNode(false) as HTMLSelectElement;
    alone.removeAttribute('id');
    alone.append(element.selectedOptions[0]!.cloneNode(true));
    alone.style.maxWidth = 'none';
    alone.style.position = 'absolute';
    element.after(alone);
    const needed = alone.getBoundingClientRect().width;
    alone.remove();
    return needed > element.getBoundingClientRect().width + 1;
  });
}

async function openLog(page: Page, size: '标准' | '大字', scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  if (size === '大字') await page.addInitScript(() => localStorage.setItem('xueshibu:textSize', 'large'));
  const log = logPage(page);
  await log.open();
  await seedEntries(page, thisYear, 20);
  await log.open();
  await log.show('记录');
  return log;
}

for (const phone of PHONES) {
  for (const size of ['标准', '大字'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test.describe(`${phone.width}×${phone.height} ${size} ${scheme}`, () => {
        test.use({ viewport: phone, isMobile: true, hasTouch: true });

        test('the card folds to one uncut line once the page scrolls, and a tap opens the whole headline', async ({ page }) => {
          await openLog(page, size, scheme);
          const card = page.getByRole('region', { name: `${thisYear}年度概况` });
          const headline = card.locator('.status-strip__headline');
          const fullHeadline = await headline.innerText();
          expect(fullHeadline).toMatch(/。$/);

          await page.mouse.wheel(0, 900);
          const fold = card.locator('.status-strip__fold');
          await expect(fold).toBeVisible();
          await expect(fold).toHaveAttribute('aria-expanded', 'false');
          await expect(headline).toBeHidden();
          const box = await card.boundingBox();
          expect(box!.y).toBeLessThanOrEqual(1);
          expect(box!.height).toBeLessThanOrEqual(phone.height * 0.15);
          await expect(fold).toContainText(/(有风险|进行中)/);
          await expect(fold).toContainText(/还需学习 \d+(\.\d+)? 学时/);
          expect(await spills(fold)).toBe(false);
          for (const part of await fold.locator('span').all()) expect(await spills(part)).toBe(false);
          expect(await brokenFigures(page)).toEqual([]);

          await fold.tap();
          await expect(fold).toHaveAttribute('aria-expanded', 'true');
          await expect(headline).toHaveText(fullHeadline);
          expect(await headline.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
          await expect(card.getByText('合计')).toBeVisible();

          // The keyboard folds it again.
          await fold.focus();
          await page.keyboard.press('Enter');
          await expect(fold).toHaveAttribute('aria-expanded', 'false');
          await expect(headline).toBeHidden();
        });

        test('at the top the year menu and 记一笔 show their words whole', async ({ page }) => {
          await openLog(page, size, scheme);
          const menu = page.getByLabel('年度', { exact: true });
          await expect(menu).toHaveText(/共记录/);
          expect(await menuCut(menu)).toBe(false);
          const add = page.getByRole('button', { name: /^记一笔/ });
          await expect(add).toContainText('记一笔');
          expect(await spills(add)).toBe(false);
          for (const link of await page.getByRole('navigation', { name: '学时簿' }).getByRole('link').all()) expect(await spills(link)).toBe(false);
          // The card at the top is whole: its headline is not cut short either.
          const headline = page.locator('.status-strip__headline');
          expect(await headline.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
        });
      });
    }
  }
}
