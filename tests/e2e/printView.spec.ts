import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { logPage } from './logPage';
import { readDownloadedPdf } from './pdfReader';
import { seedEntries } from './seedEntries';
import { pinClock, thisYear } from './testClock';

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));

const work = mkdtempSync(join(tmpdir(), 'xueshibu-print-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A PDF's pages as text (poppler), one string per page, whitespace removed; and its page size in points. */
function readPdfPages(bytes: Buffer, name: string): { pages: string[]; size: string } {
  const file = join(work, name);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ''));
  const size = /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
  return { pages, size };
}

/** The jsPDF summary's page count, read back from the download. */
async function jsPdfPages(page: Page): Promise<number> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  return (await readDownloadedPdf(await downloading)).pages;
}

for (const count of [8, 200]) {
  test(`the print view of ${count} entries prints the PDF's pages: same count, A4, no blank page, headers on every page`, async ({ page }) => {
    test.setTimeout(90_000);
    const log = logPage(page);
    await log.open();
    await seedEntries(page, thisYear, count);
    await log.show('汇总表');
    const expected = await jsPdfPages(page);

    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: '网页版打印', exact: true }).click();
    await expect(page.getByRole('article', { name: `${thisYear}年度继续教育学时自查申报汇总表` })).toBeVisible();
    const printedBytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const printed = readPdfPages(printedBytes, `print-${count}.pdf`);
    console.log(`${count} entries: jsPDF ${expected} pages, print view ${printed.pages.length} pages`);

    expect(printed.pages.length, 'printed pages').toBe(expected);
    // A4 portrait: 210 × 297 mm is 595.3 × 841.9 pt.
    const [width = 0, height = 0] = printed.size.split(' x ').map(Number);
    expect(Math.abs(width - 595.3)).toBeLessThan(1);
    expect(Math.abs(height - 841.9)).toBeLessThan(1);
    printed.pages.forEach((text, index) => {
      expect(text, `page ${index + 1} is not blank`).not.toBe('');
      expect(text, `page ${index + 1} numbered as in the PDF`).toContain(`第${index + 1}页/共${expected}页`);
      if (index === 0) expect(text, 'the seeded entries are printed').toContain('继续教育课程');
      // An entry table continued on this page repeats its header row.
      if (text.includes('继续教育课程')) expect(text, `page ${index + 1} header row`).toContain('项目名称');
    });
    if (count === 200) expect(expected).toBeGreaterThan(3);
  });
}

test('the multi-year print view prints the same pages as the multi-year PDF', async ({ page }) => {
  test.setTimeout(90_000);
  // 2026 is the current year whatever the real date, so the 2023–2026 range is valid.
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00+08:00'));
  const log = logPage(page);
  await log.open();
  for (const [year, count] of [[2023, 12], [2024, 40], [2025, 5], [2026, 30]] as const) await seedEntries(page, year, count);
  await expect(page.locator('.years-table__row')).toHaveCount(4);
  await page.getByLabel('起始年度').fill('2023');
  await page.getByLabel('截止年度').fill('2026');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成多年度 PDF' }).click();
  const expected = (await readDownloadedPdf(await downloading)).pages;

  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: '多年度网页版打印' }).click();
  await expect(page.locator('.print-pages svg').first()).toBeAttached();
  const printed = readPdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }), 'print-range.pdf');
  console.log(`2023–2026 record (87 entries): jsPDF ${expected} pages, print view ${printed.pages.length} pages`);
  expect(printed.pages.length).toBe(expected);
  printed.pages.forEach((text, index) => expect(text, `page ${index + 1}`).toContain(`第${index + 1}页/共${expected}页`));
});
