import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cameraJpeg, DECLARE_TODAY, declareBackup, jpegSize, paddedPdf, restoreBackup, type SeedEvidence } from './declareSeed';
import { TECHNICAL_WORDS } from '../helpers/plainWords';
import { solidPng } from './fixtures';
import { waitForServiceWorker, waitUntilKept } from './offlineReady';
import { primaryText } from './primaryText';

const MB = 1024 * 1024;
const PHONE = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };

const declareView = (page: Page) => page.locator('section.declare');
const rows = (page: Page) => declareView(page).locator('ol.declare-list > li');
const row = (page: Page, title: string) => rows(page).filter({ hasText: title });

async function openDeclare(page: Page) {
  await page.goto('/log/#declare');
  await expect(page.getByRole('heading', { name: '2025年度申报助手' })).toBeVisible();
}

/** Sets the device's today, then restores the seed backup (a full page load of /log/) and opens #declare. */
async function seed(page: Page, evidence: SeedEvidence[] = []) {
  await page.clock.setFixedTime(DECLARE_TODAY);
  await restoreBackup(page, declareBackup(evidence));
  await openDeclare(page);
}

async function saved(download: Download): Promise<Buffer> {
  return readFileSync((await download.path()) ?? '');
}

async function copyDownload(page: Page, scope: Locator, name: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await scope.getByRole('button', { name }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await saved(download) };
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the 清单 lists the 5 entries to declare in order; 标记为已申报 moves one to 审核中 and the year report follows', async ({ page }) => {
    await seed(page);
    await expect(rows(page)).toHaveCount(5);
    await expect(rows(page).locator('h4')).toHaveText([
      '1. 护理质量管理（2.5 学时）',
      '2. 急救技能培训（4.5 学时）',
      '3. 职业道德讲座（6 学时）',
      '4. 院内学术报告（1 学时）',
      '5. 病例讨论会（3 学时）',
    ]);
    await expect(rows(page).locator('.declare-item__state')).toHaveText(['被退回', '被退回', '待申报', '待申报', '待申报']);
    await expect(page.getByTestId('declare-summary')).toHaveText('被退回 2 条，共 7 学时；待申报 3 条，共 10 学时。');

    // The year report (the progress view) before: 专业科目 has 6 学时 under review and 4 to declare.
    await page.goto('/log/#progress');
    await expect(page.getByText('已计入 0 学时 · 审核中 6 学时 · 待申报 4 学时 · 被退回 7 学时', { exact: false }).first()).toBeVisible();
    await openDeclare(page);

    await row(page, '院内学术报告').getByRole('button', { name: '标记为已申报（今天）' }).click();
    await expect(rows(page)).toHaveCount(4);
    await expect(page.getByTestId('declare-summary')).toHaveText('被退回 2 条，共 7 学时；待申报 2 条，共 9 学时。');
    const pending = page.getByRole('region', { name: '审核中' });
    await expect(pending.locator('li')).toHaveCount(3);
    await expect(pending.locator('li').filter({ hasText: '院内学术报告' })).toContainText('2025-11-28 申报');

    // The year report follows: 1 学时 moved from 待申报 to 审核中.
    await page.goto('/log/#progress');
    await expect(page.getByText('已计入 0 学时 · 审核中 7 学时 · 待申报 3 学时 · 被退回 7 学时', { exact: false }).first()).toBeVisible();
  });

  test('a review past its limit offers a polite message quoting 通知五（四）, with placeholders', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await seed(page);
    const pending = page.getByRole('region', { name: '审核中' });
    const overdue = pending.locator('li').filter({ hasText: '临床带教研修' });
    await expect(overdue).toContainText('用人单位审核已超过时限');
    await expect(pending.locator('li').filter({ hasText: '基层义诊' })).not.toContainText('超过时限');
    await overdue.getByRole('button', { name: '复制提醒' }).click();
    const message = await page.evaluate(() => navigator.clipboard.readText());
    expect(message).toContain('自专业技术人员申报学时之日起，用人单位、行业主管部门学时审核时限均不得超过5个工作日。');
    expect(message).toContain('【姓名】');
    expect(message).toContain('2025-11-03');
    expect(message).toContain('“临床带教研修”（2 学时）');
  });
});

test('copy buttons put exactly the field’s text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page);
  const item = row(page, '病例讨论会');
  await item.getByRole('button', { name: '申报卡' }).click();
  for (const [label, value] of [
    ['项目名称', '病例讨论会'],
    ['学时', '3'],
    ['起止日期（开始日期）', '2025-06-01'],
    ['机构', '河南大学'],
    ['备注', '第 2 期'],
    ['学习方式', '研修培训'],
  ] as const) {
    await item.getByRole('button', { name: `复制${label}`, exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
  }
});

test('a declaration date before completion is refused at the field, and nothing is stored', async ({ page }) => {
  await seed(page);
  const item = row(page, '病例讨论会');
  await item.getByRole('button', { name: '申报卡' }).click();
  await item.getByLabel('申报日期').fill('2025-05-31');
  await item.getByRole('button', { name: '标记为已申报', exact: true }).click();
  await expect(item.locator('.field__error')).toHaveText('申报日期不能早于完成日期');
  await expect(item.getByLabel('申报日期')).toHaveAttribute('aria-invalid', 'true');
  await expect(rows(page)).toHaveCount(5);
});

test('evidence against the upload limit: a 9 MB camera photo gets an upright copy under 5 MB, a 3 MB PDF is kept, a 7 MB PDF and a broken image are flagged', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(DECLARE_TODAY);
  await page.goto('/about/');
  const photo = await cameraJpeg(page);
  expect(photo.byteLength).toBeGreaterThan(8 * MB);
  expect(photo.byteLength).toBeLessThan(10 * MB);
  const smallPdf = paddedPdf(3 * MB);
  const bigPdf = paddedPdf(7 * MB);
  const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8]);
  await seed(page, [
    { id: 'photo', entryId: 'u-early', name: '证书照片.jpg', type: 'image/jpeg', data: photo },
    { id: 'small-pdf', entryId: 'u-early', name: '证明.pdf', type: 'application/pdf', data: smallPdf },
    { id: 'big-pdf', entryId: 'u-early', name: '扫描件.pdf', type: 'application/pdf', data: bigPdf },
    { id: 'broken', entryId: 'u-early', name: '损坏的照片.png', type: 'image/png', data: broken },
  ]);
  const item = row(page, '职业道德讲座');
  await expect(item).toContainText('凭证 4 个');
  await expect(item).toContainText('1 个凭证超出上传限制');
  await item.getByRole('button', { name: '申报卡' }).click();
  await expect(item).toContainText('常见上传限制：本站假设，以平台页面为准');

  const copy = await copyDownload(page, item, /生成上传副本：证书照片\.jpg/);
  expect(copy.name).toBe('3-职业道德讲座-6.jpg');
  expect(copy.bytes.byteLength).toBeLessThan(5 * MB);
  // Orientation 6 applied: the 6000×4000 landscape becomes a portrait copy, long edge 2400.
  expect(jpegSize(copy.bytes)).toEqual({ width: 1600, height: 2400 });
  const decoded = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context?.drawImage(bitmap, 0, 0);
    const pixel = context?.getImageData(bitmap.width - 100, 100, 1, 1).data ?? [];
    return { width: bitmap.width, height: bitmap.height, topRight: [...pixel] };
  }, copy.bytes.toString('base64'));
  expect(decoded.width).toBe(1600);
  // The red top-left corner of the sensor image is at the top right once rotated 90° clockwise.
  expect(decoded.topRight[0]).toBeGreaterThan(200);
  expect(decoded.topRight[1]).toBeLessThan(60);

  const kept = await copyDownload(page, item, /生成上传副本：证明\.pdf/);
  expect(kept.name).toBe('3-职业道德讲座-6-2.pdf');
  expect(Buffer.compare(kept.bytes, Buffer.from(smallPdf))).toBe(0);

  const big = item.locator('li').filter({ hasText: '扫描件.pdf' });
  await expect(big).toContainText('PDF 超出上传限制，本机无法压缩');
  await expect(big.getByRole('button', { name: /生成上传副本/ })).toHaveCount(0);

  await item.getByRole('button', { name: /生成上传副本：损坏的照片\.png/ }).click();
  await expect(item.locator('li').filter({ hasText: '损坏的照片.png' }).getByRole('alert')).toContainText('无法作为图片打开');
});

test('the 申报 view speaks plainly with a card open: upload types and MB only under 文件格式说明', async ({ page }) => {
  await seed(page, [{ id: 'a', entryId: 'r-early', name: '正面.png', type: 'image/png', data: solidPng(300, 200, [200, 30, 30]) }]);
  await row(page, '护理质量管理').getByRole('button', { name: '申报卡' }).click();
  await expect(row(page, '护理质量管理')).toContainText('上传限制：照片或 PDF，每个文件不超过 5 兆字节');
  // File names are the person's own and stay as they are; the rest must be plain.
  expect((await primaryText(declareView(page))).replaceAll('正面.png', '')).not.toMatch(TECHNICAL_WORDS);
  const pack = page.getByRole('region', { name: '申报材料包' }).locator('details');
  await pack.getByText('文件格式说明').click();
  await expect(pack).toContainText('压缩包为 .zip 格式');
});

test('the upload limit setting refuses 0 and 1 GB at the field, and keeps the stored limit', async ({ page }) => {
  await seed(page);
  const field = page.getByLabel('单个文件上限（兆字节）');
  for (const [value, message] of [
    ['0', '上传限制须不小于 0.1 兆字节'],
    ['1024', '上传限制须不超过 50 兆字节'],
    ['五兆', '上传限制须为数字，例如 5 或 2.5'],
  ] as const) {
    await field.fill(value);
    await page.getByRole('button', { name: '保存上传限制' }).click();
    await expect(page.locator('#declare-limit-error')).toHaveText(message);
  }
  await expect(page.locator('#declare-limit-hint')).toContainText('每个文件不超过 5 兆字节');
  await field.fill('2');
  await page.getByRole('button', { name: '保存上传限制' }).click();
  await expect(page.locator('#declare-limit-hint')).toContainText('每个文件不超过 2 兆字节');
});

test('the 申报材料包 opens with unzip and holds the summary PDF, the CSV and the named upload copies', async ({ page }) => {
  test.setTimeout(90_000);
  await seed(page, [
    { id: 'cert', entryId: 'r-early', name: '证书.png', type: 'image/png', data: solidPng(800, 600, [30, 90, 160]) },
    { id: 'proof', entryId: 'u-early', name: '证明.pdf', type: 'application/pdf', data: paddedPdf(200_000) },
  ]);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成并下载申报材料包' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2025年度申报材料包.zip');
  await expect(page.getByRole('region', { name: '申报材料包' }).getByRole('status')).toContainText('申报材料包已生成并开始下载（共 4 个文件，');
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  const zipPath = join(dir, 'pack.zip');
  await download.saveAs(zipPath);
  execFileSync('unzip', ['-q', zipPath, '-d', join(dir, 'out')]);
  const out = join(dir, 'out');
  const top = readdirSync(out).sort();
  const pdfName = top.find((name) => name.endsWith('.pdf')) ?? '';
  // No name in the profile: the summary is named by the year and the day it was made.
  expect(pdfName).toMatch(/^2025年度继续教育学时自查申报汇总表-\d{8}\.pdf$/);
  expect(top).toEqual(['1-护理质量管理', '2025年度待申报记录.csv', pdfName, '3-职业道德讲座'].sort());
  expect(readdirSync(join(out, '1-护理质量管理'))).toEqual(['1-护理质量管理-2.5.jpg']);
  expect(readdirSync(join(out, '3-职业道德讲座'))).toEqual(['3-职业道德讲座-6.pdf']);
  const pdfText = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(out, pdfName), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(pdfText).toContain('护理质量管理');
  const csv = readFileSync(join(out, '2025年度待申报记录.csv'), 'utf8');
  expect(csv.split('\r\n')[0]).toContain('序号,申报进度,项目名称');
  expect(csv).toContain('1-护理质量管理-2.5.jpg');
  expect(csv.trim().split('\r\n')).toHaveLength(6);
});

test('the viewer opens an image at full resolution and closes with Esc and with the browser’s back; a PDF opens in a new tab', async ({ page }) => {
  await seed(page, [
    { id: 'a', entryId: 'u-late', name: '正面.png', type: 'image/png', data: solidPng(1200, 900, [200, 30, 30]) },
    { id: 'b', entryId: 'u-late', name: '背面.png', type: 'image/png', data: solidPng(640, 480, [30, 200, 30]) },
    { id: 'c', entryId: 'u-late', name: '证明.pdf', type: 'application/pdf', data: paddedPdf(2000) },
  ]);
  const item = row(page, '病例讨论会');
  await item.getByRole('button', { name: '申报卡' }).click();
  const pdfLink = item.getByRole('link', { name: '打开 PDF：证明.pdf' });
  await expect(pdfLink).toHaveAttribute('target', '_blank');
  await expect(pdfLink).not.toHaveAttribute('download', /.*/);
  const popupOpened = page.waitForEvent('popup');
  await pdfLink.click();
  const popup = await popupOpened;
  expect(popup.url()).toMatch(/^blob:/);
  await expect.poll(() => popup.evaluate(() => document.contentType)).toBe('application/pdf');
  await popup.close();
  await item.getByRole('button', { name: '查看大图：正面.png' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200);
  await dialog.getByRole('button', { name: '下一张' }).click();
  await expect.poll(() => dialog.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(640);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/log\/#declare$/);

  await item.getByRole('button', { name: '查看大图：背面.png' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/\/log\/#declare$/);
  await expect(page.getByRole('heading', { name: '2025年度申报助手' })).toBeVisible();
});

test('reconciling with the platform: bad figures are refused at the field; good ones are compared and kept with the date', async ({ page }) => {
  await seed(page);
  const panel = page.getByRole('region', { name: '与平台核对' });
  await panel.getByLabel('公需科目').fill('abc');
  await panel.getByLabel('专业科目').fill('-3');
  await panel.getByRole('button', { name: '核对' }).click();
  await expect(panel.locator('#reconcile-public-error')).toHaveText('请填写数字，例如 30 或 12.5');
  await expect(panel.locator('#reconcile-professional-error')).toHaveText('学时不能为负数');
  await expect(panel.getByTestId('reconcile-result')).toHaveCount(0);

  await panel.getByLabel('公需科目').fill('8');
  await panel.getByLabel('专业科目').fill('2');
  await panel.getByRole('button', { name: '核对' }).click();
  const result = panel.getByTestId('reconcile-result');
  await expect(result).toContainText('上次核对：2025-11-28');
  await expect(result).toContainText('公需科目：平台 8 学时，本机已计入 10 学时。平台少 2 学时。');
  await expect(result).toContainText('专业科目：平台 2 学时，本机已计入 0 学时。平台多 2 学时。');
  await expect(result).toContainText('学时以平台记录为准。');
  await page.reload();
  await expect(page.getByRole('region', { name: '与平台核对' }).getByTestId('reconcile-result')).toContainText('上次核对：2025-11-28');
});

test('the platform shows a review passed that is still 审核中 here: 改为审核通过 with the platform’s date credits it; a bad date is refused at the field', async ({ page }) => {
  await seed(page);
  const panel = page.getByRole('region', { name: '与平台核对' });
  await panel.getByLabel('专业科目').fill('2');
  await panel.getByRole('button', { name: '核对' }).click();
  await expect(panel.getByTestId('reconcile-result')).toContainText('平台上已审核通过、本机仍记为审核中的学时（最多 2 学时）');
  const offered = panel.locator('.declare-approve li');
  await expect(offered).toHaveCount(2);
  const entry = offered.filter({ hasText: '临床带教研修' });
  const date = entry.getByLabel('平台显示的审核通过日期');
  await expect(date).toHaveValue('');

  // Empty, before the declaration, after today: each refused at the field, nothing stored.
  for (const [typed, message] of [
    ['', '请填写平台显示的审核通过日期'],
    ['2025-11-02', '行业主管部门审核通过日期不能早于申报日期'],
    ['2025-11-29', '审核日期不能晚于今天'],
  ] as const) {
    await date.fill(typed);
    await entry.getByRole('button', { name: '改为审核通过' }).click();
    await expect(entry.getByRole('alert')).toHaveText(message);
    await expect(date).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByRole('region', { name: '审核中' }).locator('li').filter({ hasText: '临床带教研修' })).toHaveCount(1);

  await date.fill('2025-11-10');
  await entry.getByRole('button', { name: '改为审核通过' }).click();
  await expect(panel.getByTestId('reconcile-result')).toContainText('专业科目：平台 2 学时，本机已计入 2 学时。一致。');
  await expect(panel.locator('.declare-approve')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '审核中' }).locator('li').filter({ hasText: '临床带教研修' })).toHaveCount(0);

  // The entry shows 审核通过 in the list, and the year's figures count its 2 学时.
  await page.goto('/log/#entries');
  await expect(page.locator('.entry-card').filter({ hasText: '临床带教研修' })).toContainText('审核通过');
  await page.goto('/log/#progress');
  await expect(page.getByText('已计入 2 学时 · 审核中 4 学时 · 待申报 4 学时 · 被退回 7 学时', { exact: false }).first()).toBeVisible();
});

test('axe finds nothing on the 申报 view with a card and the viewer open; no request leaves the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  await seed(page, [{ id: 'a', entryId: 'r-early', name: '正面.png', type: 'image/png', data: solidPng(300, 200, [200, 30, 30]) }]);
  const item = row(page, '护理质量管理');
  await item.getByRole('button', { name: '申报卡' }).click();
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
  const scan = async () => (await new AxeBuilder({ page }).include('section.declare').withTags(tags).analyze()).violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(await scan()).toEqual([]);
  await item.getByRole('button', { name: '查看大图：正面.png' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await scan()).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the 申报 view works offline after one visit', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await seed(page);
  // Opening /log/ online keeps what it needs offline; the 数据 view says when that is done.
  await waitUntilKept(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '2025年度申报助手' })).toBeVisible();
  await expect(rows(page)).toHaveCount(5);
  await row(page, '病例讨论会').getByRole('button', { name: '申报卡' }).click();
  await expect(row(page, '病例讨论会')).toContainText('“病例讨论会”的申报卡');
  const downloading = page.waitForEvent('download', { timeout: 20_000 });
  await page.getByRole('button', { name: '生成并下载申报材料包' }).click();
  expect((await downloading).suggestedFilename()).toBe('2025年度申报材料包.zip');
});

test('where the browser can share files, the file just made and downloaded can be shared too', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: string[][] = [];
    (window as unknown as { __shared: string[][] }).__shared = shared;
    Object.defineProperty(navigator, 'canShare', { value: (data: { files?: File[] }) => Array.isArray(data.files) });
    Object.defineProperty(navigator, 'share', { value: async (data: { files: File[] }) => void shared.push(data.files.map((file) => `${file.name}|${file.type}`)) });
  });
  await seed(page);
  await page.getByRole('button', { name: '生成并下载汇总表 PDF' }).click();
  await page.getByRole('button', { name: '分享汇总表 PDF' }).click();
  await page.getByRole('button', { name: '生成并下载申报材料包' }).click();
  await page.getByRole('button', { name: '分享申报材料包' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: string[][] }).__shared)).toEqual([
    [expect.stringMatching(/^2025年度继续教育学时自查申报汇总表-\d{8}\.pdf\|application\/pdf$/)],
    ['2025年度申报材料包.zip|application/zip'],
  ]);
});

test('without file sharing, one tap makes and downloads the PDF, with a ready message and no 分享', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'canShare', { value: undefined }));
  await seed(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成并下载汇总表 PDF' }).click();
  const name = (await downloading).suggestedFilename();
  expect(name).toMatch(/^2025年度继续教育学时自查申报汇总表-\d{8}\.pdf$/);
  await expect(page.getByRole('region', { name: '申报材料包' }).getByRole('status')).toHaveText('');
  await expect(page.locator('.toast')).toContainText(`已生成并下载“${name}”`);
  await expect(page.getByRole('button', { name: '分享汇总表 PDF' })).toHaveCount(0);
});
