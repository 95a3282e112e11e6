import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_RECOGNISED_MESSAGE } from '../../src/core/certificate/extractFields';
import { certificateReaderText as text } from '../../src/i18n/certificateReader';
import { ROOT } from '../helpers/content';
import { formFields, stored } from './certificateForm';
import { logPage } from './logPage';
import { waitForServiceWorker } from './offlineReady';

/**
 * 从证书识别 as a person uses it on a phone: a photo of a sealed certificate
 * fills the form, the person checks and saves, the photo is kept with the
 * entry; after that first use it reads offline; a photo of something else
 * changes nothing; a digital PDF needs no download. Nothing goes to another
 * origin and the page's CSP is never broken.
 */

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'certificates');
interface Expected {
  fields: { title: string; startDate: string; endDate: string; hours: string; provider: string; notes: string };
}
const expected = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Expected;
const READER = '[data-certificate-reader]';

/** Requests to any other origin, and CSP violations, from the moment the page opens. */
async function watch(page: Page, site: string) {
  const elsewhere: string[] = [];
  const origin = new URL(site).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') elsewhere.push(request.url());
  });
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    elsewhere,
    violations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

async function settled(page: Page, timeout = 120_000): Promise<string> {
  const reader = page.locator(READER);
  await expect(reader).toHaveAttribute('data-state', /^(consent|done|nothing|failed)$/, { timeout });
  return (await reader.getAttribute('data-state')) ?? '';
}

test('a sealed certificate photo fills the form, checked and saved with the photo attached; offline after the first use; a landscape changes nothing', async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  const watcher = await watch(page, baseURL ?? '');
  const log = logPage(page);
  await log.open();
  await waitForServiceWorker(page);
  await log.openForm();
  const form = log.form;
  const photo = expected('photo-sealed').fields;

  const blank: Record<string, string> = {};
  for (const label of ['项目名称', '开始日期', '完成日期', '学时', '机构', '备注']) blank[label] = await form.getByLabel(label, { exact: true }).inputValue();
  await form.getByLabel('从证书识别').setInputFiles(join(FIXTURES, 'photo-sealed.jpg'));
  expect(await settled(page)).toBe('consent');
  // The size is stated before anything is fetched.
  await expect(page.locator(READER)).toContainText(/首次使用需下载约 \d+(\.\d)? 兆字节识别数据，之后可离线使用/);
  await page.getByRole('button', { name: text.download }).click();
  expect(await settled(page)).toBe('done');
  await expect(page.locator(READER)).toContainText(/已根据证书填写 \d+ 项/);

  // What the photo says, each filled field marked for checking; a field the engine was unsure of stays as it was, never wrong.
  let filled = 0;
  for (const [label, value] of [
    ['项目名称', photo.title],
    ['开始日期', photo.startDate],
    ['完成日期', photo.endDate],
    ['学时', photo.hours],
    ['机构', photo.provider],
    ['备注', photo.notes],
  ] as const) {
    const field = form.getByLabel(label, { exact: true });
    if ((await field.getAttribute('data-recognised')) === 'true') {
      filled += 1;
      await expect(field, label).toHaveValue(value);
      await expect(field, label).toHaveAccessibleDescription(new RegExp(text.checkMark));
    } else {
      expect(await field.inputValue(), label).toBe(blank[label]);
    }
  }
  // The photo's name, dates and 学时 are what the reading is for: on this photo they are read.
  expect(filled).toBeGreaterThanOrEqual(4);
  await expect(form.getByLabel('项目名称')).toHaveAttribute('data-recognised', 'true');
  await expect(page.getByText(text.attachNote('photo-sealed.jpg'))).toBeVisible();
  // The person checks: a field touched loses its mark.
  await form.getByLabel('项目名称').fill(`${photo.title}（线下）`);
  await expect(form.getByLabel('项目名称')).not.toHaveAttribute('data-recognised', 'true');
  expect(await stored(page)).toEqual({ entries: 0, evidence: 0, evidenceData: 0 });

  await form.getByRole('button', { name: /^保存/ }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(`${photo.title}（线下）`).first()).toBeVisible();
  expect(await stored(page)).toEqual({ entries: 1, evidence: 1, evidenceData: 1 });

  // Offline, after the first use: the same photo reads again with no download.
  await context.setOffline(true);
  await log.openForm();
  await form.getByLabel('从证书识别').setInputFiles(join(FIXTURES, 'photo-sealed.jpg'));
  expect(await settled(page)).toBe('done');
  await expect(form.getByLabel('项目名称')).toHaveValue(photo.title);

  // A photo with no certificate in it: said so, and not one field changes.
  await form.getByRole('button', { name: '清空' }).click();
  const before = await formFields(page);
  await form.getByLabel('从证书识别').setInputFiles(join(FIXTURES, 'landscape.jpg'));
  expect(await settled(page)).toBe('nothing');
  await expect(page.locator(READER)).toContainText(NOT_RECOGNISED_MESSAGE.slice(0, 10));
  expect(await formFields(page)).toEqual(before);
  await context.setOffline(false);

  expect(watcher.elsewhere).toEqual([]);
  expect(await watcher.violations()).toEqual([]);
});

test('a digital certificate PDF is read from its text, with no download asked', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const watcher = await watch(page, baseURL ?? '');
  const log = logPage(page);
  await log.open();
  await log.openForm();
  const pdf = expected('digital').fields;
  await log.form.getByLabel('从证书识别').setInputFiles(join(FIXTURES, 'digital.pdf'));
  expect(await settled(page, 60_000)).toBe('done');
  await expect(log.form.getByLabel('项目名称')).toHaveValue(pdf.title);
  await expect(log.form.getByLabel('开始日期')).toHaveValue(pdf.startDate);
  await expect(log.form.getByLabel('学时', { exact: true })).toHaveValue(pdf.hours);
  await expect(log.form.getByLabel('机构')).toHaveValue(pdf.provider);
  await expect(log.form.getByLabel('备注')).toHaveValue(pdf.notes);
  // Read in workers: the page's own policy still has no 'wasm-unsafe-eval'.
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy).not.toContain('wasm-unsafe-eval');
  expect(watcher.elsewhere).toEqual([]);
  expect(await watcher.violations()).toEqual([]);
});

test('a certificate added to a saved entry offers to fill the entry’s empty fields, and is not kept twice', async ({ page }) => {
  test.setTimeout(120_000);
  const log = logPage(page);
  await log.open();
  const pdf = expected('digital').fields;
  await log.add({ title: pdf.title, start: pdf.startDate, end: pdf.endDate, hours: pdf.hours });
  await page.getByRole('button', { name: `${pdf.title}的凭证（0）` }).click();
  await page.getByLabel('选择图片或 PDF').setInputFiles(join(FIXTURES, 'digital.pdf'));
  await page.getByRole('button', { name: text.fillGaps('digital.pdf', ['机构', '备注']) }).click();
  await expect(log.form).toBeVisible();
  expect(await settled(page, 60_000)).toBe('done');
  await expect(log.form.getByLabel('机构')).toHaveValue(pdf.provider);
  await expect(log.form.getByLabel('机构')).toHaveAttribute('data-recognised', 'true');
  await expect(log.form.getByLabel('备注')).toHaveValue(pdf.notes);
  await expect(log.form.getByLabel('项目名称')).toHaveValue(pdf.title);
  await log.form.getByRole('button', { name: /^保存/ }).click();
  await expect(log.form).toBeHidden();
  expect(await stored(page)).toEqual({ entries: 1, evidence: 1, evidenceData: 1 });
});
