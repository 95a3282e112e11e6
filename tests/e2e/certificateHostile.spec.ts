import { expect, test, type Page } from '@playwright/test';
import { jsPDF } from 'jspdf';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_RECOGNISED_MESSAGE } from '../../src/core/certificate/extractFields';
import { OCR_ROOT } from '../../src/core/certificate/ocr/ocrFiles';
import { READ_MAX_WORDS } from '../../src/core/certificate/readableFile';
import { certificateReaderText as text } from '../../src/i18n/certificateReader';
import { PDF_PAGES_READ } from '../../src/islands/certificate/pdfReading';
import { ROOT } from '../helpers/content';
import { formFields, stored } from './certificateForm';
import { logPage } from './logPage';
import { pinClock, thisYear } from './testClock';

/**
 * 从证书识别 given what a person's phone may hold besides a certificate, or a
 * certificate that is broken: each gets a message at the control, the form's
 * every field stays as it was, and nothing is stored. Every input is made here.
 */

const READER = '[data-certificate-reader]';
/** The chi_sim data as the build serves it: its path and its size. */
const OCR_FOLDER = `${OCR_ROOT}${readdirSync(join(ROOT, 'dist', OCR_ROOT)).find((name) => name.startsWith('tesseract-'))}/`;
const LANGUAGE_PATH = `${OCR_FOLDER}chi_sim.traineddata`;
const LANGUAGE_BYTES = statSync(join(ROOT, 'dist', LANGUAGE_PATH)).size;

const CERTIFICATE_LINES = [
  '学时证明',
  '姓名：张三',
  `项目名称：${thisYear}年度专业技术人员公需科目培训`,
  '学时：24学时',
  `培训时间：${thisYear}年3月5日至${thisYear}年3月7日`,
  '施教机构：郑州大学',
  '证书编号：HN2026-0305',
];

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

const NOTHING_STORED = { entries: 0, evidence: 0, evidenceData: 0 };

/** Opens the log's entry form with the person's own typing in it, so "unchanged" means something. */
async function openFormWithTyping(page: Page) {
  const log = logPage(page);
  await log.open();
  await log.show('记录');
  await log.openForm();
  await log.form.getByLabel('项目名称').fill('我自己写的名称');
  await log.form.getByLabel('学时', { exact: true }).fill('3');
  return log;
}

const choose = (page: Page, name: string, bytes: Buffer | Uint8Array, mimeType: string) =>
  page.locator(`${READER} input[type=file]`).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });

const readerState = (page: Page) => page.locator(READER).getAttribute('data-state');

/** Waits for the reading to stop; agrees to the one-time download when asked. */
async function settle(page: Page, timeout = 60_000): Promise<string> {
  const final = /^(done|nothing|failed)$/;
  await expect.poll(() => readerState(page), { timeout }).toMatch(/^(consent|done|nothing|failed)$/);
  if ((await readerState(page)) === 'consent') {
    await page.locator(READER).getByRole('button', { name: text.download }).click();
    await expect.poll(() => readerState(page), { timeout }).toMatch(final);
  }
  return (await readerState(page)) as string;
}

/** A file made in the page (canvas, no committed fixture) handed to the control as a picker would: bytes never cross to the test. */
async function chooseMadeInPage(page: Page, name: string, make: 'truncatedJpeg' | 'hugeJpeg' | 'certificatePng', lines: string[] = []): Promise<number> {
  return page.evaluate(
    async ({ selector, name, make, lines }) => {
      const blobOf = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
        new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), type, quality));
      const canvas = document.createElement('canvas');
      let blob: Blob;
      if (make === 'hugeJpeg') {
        // 10,000 × 10,000: mostly white paper with a few dark lines.
        canvas.width = 10_000;
        canvas.height = 10_000;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, 10_000, 10_000);
        context.fillStyle = '#111';
        for (let y = 1500; y < 8500; y += 1200) context.fillRect(1200, y, 7600, 160);
        blob = await blobOf(canvas, 'image/jpeg', 0.8);
      } else {
        canvas.width = 1600;
        canvas.height = 1100;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, 1600, 1100);
        context.fillStyle = '#000';
        context.font = '56px sans-serif';
        lines.forEach((line, index) => context.fillText(line, 120, 150 + index * 120));
        if (make === 'certificatePng') blob = await blobOf(canvas, 'image/png');
        // A JPEG cut off after its first 2 KB, as a failed transfer leaves it.
        else blob = (await blobOf(canvas, 'image/jpeg', 0.9)).slice(0, 2048);
      }
      canvas.width = 0;
      canvas.height = 0;
      const input = document.querySelector<HTMLInputElement>(`${selector} input[type=file]`) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], name, { type: blob.type || 'image/jpeg' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return blob.size;
    },
    { selector: READER, name, make, lines },
  );
}

function certificatePdf(pages: number): Buffer {
  const font = readFileSync(join(ROOT, 'public', 'fonts', 'NotoSansSC-Regular.ttf')).toString('binary');
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  doc.addFileToVFS('NotoSansSC-Regular.ttf', font);
  doc.addFont('NotoSansSC-Regular.ttf', 'NotoSansSC', 'normal');
  doc.setFont('NotoSansSC', 'normal');
  doc.setFontSize(16);
  CERTIFICATE_LINES.forEach((line, index) => doc.text(line, 72, 120 + index * 32));
  for (let page = 2; page <= pages; page += 1) {
    doc.addPage();
    doc.text(`附件：课程学习记录 第 ${page} 页`, 72, 120);
  }
  return Buffer.from(doc.output('arraybuffer'));
}

function passwordPdf(): Buffer {
  const doc = new jsPDF({ encryption: { userPassword: 'secret', ownerPassword: 'owner', userPermissions: ['print'] } });
  doc.text('Certificate of completion: 24 hours', 20, 20);
  return Buffer.from(doc.output('arraybuffer'));
}

test('a 0-byte file, a text file named .jpg, a corrupt PDF, a password-protected PDF and a 70 MB file: a message at the control, the form unchanged, nothing stored', async ({ page }) => {
  test.setTimeout(120_000);
  await openFormWithTyping(page);
  const reader = page.locator(READER);
  const corruptPdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 73 + 11) % 256))]);
  const cases: { name: string; bytes: Buffer; type: string; message: string }[] = [
    { name: '空白.jpg', bytes: Buffer.alloc(0), type: 'image/jpeg', message: text.empty('空白.jpg') },
    { name: '证书.jpg', bytes: Buffer.from('这是一段文字，不是证书的照片。\n'.repeat(20)), type: 'image/jpeg', message: text.notCertificateType('证书.jpg') },
    { name: '损坏的证书.pdf', bytes: corruptPdf, type: 'application/pdf', message: text.notPdf('损坏的证书.pdf') },
    { name: '加密证书.pdf', bytes: passwordPdf(), type: 'application/pdf', message: text.pdfPassword('加密证书.pdf') },
  ];
  for (const file of cases) {
    const before = await formFields(page);
    await choose(page, file.name, file.bytes, file.type);
    expect(await settle(page, 30_000), file.name).toBe('failed');
    await expect(reader.getByRole('alert'), file.name).toHaveText(file.message);
    expect(await formFields(page), file.name).toEqual(before);
    await expect(page.locator('form.entry-form [data-recognised="true"]')).toHaveCount(0);
    // Nothing offered to attach either: no file is kept with the entry.
    await expect(reader.getByRole('button', { name: text.dropAttachment })).toHaveCount(0);
    expect(await stored(page), file.name).toEqual(NOTHING_STORED);
  }

  // A 70 MB "photo" (a JPEG start, then zeros), over the reading limit: refused by its size before anything reads it.
  const before = await formFields(page);
  const hugeName = '七十兆的照片.jpg';
  const hugeSize = await page.evaluate(
    ({ selector, name }) => {
      const bytes = new Uint8Array(70 * 1024 * 1024);
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      const input = document.querySelector<HTMLInputElement>(`${selector} input[type=file]`) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'image/jpeg' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return bytes.length;
    },
    { selector: READER, name: hugeName },
  );
  expect(await settle(page, 30_000)).toBe('failed');
  await expect(reader.getByRole('alert')).toHaveText(text.tooLarge(hugeName, hugeSize, READ_MAX_WORDS));
  expect(await formFields(page)).toEqual(before);
  expect(await stored(page)).toEqual(NOTHING_STORED);
  await expect(page.locator('form.entry-form').getByLabel('项目名称')).toHaveValue('我自己写的名称');
});

test(`a PDF of 40 pages: only the first ${PDF_PAGES_READ} are read, the note says so, nothing is stored before 保存`, async ({ page }) => {
  test.setTimeout(120_000);
  const log = logPage(page);
  await log.open();
  await log.show('记录');
  await log.openForm();
  const pdf = certificatePdf(40);
  await choose(page, '学时证明（40页）.pdf', pdf, 'application/pdf');
  expect(await settle(page)).toBe('done');
  const reader = page.locator(READER);
  await expect(reader.getByText(text.pagesRead(PDF_PAGES_READ, 40))).toBeVisible();
  await expect(log.form.getByLabel('项目名称')).toHaveValue(`${thisYear}年度专业技术人员公需科目培训`);
  await expect(log.form.getByLabel('学时', { exact: true })).toHaveValue('24');
  expect(await log.form.locator('[data-recognised="true"]').count()).toBeGreaterThan(1);
  expect(await stored(page)).toEqual(NOTHING_STORED);
});

test('photos that are not whole: a truncated JPEG gets a message; a 100-megapixel image is read without freezing the page', async ({ page }) => {
  test.setTimeout(300_000);
  await openFormWithTyping(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const reader = page.locator(READER);

  // The first photo asks for the one-time download; agreeing fetches it and reads.
  const before = await formFields(page);
  await chooseMadeInPage(page, '截断的照片.jpg', 'truncatedJpeg', CERTIFICATE_LINES);
  const truncated = await settle(page, 120_000);
  console.log(`truncated JPEG → ${truncated}: ${await reader.innerText()}`);
  expect(['failed', 'nothing']).toContain(truncated);
  await expect(reader.getByRole('alert')).toHaveText(truncated === 'failed' ? text.notImage('截断的照片.jpg') : NOT_RECOGNISED_MESSAGE);
  expect(await formFields(page)).toEqual(before);
  expect(await stored(page)).toEqual(NOTHING_STORED);

  // 10,000 × 10,000 pixels. While it is read, the page keeps answering.
  await page.evaluate(() => {
    const ticks = { longestGap: 0, last: performance.now() };
    (window as unknown as { ticks: typeof ticks }).ticks = ticks;
    setInterval(() => {
      const now = performance.now();
      ticks.longestGap = Math.max(ticks.longestGap, now - ticks.last);
      ticks.last = now;
    }, 20);
  });
  const hugeBytes = await chooseMadeInPage(page, '一亿像素.jpg', 'hugeJpeg');
  const started = Date.now();
  await page.evaluate(() => Object.assign((window as unknown as { ticks: { longestGap: number; last: number } }).ticks, { longestGap: 0, last: performance.now() }));
  let longestAnswer = 0;
  let answers = 0;
  while (!/^(done|nothing|failed)$/.test((await readerState(page)) ?? '') && Date.now() - started < 60_000) {
    if ((await readerState(page)) === 'consent') await reader.getByRole('button', { name: text.download }).click();
    const asked = Date.now();
    await page.evaluate(() => document.querySelector('form.entry-form') !== null);
    longestAnswer = Math.max(longestAnswer, Date.now() - asked);
    answers += 1;
    await page.waitForTimeout(200);
  }
  const state = await readerState(page);
  const elapsed = Date.now() - started;
  const { longestGap } = await page.evaluate(() => (window as unknown as { ticks: { longestGap: number } }).ticks);
  console.log(`100-megapixel image (${hugeBytes} bytes) → ${state} in ${elapsed} ms; ${answers} round trips, longest ${longestAnswer} ms; longest timer gap in the page ${Math.round(longestGap)} ms`);
  expect(['done', 'nothing']).toContain(state);
  expect(elapsed).toBeLessThan(60_000);
  expect(answers).toBeGreaterThan(0);
  expect(longestAnswer).toBeLessThan(1000);
  expect(longestGap).toBeLessThan(1000);
  if (state === 'nothing') {
    await expect(reader.getByRole('alert')).toHaveText(NOT_RECOGNISED_MESSAGE);
    expect(await formFields(page)).toEqual(before);
  }
  expect(await stored(page)).toEqual(NOTHING_STORED);
});

test('an interrupted first download: the retry message and 重试; after retrying the reading completes, and nothing of the broken file is kept', async ({ page, context }) => {
  test.setTimeout(300_000);
  const log = logPage(page);
  await log.open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await log.show('记录');
  await log.openForm();
  const reader = page.locator(READER);
  let cut = 0;
  await context.route(
    `**${LANGUAGE_PATH}`,
    async (route) => {
      cut += 1;
      await route.abort('connectionreset');
    },
    { times: 1 },
  );
  const keptLanguage = () =>
    page.evaluate(async (path) => {
      const response = await caches.match(path, { ignoreVary: true });
      return response ? (await response.arrayBuffer()).byteLength : null;
    }, LANGUAGE_PATH);

  const before = await formFields(page);
  await chooseMadeInPage(page, '证书照片.png', 'certificatePng', CERTIFICATE_LINES);
  await expect.poll(() => readerState(page), { timeout: 60_000 }).toBe('consent');
  await reader.getByRole('button', { name: text.download }).click();
  await expect.poll(() => readerState(page), { timeout: 120_000 }).toBe('failed');
  expect(cut).toBe(1);
  await expect(reader.getByRole('alert')).toHaveText(text.downloadFailed);
  await expect(reader.getByRole('button', { name: text.retry })).toBeVisible();
  expect(await formFields(page)).toEqual(before);
  expect(await keptLanguage()).toBeNull();

  await reader.getByRole('button', { name: text.retry }).click();
  await expect.poll(() => readerState(page), { timeout: 180_000 }).toMatch(/^(done|nothing)$/);
  console.log(`after the retry: ${await readerState(page)}; ${await reader.innerText()}`);
  await expect(reader.getByRole('button', { name: text.retry })).toHaveCount(0);
  const kept = await keptLanguage();
  console.log(`the language data kept after the retry: ${kept ?? 'none'} of ${LANGUAGE_BYTES} bytes`);
  expect(kept === null || kept === LANGUAGE_BYTES, `kept ${kept} of ${LANGUAGE_BYTES} bytes`).toBe(true);
  expect(await stored(page)).toEqual(NOTHING_STORED);
});

test('a first download cut short but answered as complete (a proxy, a captive portal): 重试 fetches the whole file again, the short copy is not kept', async ({ page, context }) => {
  test.setTimeout(300_000);
  const log = logPage(page);
  await log.open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await log.show('记录');
  await log.openForm();
  const reader = page.locator(READER);
  const whole = readFileSync(join(ROOT, 'dist', LANGUAGE_PATH));
  await context.route(`**${LANGUAGE_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: whole.subarray(0, whole.length >> 1) }), { times: 1 });
  const keptLanguage = () =>
    page.evaluate(async (path) => {
      const response = await caches.match(path, { ignoreVary: true });
      return response ? (await response.arrayBuffer()).byteLength : null;
    }, LANGUAGE_PATH);

  await chooseMadeInPage(page, '证书照片.png', 'certificatePng', CERTIFICATE_LINES);
  await expect.poll(() => readerState(page), { timeout: 60_000 }).toBe('consent');
  await reader.getByRole('button', { name: text.download }).click();
  await expect.poll(() => readerState(page), { timeout: 120_000 }).toBe('failed');
  await expect(reader.getByRole('alert')).toHaveText(text.downloadFailed);
  // The service worker may still be writing its copy as the page gives up: allow it a moment, then no short copy may remain.
  await expect.poll(async () => [null, LANGUAGE_BYTES].includes(await keptLanguage()), { timeout: 10_000 }).toBe(true);

  await reader.getByRole('button', { name: text.retry }).click();
  await expect.poll(() => readerState(page), { timeout: 180_000 }).toMatch(/^(done|nothing)$/);
  const kept = await keptLanguage();
  expect(kept === null || kept === LANGUAGE_BYTES, `kept ${kept} of ${LANGUAGE_BYTES} bytes`).toBe(true);
});

test(`a scanned PDF of 5 pages (pictures, no text): its first ${PDF_PAGES_READ} pages are read as images, and the notes say so`, async ({ page }) => {
  test.setTimeout(300_000);
  await openFormWithTyping(page);
  // The certificate drawn in the page, then put as a picture on every page of a PDF made here.
  const picture = await page.evaluate((lines) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1100;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1600, 1100);
    context.fillStyle = '#000';
    context.font = '56px sans-serif';
    lines.forEach((line, index) => context.fillText(line, 120, 150 + index * 120));
    return canvas.toDataURL('image/jpeg', 0.9);
  }, CERTIFICATE_LINES);
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape' });
  for (let number = 1; number <= 5; number += 1) {
    if (number > 1) doc.addPage();
    doc.addImage(picture, 'JPEG', 20, 20, 800, 550);
  }
  const before = await formFields(page);
  await choose(page, '扫描件.pdf', Buffer.from(doc.output('arraybuffer')), 'application/pdf');
  const state = await settle(page, 180_000);
  const reader = page.locator(READER);
  console.log(`scanned PDF → ${state}: ${await reader.innerText()}`);
  expect(['done', 'nothing']).toContain(state);
  await expect(reader.getByText(text.scanned)).toBeVisible();
  await expect(reader.getByText(text.pagesRead(PDF_PAGES_READ, 5))).toBeVisible();
  // The person's own typing stays whatever the reading found.
  await expect(page.locator('form.entry-form').getByLabel('项目名称')).toHaveValue('我自己写的名称');
  if (state === 'nothing') expect(await formFields(page)).toEqual(before);
  expect(await stored(page)).toEqual(NOTHING_STORED);
});
