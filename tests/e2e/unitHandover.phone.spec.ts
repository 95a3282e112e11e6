import { expect, test } from '@playwright/test';
import { buildReceipt } from '../../src/core/unit/receiptFormat';
import { DECLARE_TODAY, declareBackup, restoreBackup } from './declareSeed';
import { solidPng } from './fixtures';
import { overflowingContent } from './overflowChecks';
import { brokenFigures, smallTargets, smallText } from './readableChecks';

test('on a phone, the 导出给单位 and 回执 previews keep text ≥ 14 px, targets ≥ 44×44 px and everything inside the screen', async ({ page }) => {
  await page.clock.setFixedTime(DECLARE_TODAY);
  await restoreBackup(page, declareBackup([{ id: 'ev-1', entryId: 'p-fresh', name: '义诊证明.png', type: 'image/png', data: new Uint8Array(solidPng(4, 4, [0, 90, 200])) }]));
  await page.goto('/log/#summary');
  await page.getByLabel('姓名', { exact: true }).fill('王喆');
  await page.getByLabel('科室', { exact: true }).fill('心内科');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存')).toBeVisible({ timeout: 15_000 });

  await page.goto('/log/#data');
  await page.getByRole('button', { name: '导出给单位…' }).click();
  const region = page.getByRole('region', { name: '导出给单位' });
  await region.getByRole('checkbox', { name: /附凭证文件/ }).check({ timeout: 15_000 });
  await expect(region.getByRole('list', { name: '将附上的凭证文件' })).toBeVisible();
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  expect(await overflowingContent(page)).toEqual([]);

  const built = buildReceipt(
    { name: '王喆' },
    [{ entryId: 'p-fresh', declaredOn: '2025-11-25', decision: 'returned', decidedOn: '2025-11-27', reason: '证明缺少盖章，请补充后重新申报' }],
    { unitName: '郑州市第一人民医院', appVersion: 'test' },
    { exportedAt: '2025-11-28T01:00:00.000Z', today: '2025-11-28' },
  );
  if (!built.ok) throw new Error(built.message);
  await page.getByLabel('选择单位回执').setInputFiles({ name: '回执.json', mimeType: 'application/json', buffer: Buffer.from(built.text) });
  await expect(page.getByRole('region', { name: '单位回执预览' })).toContainText('基层义诊', { timeout: 15_000 });
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  expect(await overflowingContent(page)).toEqual([]);
  expect(await brokenFigures(page)).toEqual([]);
});
