import { expect, test, type Page } from '@playwright/test';
import { logPage } from './logPage';

/** Half past midnight on the last day of 2026, Beijing time: the day is 12-31 on the device. */
const NIGHT = new Date('2026-12-31T00:30:00+08:00');

/** How many entries the log's database holds, read straight from IndexedDB. */
function storedEntries(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('xueshibu');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

test('a spreadsheet row completed after today is refused at import with the words the form shows for that date, and nothing is stored', async ({ page }) => {
  await page.clock.setFixedTime(NIGHT);
  const log = logPage(page);
  await log.open();

  // The form first: a completion on 2027-01-02 is refused at its field.
  await log.add({ title: '还没学完的课', start: '2027-01-02', end: '2027-01-02', hours: '6' });
  const formError = log.form.locator('#entry-endDate-error');
  await expect(formError).toBeVisible();
  const formWords = (await formError.innerText()).trim();
  expect(formWords).toContain('完成日期在今天之后');
  expect(await storedEntries(page)).toBe(0);

  await log.show('数据');
  const sheet = ['项目名称,科目类别,学习方式,开始日期,完成日期,学时', '还没学完的课,专业科目,研修培训,2027-01-02,2027-01-02,6'].join('\r\n');
  await page.getByLabel('从表格导入').setInputFiles({ name: '学时.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${sheet}`, 'utf8') });
  const preview = page.getByRole('region', { name: '表格导入预览' });
  await expect(preview).toContainText('共 1 行：可导入 0 行，有误 1 行');
  await expect(preview.getByRole('list', { name: '有误的行' })).toHaveText(`第 2 行：${formWords}`);
  await expect(preview.getByRole('button', { name: '导入 0 条有效记录' })).toBeDisabled();
  expect(await storedEntries(page)).toBe(0);

  await log.show('记录');
  await expect(log.entryCards).toHaveCount(0);
});

test('a title longer than 200 characters is refused at its field, never cut short without a word', async ({ page }) => {
  await page.clock.setFixedTime(NIGHT);
  const log = logPage(page);
  await log.open();
  await log.add({ title: '长'.repeat(500), start: '2026-12-01', end: '2026-12-01', hours: '6' });
  await expect(log.form.locator('#entry-title-error')).toHaveText('项目名称不能超过 200 字');
  expect(await storedEntries(page)).toBe(0);
});
