import { expect, test } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { solidPng } from './fixtures';
import { logPage } from './logPage';
import { readDownloadedPdf } from './pdfReader';

test('evidence that does not decode (restored from an older backup) is named in the PDF and on screen; the rest is still made', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '职业道德讲座', hours: '6' });
  await log.card('职业道德讲座').getByRole('button', { name: /凭证（0）/ }).click();
  await log.card('职业道德讲座').getByLabel('选择图片或 PDF').setInputFiles({ name: '证书.png', mimeType: 'image/png', buffer: solidPng(300, 200, [30, 90, 160]) });
  await expect(log.card('职业道德讲座').getByRole('button', { name: /凭证（1）/ })).toBeVisible();

  // A backup holding a second "photo": a PNG signature and then nothing a decoder can read.
  await log.show('数据');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份' }).click();
  const files = unzipSync(new Uint8Array(readFileSync((await (await downloading).path()) ?? '')));
  const manifest = JSON.parse(new TextDecoder().decode(files['backup.json']));
  const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8]);
  manifest.evidence.push({ ...manifest.evidence[0], id: 'broken-1', name: '损坏的证书.png', size: broken.byteLength, path: 'evidence/broken-1', addedAt: '2030-01-01T00:00:00.000Z' });
  files['evidence/broken-1'] = broken;
  files['backup.json'] = strToU8(JSON.stringify(manifest));
  await page.getByLabel('从备份恢复').setInputFiles({ name: 'old.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(files)) });
  await page.getByRole('region', { name: '恢复预览' }).getByRole('button', { name: '用备份替换全部' }).click();
  await log.show('记录');
  await expect(log.card('职业道德讲座').getByRole('button', { name: /凭证（2）/ })).toBeVisible();

  await log.show('汇总表');
  await page.getByLabel('附上凭证图片').selectOption('1');
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const pdf = await readDownloadedPdf(await pdfDownload);
  expect(pdf.text).toContain('凭证：职业道德讲座（证书.png）');
  expect(pdf.text).toContain('凭证：职业道德讲座（损坏的证书.png）');
  expect(pdf.text).toContain('此凭证图片无法解码，未能放入本PDF');
  await expect(page.locator('.summary-status')).toContainText('以下凭证图片无法解码，未能放入 PDF（PDF 中已注明）：凭证：职业道德讲座（损坏的证书.png）。');
  await expect(page.locator('.summary-panel')).not.toContainText('could not be decoded');
});
