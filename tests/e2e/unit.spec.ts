import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatHours } from '../../src/core/hours/formatHours';
import type { Tally } from '../../src/core/rules/report';
import type { Entry } from '../../src/core/schemas/entry';
import type { Profile } from '../../src/core/schemas/profile';
import { writeBackup } from '../../src/core/backup/writeBackup';
import { buildHandover } from '../../src/core/unit/handoverFormat';
import { sampleBackup } from '../helpers/backupFixtures';
import { readReceipt } from '../../src/core/unit/receiptFormat';
import { filterRows, unitRows, type UnitPerson } from '../../src/core/unit/unitRows';
import { CALENDAR, RULE_SETS } from '../helpers/engine';
import { waitForServiceWorker, waitUntilKept } from './offlineReady';

/** The browser's day: early December 2025, a few days after a declaration waiting for the 用人单位. */
const NOW = new Date('2025-12-03T10:00:00+08:00');
const TODAY = '2025-12-03';

function entry(id: string, overrides: Partial<Entry>): Entry {
  return { id, title: `课程${id}`, kind: 'public', way: 'onlineStudy', startDate: '2025-03-01', endDate: '2025-03-01', hoursTenths: 100, recording: 'platform', status: 'notDeclared', ...overrides };
}

const PEOPLE: { profile: Profile; entries: Entry[] }[] = [
  {
    profile: { name: '张三', department: '内科', staffNumber: 'N001', title: '主治医师' },
    entries: [
      entry('z1', { hoursTenths: 300 }),
      entry('z2', { title: '临床路径研修', kind: 'professional', way: 'training', recording: 'declare', status: 'declared', declaredOn: '2025-12-01', startDate: '2025-11-20', endDate: '2025-11-28', hoursTenths: 600 }),
    ],
  },
  {
    profile: { name: '李四', department: '外科', staffNumber: 'W002' },
    entries: [entry('l0', { startDate: '2024-04-01', endDate: '2024-04-01', hoursTenths: 100 }), entry('l1', { hoursTenths: 100 }), entry('l2', { kind: 'professional', way: 'training', recording: 'declare', status: 'notDeclared', hoursTenths: 200 })],
  },
];

function handoverText(person: (typeof PEOPLE)[number], exportedAt = '2025-12-02T02:00:00Z'): string {
  const built = buildHandover(person.profile, person.entries, [2024, 2025], { includeEvidence: false, appVersion: 'test' }, { exportedAt, today: exportedAt.slice(0, 10) });
  if (!built.ok) throw new Error(built.message);
  return built.text;
}

/** The handover files written to a folder of their own, as HR would receive them. */
function writeFiles(files: Record<string, string>): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'unit-e2e-'));
  return Object.entries(files).map(([name, text]) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  });
}

const UNIT_PEOPLE = PEOPLE.map((person, index): UnitPerson => ({ personId: `p${index}`, name: person.profile.name ?? '', department: person.profile.department, title: person.profile.title, entries: person.entries }));
/** The rows the core computes for the same people, as the table should show them: this year, and last year (closed). */
const EXPECTED = unitRows(UNIT_PEOPLE, [2025], RULE_SETS, TODAY, CALENDAR);
const EXPECTED_2024 = unitRows(UNIT_PEOPLE, [2024], RULE_SETS, TODAY, CALENDAR);

const figure = (tally: Tally) => (tally.requirementSet ? `${formatHours(tally.creditedTenths)} / ${formatHours(tally.requiredTenths)}` : formatHours(tally.creditedTenths));

async function openUnit(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/unit/');
  await expect(page.getByLabel('导入', { exact: true })).toBeAttached({ timeout: 20_000 });
  await expect(page.getByText('台账中还没有人员')).toBeVisible({ timeout: 20_000 });
}

async function importFiles(page: Page, paths: string[], count: number) {
  await page.getByLabel('导入', { exact: true }).setInputFiles(paths);
  await expect(page.getByRole('heading', { name: '导入预览（尚未写入）' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: `导入 ${count} 个文件` }).click();
  await expect(page.getByRole('status').filter({ hasText: `已导入 ${count} 个文件` })).toBeVisible({ timeout: 20_000 });
}

const row = (page: Page, name: string) => page.locator(`.unit-table tbody tr[data-person="${name}"]`);

test('two staff files imported at /unit/ give the figures of the year model; HR filters, records a 退回, exports the 回执, updates a person and clears the ledger, and no request leaves the site', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openUnit(page);

  const [first, second] = PEOPLE;
  if (first === undefined || second === undefined) throw new Error('two people');
  await importFiles(page, writeFiles({ '张三.json': handoverText(first), '李四.json': handoverText(second) }), 2);

  for (const expected of EXPECTED) {
    const line = row(page, expected.name);
    await expect(line).toHaveCount(1);
    await expect(line.locator('[data-col="public"]')).toHaveText(figure(expected.public));
    await expect(line.locator('[data-col="professional"]')).toHaveText(figure(expected.professional));
    await expect(line.locator('[data-col="total"]')).toHaveText(figure(expected.total));
    await expect(line.locator('[data-col="pending"]')).toHaveText(formatHours(expected.pendingTenths));
    await expect(line.locator('[data-col="notDeclared"]')).toHaveText(formatHours(expected.notDeclaredTenths));
  }

  // 未达标 in the closed year: exactly the rows the core calls so.
  await page.getByLabel('年度').selectOption('2024');
  await page.getByLabel('未达标', { exact: true }).check();
  const missed = filterRows(EXPECTED_2024, 'missed').map((item) => item.name);
  expect(missed.length).toBeGreaterThan(0);
  expect(missed.length).toBeLessThan(EXPECTED_2024.length);
  await expect(page.locator('.unit-table tbody tr')).toHaveCount(missed.length);
  for (const name of missed) await expect(row(page, name)).toHaveCount(1);
  await page.getByLabel('全部', { exact: true }).check();
  await page.getByLabel('年度').selectOption('2025');

  // A row opens the person's entries with their states.
  await page.getByRole('button', { name: '查看张三的记录' }).click();
  await expect(page.locator('.unit-entries')).toContainText('临床路径研修');
  await expect(page.locator('.unit-entries')).toContainText('已申报，用人单位审核中');

  // 待用人单位审核: the 12-01 declaration, due 12-08 (5 working days), recorded as returned with a reason.
  const item = page.locator('.unit-awaiting__item[data-entry="z2"]');
  await expect(item).toContainText('审核时限至 2025-12-08', { timeout: 20_000 });
  await expect(item).toContainText('剩 6 天');
  await item.getByLabel('退回', { exact: true }).check();
  await item.getByLabel('退回原因').fill('结业证书不清晰');
  await item.getByRole('button', { name: '记入台账' }).click();
  await expect(item).toContainText('本单位记录：退回（2025-12-03）');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出张三的回执' }).click();
  const download = await downloading;
  const receipt = readReceipt(readFileSync(await download.path(), 'utf8'));
  expect(receipt.ok).toBe(true);
  if (receipt.ok) {
    expect(receipt.receipt.person.name).toBe('张三');
    expect(receipt.receipt.decisions).toEqual([{ entryId: 'z2', declaredOn: '2025-12-01', decision: 'returned', decidedOn: TODAY, reason: '结业证书不清晰' }]);
  }

  // A second file of the same person updates, never duplicates.
  const updated = { ...second, entries: [...second.entries, entry('l3', { hoursTenths: 50 })] };
  await page.getByLabel('导入', { exact: true }).setInputFiles(writeFiles({ '李四-第二份.json': handoverText(updated, '2025-12-03T01:00:00Z') }));
  await expect(page.locator('.unit-preview__item')).toContainText('更新：李四，4 条记录');
  await page.getByRole('button', { name: '导入 1 个文件' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个文件' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.unit-table tbody tr')).toHaveCount(2);

  // 清除本机台账, after confirming.
  await page.getByRole('button', { name: '清除本机台账' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByText('台账中还没有人员')).toBeVisible();
  await page.reload();
  await expect(page.getByText('台账中还没有人员')).toBeVisible({ timeout: 20_000 });

  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});

test('a bad file is refused with its reason and nothing is written; the ledger is kept apart from the personal log', async ({ page }) => {
  test.setTimeout(60_000);
  await openUnit(page);
  await page.getByLabel('导入', { exact: true }).setInputFiles(writeFiles({ '照片.json': 'not a file of ours', '未来.json': JSON.stringify({ format: 'xueshibu-handover', version: 9 }) }));
  await expect(page.locator('.unit-preview__item--refused')).toHaveCount(2, { timeout: 20_000 });
  await expect(page.locator('.unit-preview')).toContainText('这不是导出给单位的文件');
  await expect(page.locator('.unit-preview')).toContainText('第 9 版格式');
  await expect(page.getByRole('button', { name: '没有可以导入的文件' })).toBeDisabled();
  await page.getByRole('button', { name: '取消' }).click();
  await page.reload();
  await expect(page.getByText('台账中还没有人员')).toBeVisible({ timeout: 20_000 });
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
  expect(names).toContain('xueshibu-unit');
  expect(names).not.toContain('xueshibu');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: /unit/ with people and a declaration waiting has no WCAG A/AA violations (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openUnit(page);
    const [first] = PEOPLE;
    if (first === undefined) throw new Error('one person');
    await importFiles(page, writeFiles({ '张三.json': handoverText(first) }), 1);
    await expect(page.locator('.unit-awaiting__item')).toHaveCount(1, { timeout: 20_000 });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
  });
}

test('/unit/ opened once online works offline: the page, its table and an import', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openUnit(page);
  await waitForServiceWorker(page);
  await waitUntilKept(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('单位继续教育登记台账');
  await expect(page.getByText('台账中还没有人员')).toBeVisible({ timeout: 20_000 });
  const [first] = PEOPLE;
  if (first === undefined) throw new Error('one person');
  await importFiles(page, writeFiles({ '张三.json': handoverText(first) }), 1);
  await expect(row(page, '张三')).toHaveCount(1);
});

test('a full 学时簿 backup imports as a person with their entries (evidence left out), and importing it again updates that person', async ({ page }) => {
  test.setTimeout(60_000);
  await openUnit(page);
  const backup = sampleBackup();
  const name = backup.profile.name ?? '';
  const folder = mkdtempSync(join(tmpdir(), 'unit-e2e-'));
  const path = join(folder, '学时簿备份.zip');
  writeFileSync(path, writeBackup(backup));
  await importFiles(page, [path], 1);
  const year = Number(backup.entries[0]?.entry.endDate.slice(0, 4));
  await page.getByLabel('年度').selectOption(String(year));
  await expect(row(page, name)).toHaveCount(1);
  await page.getByRole('button', { name: `查看${name}的记录` }).click();
  for (const item of backup.entries.filter((candidate) => candidate.entry.endDate.startsWith(String(year)))) await expect(page.locator('.unit-entries')).toContainText(item.entry.title);

  await page.getByLabel('导入', { exact: true }).setInputFiles([path]);
  await expect(page.locator('.unit-preview__item')).toContainText(`更新：${name}`, { timeout: 20_000 });
  await page.getByRole('button', { name: '导入 1 个文件' }).click();
  await expect(page.locator('.unit-table tbody tr')).toHaveCount(1);
});

test('a 12-01 declaration is due 12-08 and shows as overdue, listed first, on 12-09 (browser clock)', async ({ page }) => {
  test.setTimeout(60_000);
  await openUnit(page);
  const [first] = PEOPLE;
  if (first === undefined) throw new Error('one person');
  await importFiles(page, writeFiles({ '张三.json': handoverText(first) }), 1);
  await page.clock.setFixedTime(new Date('2025-12-09T10:00:00+08:00'));
  await page.reload();
  const item = page.locator('.unit-awaiting__item').first();
  await expect(item).toHaveAttribute('data-entry', 'z2', { timeout: 20_000 });
  await expect(item).toContainText('审核时限至 2025-12-08');
  await expect(item).toContainText('已超时 1 天');
  await expect(item).toHaveClass(/unit-awaiting__item--overdue/);
});

test('files dropped onto the page open the same preview', async ({ page }) => {
  test.setTimeout(60_000);
  await openUnit(page);
  const [first] = PEOPLE;
  if (first === undefined) throw new Error('one person');
  const text = handoverText(first);
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], '张三.json', { type: 'application/json' }));
    document.querySelector('main')?.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    document.querySelector('main')?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, text);
  await expect(page.locator('.unit-preview__item')).toContainText('新人员：张三', { timeout: 20_000 });
  await page.getByRole('button', { name: '导入 1 个文件' }).click();
  await expect(row(page, '张三')).toHaveCount(1, { timeout: 20_000 });
});

test("a reader of the notice never downloads /unit/'s code, nor does the service worker fetch it for them", async ({ page, context }) => {
  const requests: string[] = [];
  // The context also sees what the service worker fetches.
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/policy/2025/');
  await waitForServiceWorker(page);
  await waitUntilKept(page);
  expect(requests.filter((path) => /UnitApp|unit/i.test(path))).toEqual([]);
});

test('a file that could be either of two namesakes waits for HR: nothing is written until HR picks one', async ({ page }) => {
  test.setTimeout(60_000);
  await openUnit(page);
  const one = { profile: { name: '李四', department: '外科' }, entries: [entry('a1', { hoursTenths: 100 })] };
  const two = { profile: { name: '李四', department: '儿科' }, entries: [entry('b1', { hoursTenths: 200 })] };
  await importFiles(page, writeFiles({ '外科李四.json': handoverText(one), '儿科李四.json': handoverText(two) }), 2);
  await expect(page.locator('.unit-table tbody tr')).toHaveCount(2);

  const unsure = { profile: { name: '李四' }, entries: [entry('c1', { hoursTenths: 300 })] };
  await page.getByLabel('导入', { exact: true }).setInputFiles(writeFiles({ '李四.json': handoverText(unsure) }));
  await expect(page.locator('.unit-preview__item--ambiguous')).toContainText('台账中有多位同名人员', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: '没有可以导入的文件' })).toBeDisabled();
  await page.getByLabel('这个文件属于：').selectOption({ label: '李四，科室：儿科' });
  await page.getByRole('button', { name: '导入 1 个文件' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个文件' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.unit-table tbody tr')).toHaveCount(2);
  await row(page, '李四').filter({ hasText: '儿科' }).getByRole('button', { name: '查看李四的记录' }).click();
  await expect(page.locator('.unit-entries')).toContainText('课程c1');
  await expect(page.locator('.unit-entries')).not.toContainText('课程b1');
});
