import { expect, test } from '@playwright/test';
import type { Entry } from '../../src/core/schemas/entry';
import { buildHandover } from '../../src/core/unit/handoverFormat';
import { overflowingContent } from './overflowChecks';
import { brokenFigures, smallTargets, smallText } from './readableChecks';

const NOW = new Date('2025-12-03T10:00:00+08:00');

function entry(id: string, overrides: Partial<Entry>): Entry {
  return { id, title: `课程${id}`, kind: 'public', way: 'onlineStudy', startDate: '2025-03-01', endDate: '2025-03-01', hoursTenths: 100, recording: 'platform', status: 'notDeclared', ...overrides };
}

test('on a phone (390×844) the 人员 table scrolls within its own box and the page never scrolls sideways', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.setFixedTime(NOW);
  await page.goto('/unit/');
  const built = buildHandover(
    { name: '王小明', department: '心血管内科', staffNumber: 'X0001', title: '副主任医师' },
    [entry('a', { hoursTenths: 240 }), entry('b', { kind: 'professional', way: 'training', recording: 'declare', status: 'declared', declaredOn: '2025-12-01', startDate: '2025-11-20', endDate: '2025-11-28', hoursTenths: 600 })],
    [2025],
    { includeEvidence: false, appVersion: 'test' },
    { exportedAt: '2025-12-02T02:00:00Z', today: '2025-12-02' },
  );
  if (!built.ok) throw new Error(built.message);
  await page.getByLabel('导入', { exact: true }).setInputFiles({ name: '王小明.json', mimeType: 'application/json', buffer: Buffer.from(built.text) });
  await page.getByRole('button', { name: '导入 1 个文件' }).click();
  await expect(page.locator('.unit-table tbody tr')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('.unit-awaiting__item')).toHaveCount(1, { timeout: 20_000 });
  const box = page.locator('.unit-table-box');
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await overflowingContent(page)).toEqual([]);
  // Readable with a person, the entries opened and a declaration waiting: text ≥ 14 px, targets ≥ 44×44 px, figures whole.
  await page.getByRole('button', { name: '查看王小明的记录' }).click();
  await expect(page.locator('.unit-entries')).toBeVisible();
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  expect(await brokenFigures(page)).toEqual([]);
});
