import { expect, test, type Page } from '@playwright/test';
import { studyWorkbook } from '../helpers/xlsxCraft';
import { hostileSheets, workbookWith } from '../helpers/hostileSheets';
import { logPage } from './logPage';
import { pinClock, thisYear } from './testClock';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Ticker {
  longestGap: number;
  last: number;
  violations: string[];
}

/** A 20 ms timer in the page, keeping the longest gap between its ticks: a frozen page shows as a long gap. */
async function startTicking(page: Page) {
  await page.evaluate(() => {
    const ticker: Ticker = { longestGap: 0, last: performance.now(), violations: [] };
    (window as unknown as { ticker: Ticker }).ticker = ticker;
    document.addEventListener('securitypolicyviolation', (event) => ticker.violations.push(event.violatedDirective));
    // Measured from the moment the page has the file: handing a test's bytes to the input (a picker does not) blocks the page by itself.
    document.addEventListener(
      'change',
      () => {
        ticker.longestGap = 0;
        ticker.last = performance.now();
      },
      true,
    );
    setInterval(() => {
      const now = performance.now();
      ticker.longestGap = Math.max(ticker.longestGap, now - ticker.last);
      ticker.last = now;
    }, 20);
  });
}
const resetGap = (page: Page) => page.evaluate(() => Object.assign((window as unknown as { ticker: Ticker }).ticker, { longestGap: 0, last: performance.now() }));
const ticker = (page: Page) => page.evaluate(() => (window as unknown as { ticker: Ticker }).ticker);

function choose(page: Page, name: string, bytes: Uint8Array) {
  return page.getByLabel('从表格导入').setInputFiles({ name, mimeType: name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv', buffer: Buffer.from(bytes) });
}

test('hostile spreadsheets are refused or previewed within 3 s while the page keeps ticking, and nothing is stored', async ({ page }) => {
  test.setTimeout(180_000);
  const log = logPage(page);
  await log.open();
  await log.add({ title: '原有的记录', hours: '2' });
  await log.show('数据');
  await startTicking(page);
  const section = page.locator('.data-panel');
  const alert = section.getByRole('alert');
  const preview = page.getByRole('region', { name: '表格导入预览' });
  // The timer sees a freeze: a 300 ms busy loop shows as a gap at least that long.
  await page.evaluate(() => {
    const end = performance.now() + 300;
    while (performance.now() < end);
  });
  await expect.poll(async () => (await ticker(page)).longestGap).toBeGreaterThanOrEqual(300);
  // The same timer with nothing to do, for comparison: on a busy machine it slips too.
  await resetGap(page);
  await page.waitForTimeout(1500);
  const idle = await ticker(page);
  console.log(`idle page: longest gap ${Math.round(idle.longestGap)} ms`);
  for (const sheet of hostileSheets()) {
    await resetGap(page);
    const started = Date.now();
    await choose(page, sheet.name, sheet.bytes);
    if (sheet.refusal !== undefined) {
      await expect(alert, sheet.case).toContainText(sheet.refusal, { timeout: 3000 });
      await expect(alert).toContainText(`无法读取“${sheet.name}”`);
      await expect(preview).toHaveCount(0);
    } else {
      await expect(preview, sheet.case).toContainText(`共 ${sheet.previews} 行`, { timeout: 3000 });
      // The column picker offers no more columns than were read, and never more than the limit.
      expect(await preview.getByLabel('项目名称（必填）').locator('option').count()).toBeLessThanOrEqual(201);
    }
    const elapsed = Date.now() - started;
    const { longestGap } = await ticker(page);
    console.log(`${sheet.case}: ${elapsed} ms to the answer, longest timer gap ${Math.round(longestGap)} ms`);
    expect(elapsed, sheet.case).toBeLessThan(3000);
    // The target is 200 ms (the figures are logged); a shared machine delays even the idle page's timer, so the bound here is
    // what no such delay reaches, but any of these files parsed on the page again would (each froze it for 3 s or more).
    expect(longestGap, sheet.case).toBeLessThan(Math.max(1000, 3 * idle.longestGap));
    if (sheet.previews !== undefined) await preview.getByRole('button', { name: '取消', exact: true }).click();
  }
  await expect(page.getByLabel('从表格导入')).toBeEnabled();
  expect((await ticker(page)).violations).toEqual([]);
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(1);
});

test.describe('a real large workbook', () => {
  test.beforeEach(async ({ context }) => pinClock(context));

  test('10,000 valid rows preview and import in seconds', async ({ page }) => {
    test.setTimeout(120_000);
    const log = logPage(page);
    await log.open();
    await log.show('数据');
    const bytes = studyWorkbook(10_000, thisYear);
    const preview = page.getByRole('region', { name: '表格导入预览' });
    let started = Date.now();
    await choose(page, '全年.xlsx', bytes);
    await expect(preview).toContainText('共 10000 行：可导入 10000 行', { timeout: 10_000 });
    const previewMs = Date.now() - started;
    started = Date.now();
    await preview.getByRole('button', { name: '导入 10000 条有效记录' }).click();
    await expect(preview).toHaveCount(0, { timeout: 20_000 });
    const importMs = Date.now() - started;
    console.log(`10,000-row .xlsx (${Math.round(bytes.byteLength / 1024)} KB): preview ${previewMs} ms, import ${importMs} ms`);
    // The targets are 3 s and 5 s (the figures are logged); the bounds leave room for a shared machine.
    expect(previewMs).toBeLessThan(10_000);
    expect(importMs).toBeLessThan(10_000);
  });
});

test('a long reading shows progress and can be cancelled; nothing is stored and the next file reads', async ({ page }) => {
  test.setTimeout(60_000);
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  // Within every limit, but 15 MB of styled empty cells to read past.
  const padded = workbookWith(`<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c>${'<c s="1"/>'.repeat(1_500_000)}</row><row r="2"><c r="A2" t="inlineStr"><is><t>应急管理</t></is></c></row>`);
  await choose(page, '很长.xlsx', padded);
  const status = page.locator('.sheet-progress');
  await expect(status).toContainText('正在读取表格');
  await status.getByRole('button', { name: '取消读取' }).click();
  await expect(status).toHaveCount(0);
  await expect(page.getByRole('region', { name: '表格导入预览' })).toHaveCount(0);
  await expect(page.getByLabel('从表格导入')).toBeEnabled();
  await choose(page, '学时.csv', new TextEncoder().encode('项目名称,学时\n应急管理,6\n'));
  await expect(page.getByRole('region', { name: '表格导入预览' })).toContainText('共 1 行');
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(0);
});
