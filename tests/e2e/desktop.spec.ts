import { expect, test } from '@playwright/test';
import { logPage } from './logPage';
import { seedEntries } from './seedEntries';
import { pinClock, thisYear } from './testClock';

// The log on a 1366×768 laptop: the list and the open form side by side, both in use without scrolling the form.
test.beforeEach(async ({ context }) => pinClock(context));
test.use({ viewport: { width: 1366, height: 768 } });

test('记录 with the form open shows five whole entries and 保存 at once, and the tab bar never paints over the card', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await seedEntries(page, thisYear, 20);
  await log.open();
  await log.show('记录');
  await log.openForm();
  const card = page.getByRole('region', { name: `${thisYear}年度概况` });
  const tabs = page.getByRole('navigation', { name: '学时簿' });

  // Scrolled to the list: the card folds, the entries fill the rest of the screen beside the form.
  await log.entryCards.first().evaluate((first) => window.scrollTo(0, first.getBoundingClientRect().top + window.scrollY - 70));
  await expect(card.locator('.status-strip__fold')).toBeVisible();
  const cardBottom = (await card.boundingBox())!.y + (await card.boundingBox())!.height;
  const whole = await log.entryCards.evaluateAll((cards, top) => cards.filter((entry) => {
    const box = entry.getBoundingClientRect();
    return box.top >= top && box.bottom <= window.innerHeight;
  }).length, cardBottom);
  expect(whole).toBeGreaterThanOrEqual(5);
  const save = log.form.getByRole('button', { name: /^保存/ });
  await expect(save).toBeInViewport({ ratio: 1 });
  expect(await save.evaluate((button) => {
    const box = button.getBoundingClientRect();
    return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === button;
  })).toBe(true);

  // A menu of three options is as wide as its words, not the column.
  expect((await page.getByLabel('科目类别', { exact: true }).boundingBox())!.width).toBeLessThan(240);

  for (const y of [0, 200, 400, 500, 600, 800, 1200]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
    const cardBox = (await card.boundingBox())!;
    const tabsBox = (await tabs.boundingBox())!;
    const apart = tabsBox.y >= cardBox.y + cardBox.height || tabsBox.y + tabsBox.height <= cardBox.y;
    const cardOnTop = await card.evaluate((section) => {
      const box = section.getBoundingClientRect();
      return section.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(apart || cardOnTop, `scrolled ${y} px`).toBe(true);
  }
});

test('the site header, the title, the card and the tabs leave most of the screen to the log', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  const tabs = (await page.getByRole('navigation', { name: '学时簿' }).boundingBox())!;
  expect(tabs.y + tabs.height).toBeLessThan(768 * 0.6);
});
