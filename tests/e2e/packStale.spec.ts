import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DECLARE_TODAY, declareBackup, restoreBackup } from './declareSeed';
import { logPage } from './logPage';

const PACK = '2025年度申报材料包.zip';
const CSV = '2025年度待申报记录.csv';
/** The summary PDF is named by the year, the person's name when given and the day it was made. */
const PDF = /^2025年度继续教育学时自查申报汇总表(-[^/]+)?-\d{8}\.pdf$/;

/** Taps 生成并下载申报材料包 and reads the zip it hands out: the CSV's text and the PDF's text. */
async function makePack(page: Page): Promise<{ csv: string; pdf: string }> {
  const downloading = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: '生成并下载申报材料包' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(PACK);
  const files = unzipSync(readFileSync((await download.path()) ?? ''));
  const dir = mkdtempSync(join(tmpdir(), 'stale-pack-'));
  writeFileSync(join(dir, 'summary.pdf'), files[Object.keys(files).find((name) => PDF.test(name)) ?? ''] ?? new Uint8Array());
  const pdf = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'summary.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  return { csv: strFromU8(files[CSV] ?? new Uint8Array()), pdf };
}

const csvRow = (csv: string, title: string) => csv.split('\r\n').find((line) => line.includes(title)) ?? '';

test('a pack made, then an entry declared or the name saved, is never handed out again: the made file is dropped with a word and the next tap makes a fresh one', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'canShare', { value: (data: { files?: File[] }) => Array.isArray(data.files) });
    Object.defineProperty(navigator, 'share', { value: async () => undefined });
  });
  await page.clock.setFixedTime(DECLARE_TODAY);
  await restoreBackup(page, declareBackup([]));
  const log = logPage(page);
  await page.goto('/log/#declare');
  await expect(page.getByRole('heading', { name: '2025年度申报助手' })).toBeVisible();
  const panel = page.getByRole('region', { name: '申报材料包' });

  const first = await makePack(page);
  expect(csvRow(first.csv, '院内学术报告')).toContain('待申报');
  // One tap made and downloaded it, and the panel says so: the summary PDF and the table file, no evidence yet.
  await expect(panel.getByRole('status')).toHaveText(new RegExp(`^申报材料包已生成并开始下载（共 2 个文件，\\d+ 千字节）：“${PACK}”`));
  expect(first.pdf).not.toContain('王喆');
  await expect(panel.getByRole('button', { name: '分享申报材料包' })).toBeVisible();

  // An entry declared after making: the made pack is dropped, visibly; nothing offers the old file.
  await page.locator('ol.declare-list > li').filter({ hasText: '院内学术报告' }).getByRole('button', { name: '标记为已申报（今天）' }).click();
  await expect(panel.getByRole('status')).toHaveText('生成之后记录或个人信息有改动，刚才生成的文件已作废，不再提供分享；需要时请重新生成。');
  await expect(panel.getByRole('button', { name: /分享|^下载/ })).toHaveCount(0);
  const second = await makePack(page);
  expect(second.csv).not.toContain('院内学术报告');
  await expect(panel.getByRole('status')).toHaveText(/^申报材料包已生成并开始下载/);

  // The name saved after making: the same.
  await log.show('汇总表');
  await page.getByLabel('姓名').fill('王喆');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await log.show('申报');
  await expect(panel.getByRole('status')).toHaveText(/刚才生成的文件已作废/);
  await expect(panel.getByRole('status')).not.toContainText('已生成并开始下载');
  await expect(panel.getByRole('button', { name: /分享|^下载/ })).toHaveCount(0);
  const third = await makePack(page);
  expect(third.pdf).toContain('王喆');
  expect(third.csv).not.toContain('院内学术报告');
});
