import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { writeBackup } from '../../src/core/backup/writeBackup';
import { crc32 } from '../../src/core/backup/zipReader';
import { sampleBackup } from '../helpers/backupFixtures';
import { craftZip, honestMember, zeroBombStream, type CraftedMember } from '../helpers/zipCraft';
import { solidPng } from './fixtures';
import { logPage } from './logPage';

/** An attacker's evidence id that climbs out of the zip's folder (built from parts: it is hostile data, not a path this test reads). */
const ZIP_SLIP_ID = ['..', '..', '..', 'pwned'].join('/');

const GB = 1024 * 1024 * 1024;

/** The sample backup's members with backup.json rewritten, zipped with honest headers unless `change` lies. */
function sampleZip(changeManifest: (m: Record<string, any>) => Record<string, any> = (m) => m, change: (member: CraftedMember) => CraftedMember = (m) => m): Buffer {
  const files = unzipSync(writeBackup(sampleBackup()));
  const manifest = changeManifest(JSON.parse(new TextDecoder().decode(files['backup.json'])));
  files['backup.json'] = strToU8(JSON.stringify(manifest));
  return Buffer.from(craftZip(Object.entries(files).map(([name, data]) => change(honestMember(name, data)))));
}

/** Starts a page timer, to prove the page kept running while a file was checked. */
async function startTicking(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { ticks: number }).ticks = 0;
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { violations: string[] }).violations.push(event.violatedDirective));
    setInterval(() => ((window as unknown as { ticks: number }).ticks += 1), 50);
  });
}
const ticks = (page: Page) => page.evaluate(() => (window as unknown as { ticks: number }).ticks);

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('从备份恢复').setInputFiles({ name, mimeType: 'application/zip', buffer });
}

test('zip bombs are refused within 5 s while the page keeps running, and nothing changes', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '原有的记录', hours: '2' });
  await log.show('数据');
  await startTicking(page);
  const alert = page.locator('.data-panel').getByRole('alert');

  const manifestBomb = Buffer.from(craftZip([{ name: 'backup.json', stored: zeroBombStream(1.5 * GB), method: 8, crc: 0, declaredSize: 1024 }]));
  expect(manifestBomb.byteLength).toBeLessThan(3 * 1024 * 1024);
  let before = await ticks(page);
  let started = Date.now();
  await choose(page, 'bomb.zip', manifestBomb);
  await expect(alert).toContainText('解压后过大', { timeout: 5000 });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(await ticks(page)).toBeGreaterThan(before);

  const evidenceBomb = sampleZip(undefined, (member) => (member.name.startsWith('evidence/') ? { ...member, method: 8, stored: zeroBombStream(1.5 * GB) } : member));
  before = await ticks(page);
  started = Date.now();
  await choose(page, 'bomb2.zip', evidenceBomb);
  await expect(alert).toContainText('大小与记录不符', { timeout: 5000 });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(await ticks(page)).toBeGreaterThan(before);
  await expect(alert).toContainText('本机数据没有改动');
  await expect(alert).not.toContainText('。。');
  await expect(log.entryCards).toHaveCount(1);
  await expect(page.getByRole('button', { name: '导出备份' })).toBeEnabled();
  // The worker ran under the page's strict CSP without a violation.
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('a long check shows progress and can be cancelled; the panel is usable again', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  // 100 "photos" of 10 MB each (a PNG header and zeros): within every cap, but 1 GB to inflate.
  const photo = new Uint8Array(10 * 1024 * 1024 - 1024);
  photo.set(solidPng(1, 1, [0, 0, 0]).subarray(0, 16));
  const stored = new Uint8Array(deflateRawSync(photo));
  const crc = crc32(photo);
  const base = sampleBackup();
  const manifest = JSON.parse(new TextDecoder().decode(unzipSync(writeBackup(base))['backup.json']));
  manifest.evidence = Array.from({ length: 100 }, (_, index) => ({ ...manifest.evidence[0], id: `p${index}`, path: `evidence/p${index}`, size: photo.byteLength }));
  const members: CraftedMember[] = [honestMember('backup.json', strToU8(JSON.stringify(manifest)))];
  for (let index = 0; index < 100; index += 1) members.push({ name: `evidence/p${index}`, stored, method: 8, crc, declaredSize: photo.byteLength });
  await startTicking(page);
  await choose(page, 'big.zip', Buffer.from(craftZip(members)));
  const status = page.locator('.restore-progress');
  await expect(status).toContainText('正在检查备份文件');
  expect(await new AxeBuilder({ page }).include('.data-panel').withTags(['wcag2a', 'wcag2aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  const before = await ticks(page);
  await page.waitForTimeout(300);
  expect(await ticks(page)).toBeGreaterThan(before);
  await status.getByRole('button', { name: '取消检查' }).click();
  await expect(status).toHaveCount(0);
  await expect(page.getByRole('region', { name: '恢复预览' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出备份' })).toBeEnabled();
  await expect(page.getByLabel('从备份恢复')).toBeEnabled();
});

test('a CRC-32 mismatch, an impossible date and a foreign evidence id are refused in Chinese, and the panel stays usable', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('数据');
  const alert = page.locator('.data-panel').getByRole('alert');
  await choose(page, 'crc.zip', sampleZip(undefined, (member) => (member.name.startsWith('evidence/') ? { ...member, crc: (member.crc ^ 1) >>> 0 } : member)));
  await expect(alert).toContainText('校验和（CRC-32）不符');
  await choose(page, 'date.zip', sampleZip((m) => ({ ...m, exportedAt: '2025-02-30T00:00:00Z' })));
  await expect(alert).toContainText('导出时间：时间戳不是真实的时刻');
  await expect(page.getByRole('button', { name: '导出备份' })).toBeEnabled();
  await choose(page, 'id.zip', sampleZip((m) => ({ ...m, evidence: [{ ...m.evidence[0], id: ZIP_SLIP_ID }] })));
  await expect(alert).toContainText('凭证编号只能由字母、数字');
  await choose(page, 'svg.zip', sampleZip((m) => ({ ...m, evidence: [{ ...m.evidence[0], type: 'image/svg+xml' }] })));
  await expect(alert).toContainText('文件类型的取值不在允许的范围内');
  await expect(alert).not.toContainText('Invalid');
  await expect(page.getByRole('button', { name: '导出备份' })).toBeEnabled();
});

test('merge keeps the device’s evidence when an incoming evidence id collides, and says so first', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '临床路径研修', kind: '专业科目', way: '研修培训', hours: '16' });
  await log.card('临床路径研修').getByRole('button', { name: /凭证（0）/ }).click();
  await log.card('临床路径研修').getByLabel('选择图片或 PDF').setInputFiles({ name: '本机证书.png', mimeType: 'image/png', buffer: solidPng(60, 40, [10, 120, 60]) });
  await expect(log.card('临床路径研修').getByRole('button', { name: /凭证（1）/ })).toBeVisible();
  await log.show('数据');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份' }).click();
  const path = await (await downloading).path();
  const files = unzipSync(new Uint8Array(readFileSync(path ?? '')));
  const manifest = JSON.parse(new TextDecoder().decode(files['backup.json']));
  // The same evidence id, now belonging to another entry with another picture.
  manifest.entries[0] = { ...manifest.entries[0], id: 'other-entry', title: '另一条记录' };
  const other = new Uint8Array(solidPng(30, 20, [200, 0, 0]));
  manifest.evidence[0] = { ...manifest.evidence[0], entryId: 'other-entry', name: '别人的证书.png', size: other.byteLength };
  files[manifest.evidence[0].path] = other;
  files['backup.json'] = strToU8(JSON.stringify(manifest));
  await choose(page, 'collide.zip', Buffer.from(zipSync(files)));
  const preview = page.getByRole('region', { name: '恢复预览' });
  await expect(preview).toContainText('1 个凭证文件与本机已有凭证编号相同');
  expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  await preview.getByRole('button', { name: '合并（保留本机的修改）' }).click();
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(2);
  await expect(log.card('临床路径研修').getByRole('button', { name: /凭证（1）/ })).toBeVisible();
  await expect(log.card('临床路径研修').getByRole('img', { name: '本机证书.png 的缩略图' })).toBeVisible();
  await log.card('另一条记录').getByRole('button', { name: /凭证（1）/ }).click();
  await expect(log.card('另一条记录').getByRole('img', { name: '别人的证书.png 的缩略图' })).toBeVisible();
});
