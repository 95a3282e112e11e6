import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readHandover } from '../../src/core/unit/handoverFormat';
import { buildReceipt, RECEIPT_FORMAT } from '../../src/core/unit/receiptFormat';
import { DECLARE_TODAY, declareBackup, restoreBackup } from './declareSeed';
import { solidPng } from './fixtures';
import { logPage } from './logPage';

const PNG = new Uint8Array(solidPng(4, 4, [200, 30, 30]));

/** The device's today is 2025-11-28; the seed year 2025 has 8 entries in every state, one with a certificate. */
async function seed(page: Page) {
  await page.clock.setFixedTime(DECLARE_TODAY);
  await restoreBackup(page, declareBackup([{ id: 'ev-1', entryId: 'p-fresh', name: '义诊证明.png', type: 'image/png', data: PNG }]));
}

const handover = (page: Page) => page.getByRole('region', { name: '导出给单位' });

async function openHandover(page: Page) {
  await page.goto('/log/#data');
  await page.getByRole('button', { name: '导出给单位…' }).click();
  await expect(handover(page)).toBeVisible({ timeout: 15_000 });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download', { timeout: 15_000 });
  await click();
  const download: Download = await downloading;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path()) ?? '', 'utf8') };
}

async function saveProfile(page: Page, fields: Record<string, string>) {
  const log = logPage(page);
  await log.show('汇总表');
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存')).toBeVisible({ timeout: 15_000 });
}

function receiptText(decisions: Parameters<typeof buildReceipt>[1]): string {
  const built = buildReceipt({ name: '王喆', department: '心内科' }, decisions, { unitName: '郑州市第一人民医院', appVersion: 'test' }, { exportedAt: '2025-11-28T01:00:00.000Z', today: '2025-11-28' });
  if (!built.ok) throw new Error(built.message);
  return built.text;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's violations with the page at its top (as log.spec does), in the light and the dark scheme. */
async function axeInBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => window.scrollTo(0, 0));
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    found.push(...result.violations.map((violation) => `${colorScheme}: ${violation.id}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

const receiptFile = (text: string) => ({ name: '回执.json', mimeType: 'application/json', buffer: Buffer.from(text) });

test('without a name the unit file is not made: the person is sent to the profile form, whose unit fields are kept', async ({ page }) => {
  await seed(page);
  await openHandover(page);
  await expect(handover(page)).toContainText('请先在个人信息中填写姓名');
  await expect(handover(page).getByRole('button', { name: '导出文件' })).toHaveCount(0);
  await handover(page).getByRole('link', { name: '去填写个人信息' }).click();
  await saveProfile(page, { 姓名: '王喆', 工号: 'A-1024', 证件号码: '41010219800101123X', 科室: '心内科', 联系电话: '13800000000' });
  // Saved with the rest, and still there after a reload and a second save of another field.
  await page.reload();
  await expect(page.getByLabel('工号', { exact: true })).toHaveValue('A-1024', { timeout: 15_000 });
  await saveProfile(page, { '专业技术职务/职称': '主治医师' });
  await page.reload();
  await expect(page.getByLabel('科室', { exact: true })).toHaveValue('心内科', { timeout: 15_000 });
  await expect(page.getByLabel('证件号码', { exact: true })).toHaveValue('41010219800101123X');
  // An unsaved edit of a unit field is kept across a reload, as the other fields' drafts are.
  await page.getByLabel('工号', { exact: true }).fill('B-2048');
  await page.reload();
  await expect(page.getByLabel('工号', { exact: true })).toHaveValue('B-2048', { timeout: 15_000 });
  await expect(page.getByLabel('专业技术职务/职称', { exact: true })).toHaveValue('主治医师');
});

test('导出给单位 shows what goes, then gives one file of the chosen year, evidence only when ticked', async ({ page }) => {
  await seed(page);
  await page.goto('/log/#summary');
  await saveProfile(page, { 姓名: '王喆', 工号: 'A-1024', 科室: '心内科', 联系电话: '13800000000' });
  await openHandover(page);
  const region = handover(page);
  await expect(region.getByRole('checkbox', { name: '2025年度' })).toBeChecked();
  await expect(region).toContainText('工号：A-1024');
  await expect(region).toContainText('科室：心内科');
  await expect(region).not.toContainText('13800000000');
  await expect(region).toContainText('2025年度：8 条记录');
  await expect(region).toContainText('被退回 2 条');
  await expect(region).toContainText('不附凭证文件（所选记录共有 1 个凭证文件');
  await expect(page.getByText('本站不会发送任何内容')).toBeVisible();

  const plain = await downloaded(page, () => region.getByRole('button', { name: '导出文件' }).click());
  expect(plain.name).toBe('导出给单位-2025年度-王喆-20251128.json');
  const file = JSON.parse(plain.text) as Record<string, any>;
  expect(file).toMatchObject({ format: 'xueshibu-handover', version: 1, exportedOn: '2025-11-28', years: [2025], includesEvidence: false, evidence: [] });
  expect(file['person']).toEqual({ name: '王喆', staffNumber: 'A-1024', department: '心内科' });
  expect((file['entries'] as { id: string }[]).map((entry) => entry.id).sort()).toEqual(['p-fresh', 'p-overdue', 'platform', 'r-early', 'r-late', 'u-early', 'u-late', 'u-mid']);
  expect((file['entries'] as Record<string, unknown>[]).some((entry) => 'notes' in entry)).toBe(false);
  const read = readHandover(plain.text);
  expect(read.ok).toBe(true);

  await region.getByRole('checkbox', { name: /附凭证文件/ }).check();
  await expect(region.getByRole('list', { name: '将附上的凭证文件' })).toContainText('义诊证明.png（基层义诊');
  expect(await axeInBothSchemes(page)).toEqual([]);
  const withEvidence = await downloaded(page, () => region.getByRole('button', { name: '导出文件' }).click());
  const read2 = readHandover(withEvidence.text);
  if (!read2.ok) throw new Error(read2.message);
  expect(read2.handover.includesEvidence).toBe(true);
  expect(read2.handover.evidence.map((item) => [item.name, item.entryId, item.data.byteLength])).toEqual([['义诊证明.png', 'p-fresh', PNG.byteLength]]);
});

test('a 回执 is previewed, then 确认更新 changes the entries it answers; a broken one changes nothing', async ({ page }) => {
  await seed(page);
  await page.goto('/log/#summary');
  await saveProfile(page, { 姓名: '王喆' });
  await page.goto('/log/#data');
  const input = page.getByLabel('选择单位回执');

  // Broken files: a message at the control, nothing changed.
  await input.setInputFiles(receiptFile('{"format":"xueshibu-unit-receipt","version":1'));
  await expect(page.getByRole('alert').filter({ hasText: '无法导入“回执.json”' })).toBeVisible({ timeout: 15_000 });
  await input.setInputFiles(receiptFile(receiptText([]).replace(`"version": 1`, `"version": 7`)));
  await expect(page.getByRole('alert').filter({ hasText: '第 7 版格式' })).toBeVisible();
  await input.setInputFiles(receiptFile(receiptText([]).replace(RECEIPT_FORMAT, 'xueshibu-handover')));
  await expect(page.getByRole('alert').filter({ hasText: '这不是单位回执' })).toBeVisible();
  await expect(page.getByRole('region', { name: '单位回执预览' })).toHaveCount(0);

  await input.setInputFiles(
    receiptFile(
      receiptText([
        { entryId: 'p-fresh', declaredOn: '2025-11-25', decision: 'returned', decidedOn: '2025-11-27', reason: '证明缺少盖章' },
        { entryId: 'p-overdue', declaredOn: '2025-11-03', decision: 'approved', decidedOn: '2025-11-10' },
        { entryId: 'u-mid', declaredOn: '2025-11-03', decision: 'approved', decidedOn: '2025-11-10' },
        { entryId: 'deleted-long-ago', declaredOn: '2025-11-03', decision: 'approved', decidedOn: '2025-11-10' },
      ]),
    ),
  );
  const preview = page.getByRole('region', { name: '单位回执预览' });
  await expect(preview).toBeVisible({ timeout: 15_000 });
  const changes = preview.getByRole('list', { name: '将更新的记录' }).getByRole('listitem');
  await expect(changes).toHaveCount(2);
  await expect(changes.filter({ hasText: '基层义诊' })).toContainText('已申报，用人单位审核中 → 被退回');
  await expect(changes.filter({ hasText: '基层义诊' })).toContainText('证明缺少盖章');
  await expect(preview.getByRole('list', { name: '不会更新的记录' })).toContainText('院内学术报告');
  await expect(preview).toContainText('1 条审核结果对应的记录不在本机');
  expect(await axeInBothSchemes(page)).toEqual([]);

  // Nothing is written before the confirmation.
  const log = logPage(page);
  await log.show('记录');
  await expect(log.card('基层义诊')).toContainText('已申报，用人单位审核中');
  await log.show('数据');
  await preview.getByRole('button', { name: '确认更新' }).click();
  await expect(page.getByText('已按单位回执更新 2 条记录').first()).toBeVisible({ timeout: 15_000 });
  await expect(preview).toHaveCount(0);

  await log.show('记录');
  await expect(log.card('基层义诊')).toContainText('被退回');
  await expect(log.card('基层义诊')).toContainText('证明缺少盖章');
  await expect(log.card('临床带教研修')).toContainText('用人单位已通过');

  // The same receipt again: already so, nothing to change.
  await log.show('数据');
  await input.setInputFiles(
    receiptFile(receiptText([{ entryId: 'p-fresh', declaredOn: '2025-11-25', decision: 'returned', decidedOn: '2025-11-27', reason: '证明缺少盖章' }])),
  );
  await expect(preview).toContainText('1 条记录本机已是这个结果', { timeout: 15_000 });
  await expect(preview.getByRole('button', { name: '确认更新' })).toBeDisabled();
});
