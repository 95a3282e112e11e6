import { expect, test, type Page } from '@playwright/test';
import { seedBusyYear } from './busyYearSeed';
import { logPage } from './logPage';
import { overflowingContent } from './overflowChecks';
import { SITE_PAGES } from './sitePages';
import { pinClock, thisYear } from './testClock';

// The seeded year is the current one: the clock is pinned so none of its entries is in the future.
test.beforeEach(async ({ context }) => pinClock(context));

const SCREENS = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;
const TEXT_SIZES = ['标准', '大字'] as const;
const SCHEMES = ['light', 'dark'] as const;

const ready = (page: Page) => expect(page.getByText('正在读取本机数据…')).toHaveCount(0);

test('control: the walker names text cut off by its box, text spilling out of it, a menu too narrow for its option and a page that scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/about/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    // Styles through the CSSOM: the page's CSP refuses style attributes in markup.
    const cut = document.createElement('p');
    cut.className = 'cut';
    cut.textContent = '用人单位审核中的学时用人单位审核中的学时用人单位审核中的学时';
    Object.assign(cut.style, { width: '8em', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' });
    const spill = document.createElement('p');
    spill.className = 'spill';
    spill.textContent = '已申报用人单位审核中已申报用人单位审核中';
    Object.assign(spill.style, { width: '6em', whiteSpace: 'nowrap' });
    const wide = document.createElement('div');
    wide.className = 'wide';
    wide.textContent = '宽';
    wide.style.width = '500px';
    // A table that scrolls in its own box is allowed to be wider than the screen.
    const scroller = document.createElement('div');
    scroller.className = 'scroller';
    scroller.style.overflowX = 'auto';
    const table = document.createElement('p');
    table.className = 'in-scroller';
    table.textContent = '可以横向滚动的宽表格';
    Object.assign(table.style, { width: '900px', whiteSpace: 'nowrap' });
    scroller.append(table);
    // A menu too narrow for the option it shows.
    const menu = document.createElement('select');
    menu.className = 'narrow-menu';
    menu.append(new Option('已申报，用人单位审核中'));
    menu.style.width = '6em';
    main.append(cut, spill, wide, scroller, menu);
  });
  const found = await overflowingContent(page);
  expect(found.some((line) => line.startsWith('p.cut “用人单位审核中') && line.includes('cut off by p.cut'))).toBe(true);
  expect(found.some((line) => line.startsWith('p.spill “已申报') && line.includes('spills out of p.spill'))).toBe(true);
  expect(found.some((line) => line.startsWith('div.wide “宽” reaches past the 360 px viewport'))).toBe(true);
  expect(found.some((line) => line.includes('the page scrolls sideways'))).toBe(true);
  expect(found.some((line) => line.startsWith('select.narrow-menu “已申报，用人单位审核中” is cut short'))).toBe(true);
  expect(found.filter((line) => line.includes('scroller') || line.includes('可以横向滚动'))).toEqual([]);
});

for (const screen of SCREENS) {
  for (const size of TEXT_SIZES) {
    for (const scheme of SCHEMES) {
      test.describe(`${screen.width}×${screen.height}, ${size}, ${scheme}`, () => {
        test.use({ viewport: screen, hasTouch: true, deviceScaleFactor: 2, colorScheme: scheme });
        test.beforeEach(async ({ page }) => {
          if (size === '大字') await page.addInitScript(() => localStorage.setItem('xueshibu:textSize', 'large'));
        });

        test('every page shows all its text inside its boxes and never scrolls sideways', async ({ page }) => {
          test.setTimeout(90_000);
          // The log is walked view by view, with a year of entries, in the next test.
          for (const path of SITE_PAGES.filter((site) => site !== '/log/')) {
            await page.goto(path);
            expect(await page.evaluate(() => document.documentElement.dataset['textSize'] ?? 'standard')).toBe(size === '大字' ? 'large' : 'standard');
            expect.soft(await overflowingContent(page), path).toEqual([]);
          }
        });

        test('every /log/ view of a busy year shows all its text inside its boxes and never scrolls sideways', async ({ page }) => {
          test.setTimeout(90_000);
          const log = logPage(page);
          await log.open();
          await seedBusyYear(page, thisYear);
          const views = [
            { hash: '#progress', shows: page.locator('.years-table__row').nth(1) },
            { hash: '#entries', shows: log.card('急危重症ECMO') },
            { hash: '#declare', shows: page.getByRole('heading', { level: 2 }).first() },
            { hash: '#summary', shows: page.getByRole('heading', { level: 2 }).first() },
            { hash: '#data', shows: page.getByRole('heading', { level: 2 }).first() },
          ];
          for (const view of views) {
            await page.goto(`/log/${view.hash}`);
            await ready(page);
            await expect(page.getByRole('navigation', { name: '学时簿' }).locator('[aria-current="page"]')).toBeVisible();
            await expect(view.shows).toBeVisible();
            expect.soft(await overflowingContent(page), view.hash).toEqual([]);
          }
          // The entry form over the list (a sheet on phones), with a long title typed in.
          await page.goto('/log/#entries');
          await ready(page);
          await log.openForm();
          await log.form.getByLabel('项目名称').fill('急危重症ECMO与CRRT联合应用技术培训（课程编号HNRSJXJY2026ZY000123456）');
          expect(await overflowingContent(page), '记一笔').toEqual([]);
        });
      });
    }
  }
}
