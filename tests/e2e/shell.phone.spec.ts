import { expect, test, type Page } from '@playwright/test';
import { logPage } from './logPage';

// The nurse's phone of issue 15: 390×844, touch.
test.use({ viewport: { width: 390, height: 844 } });

const form = (page: Page) => page.locator('form.entry-form');

/** Buttons and links a person could tap right now: on screen and not under anything else. */
async function tappableBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], select, input, textarea')]
      .filter((element) => !element.closest('.toast'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight)
      .filter(({ element, box }) => {
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit !== null && (hit === element || element.contains(hit));
      })
      .map(({ element, box }) => ({
        name: element.textContent?.trim() || element.getAttribute('aria-label') || element.tagName,
        statusLine: element.matches('.status-strip__fold'),
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
      })),
  );
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('the simplest entry takes at most 5 taps plus its title and 学时, and focus lands on the saved row', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  let taps = 0;
  const tap = async (locator: ReturnType<Page['locator']>) => {
    taps += 1;
    await locator.tap();
  };
  await tap(page.getByRole('button', { name: /^记一笔/ }));
  await expect(form(page)).toBeVisible();
  await tap(form(page).getByLabel('项目名称'));
  await page.keyboard.type('急救知识更新');
  await tap(form(page).getByLabel('学时', { exact: true }));
  await page.keyboard.type('4');
  await tap(form(page).getByRole('button', { name: /^保存/ }));
  expect(taps).toBeLessThanOrEqual(5);

  await expect(form(page)).toBeHidden();
  const saved = log.card('急救知识更新');
  await expect(saved).toBeFocused();
  await expect(saved).toContainText('4 学时');
  await expect(log.toast).toContainText('已保存“急救知识更新”');
});

test('a toast never covers a button a person could tap before it appeared', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  for (const title of ['甲', '乙', '丙']) await log.add({ title, hours: '2' });
  await expect(log.entryCards).toHaveCount(3);
  await page.getByRole('button', { name: '关闭提示' }).tap();
  await expect(log.toast).toBeEmpty();

  const order = await page.locator('.entry-card__title').allInnerTexts();
  const index = order.indexOf('乙');
  const neighbour = order[index + 1] ?? order[index - 1] ?? '';
  const before = await tappableBoxes(page);
  await log.card('乙').getByRole('button', { name: /^删除/ }).tap();
  await expect(log.toast).toContainText('已删除');
  const toast = await log.toast.boundingBox();
  if (!toast) throw new Error('the toast is not on screen');
  // Scrolled down, the sentence takes the folded status line's own place (the line comes back when it goes), as it
  // takes the headline's when the card is open: that line is replaced, not covered; every other button stays clear.
  const covered = before.filter((box) => overlaps(box, toast) && !box.statusLine);
  expect(covered, 'buttons under the toast').toEqual([]);
  await expect(page.locator('.status-strip__fold')).toBeHidden();
  // Deleting moves focus to the next row as shown, not to the top of the page.
  await expect(log.card(neighbour)).toBeFocused();
  await log.toast.getByRole('button', { name: '撤销删除' }).tap();
  await expect(log.entryCards).toHaveCount(3);
});

test('the entry sheet closes with the back button and with Esc, and views have their own addresses', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await page.getByRole('button', { name: /^记一笔/ }).tap();
  await expect(form(page)).toBeVisible();
  await expect(page).toHaveURL(/#entries$/);
  await page.goBack();
  await expect(form(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: /年度记录$/ })).toBeVisible();

  await page.getByRole('button', { name: /^记一笔/ }).tap();
  await expect(form(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form(page)).toBeHidden();

  await log.show('数据');
  await expect(page).toHaveURL(/#data$/);
  await expect(page.getByRole('heading', { name: '备份与导入导出' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: /年度记录$/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: /年度进度$/ })).toBeVisible();

  // A deep link opens its view; an anchor that names no view (the skip link's #main) leaves the open view as it is.
  await page.goto('/about/');
  await page.goto('/log/#summary');
  await expect(page.getByRole('heading', { name: /汇总表$/ })).toBeVisible();
  await page.evaluate(() => (location.hash = '#main'));
  await expect(page.getByRole('heading', { name: /汇总表$/ })).toBeVisible();
  // Opened afresh with a hash that names no view, the log starts on its first view.
  await page.goto('/about/');
  await page.goto('/log/#nonsense');
  await expect(page.getByRole('heading', { name: /年度进度$/ })).toBeVisible();
});

test('再记一条类似的 starts a new entry from an earlier one, dated today and not declared', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '院内护理讲座', kind: '专业科目', way: '研修培训', hours: '3', provider: '某市护理学会', start: '2026-03-02', end: '2026-03-02' });
  await log.card('院内护理讲座').getByRole('button', { name: /^再记一条/ }).tap();
  await expect(form(page).getByLabel('项目名称')).toHaveValue('院内护理讲座');
  await expect(form(page).getByLabel('学时', { exact: true })).toHaveValue('3');
  await expect(form(page).getByLabel('机构')).toHaveValue('某市护理学会');
  await expect(form(page).getByLabel('申报进度')).toHaveValue('notDeclared');
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await expect(form(page).getByLabel('完成日期')).toHaveValue(today);
});
