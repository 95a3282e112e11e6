import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { readBackup } from '../../src/core/backup/readBackup';
import { solidPng } from './fixtures';
import { logPage } from './logPage';
import { pinClock } from './testClock';

test.beforeEach(async ({ context }) => pinClock(context));

/**
 * A device with no space left, as the browser reports it: while the flag is
 * set, every IndexedDB put and add throws QuotaExceededError, and deletes go
 * through. Once `freeOnEvidenceDelete` is set, removing an evidence file's
 * bytes frees the device, as removing a large photo does.
 */
function emulateFullDevice() {
  const flags = window as unknown as { deviceFull: boolean; freeOnEvidenceDelete: boolean };
  flags.deviceFull = false;
  flags.freeOnEvidenceDelete = false;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (flags.deviceFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
  const remove = IDBObjectStore.prototype.delete;
  IDBObjectStore.prototype.delete = function (this: IDBObjectStore, ...args: Parameters<typeof remove>) {
    if (flags.freeOnEvidenceDelete && this.name === 'evidenceData') flags.deviceFull = false;
    return remove.apply(this, args);
  };
}

const setFlag = (page: Page, name: 'deviceFull' | 'freeOnEvidenceDelete', value: boolean) =>
  page.evaluate(([flag, on]) => ((window as unknown as Record<string, boolean>)[flag as string] = on as boolean), [name, value] as const);

/** A PNG of random pixels: it does not compress, so its size is known (about width × height × 3 bytes). */
function noisePng(width: number, height: number): Buffer {
  const png = solidPng(width, height, [0, 0, 0]);
  const raw = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), randomBytes(width * 3)])));
  const idat = deflateSync(raw);
  // Swap the solid image's IDAT for the noisy one: same header, same end.
  const start = png.indexOf(Buffer.from('IDAT')) - 4;
  const length = png.readUInt32BE(start);
  const before = png.subarray(0, start);
  const after = png.subarray(start + 12 + length);
  const chunk = Buffer.alloc(12 + idat.length);
  chunk.writeUInt32BE(idat.length, 0);
  chunk.write('IDAT', 4, 'ascii');
  idat.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + idat.length)), 8 + idat.length);
  return Buffer.concat([before, chunk, after]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

async function attach(page: Page, title: string, name: string, buffer: Buffer) {
  const log = logPage(page);
  const card = log.card(title);
  const panel = card.locator('section.evidence');
  if (!(await panel.isVisible())) await card.getByRole('button', { name: /凭证（\d+）/ }).click();
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name, mimeType: 'image/png', buffer });
  await expect(panel.getByRole('img', { name: `${name} 的缩略图` })).toBeVisible();
  await panel.getByRole('button', { name: '收起凭证' }).click();
}

test('on a full device: deleting works, a failed undo loses nothing and offers the record as a backup, and removing the largest file makes room', async ({ page }) => {
  await page.addInitScript(emulateFullDevice);
  const log = logPage(page);
  await log.open();
  await log.add({ title: '职业道德讲座', hours: '6' });
  await log.add({ title: '数字经济专题', hours: '3' });
  await attach(page, '职业道德讲座', '证书.png', solidPng(40, 30, [200, 30, 30]));
  await attach(page, '数字经济专题', '大照片.png', noisePng(160, 160));

  await setFlag(page, 'deviceFull', true);
  // A save is refused cleanly, and the way out is shown with how much the site uses.
  await log.add({ title: '放不下的记录', hours: '1' });
  await expect(log.form.locator('.form-message')).toContainText('存储空间已满');
  const notice = page.getByRole('alert').filter({ hasText: '存储空间已满' }).filter({ has: page.getByRole('button', { name: '导出备份' }) });
  await expect(notice).toContainText(/本站已用 [\d.]+ (兆字节|千字节)，可用约 [\d.]+ (兆字节|千字节)/);
  await expect(notice.locator('.space__largest li').first()).toContainText('大照片.png');

  // Deleting needs no new space: it goes through.
  await log.card('职业道德讲座').getByRole('button', { name: '删除“职业道德讲座”' }).click();
  await expect(log.toast).toContainText('已删除“职业道德讲座”');
  await expect(log.card('职业道德讲座')).toHaveCount(0);

  // Undo has no room: the record stays offered, and an export of just that record is offered.
  await log.toast.getByRole('button', { name: '撤销删除' }).click();
  const failed = page.getByRole('alert').filter({ hasText: '“职业道德讲座”没能恢复' });
  await expect(failed).toBeVisible();
  await expect(log.card('职业道德讲座')).toHaveCount(0);
  await expect(log.toast.getByRole('button', { name: '撤销删除' })).toBeVisible();
  expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  // The toast's own time running out never lets the record go.
  await page.clock.runFor(15_000);
  await expect(failed).toBeVisible();

  const downloading = page.waitForEvent('download');
  await failed.getByRole('button', { name: '导出“职业道德讲座”' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^学时簿备份-职业道德讲座-\d{4}-\d{2}-\d{2}\.zip$/);
  const read = readBackup(new Uint8Array(readFileSync((await download.path()) ?? '')));
  if (!read.ok) throw new Error(read.message);
  expect(read.backup.entries.map(({ entry }) => entry.title)).toEqual(['职业道德讲座']);
  expect(read.backup.evidence.map((item) => item.name)).toEqual(['证书.png']);

  // Removing the largest file from the notice frees the device; the undo then puts the record back with its evidence.
  await setFlag(page, 'freeOnEvidenceDelete', true);
  await notice.getByRole('button', { name: '移除“大照片.png”' }).click();
  await expect(log.toast).toContainText('已移除凭证“大照片.png”');
  await failed.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(log.toast).toContainText('已恢复“职业道德讲座”');
  await expect(failed).toHaveCount(0);
  await expect(log.card('职业道德讲座').getByRole('button', { name: /凭证（1）/ })).toBeVisible();
  await log.add({ title: '腾出空间后的记录', hours: '2' });
  await expect(log.toast).toContainText('已保存“腾出空间后的记录”');

  await page.reload();
  await log.open();
  await log.show('记录');
  await expect(log.card('职业道德讲座').getByRole('button', { name: /凭证（1）/ })).toBeVisible();
  await expect(log.card('腾出空间后的记录')).toHaveCount(1);
});

/** The browser reports only `left` bytes free for this site (Chromium's quota override does not reach navigator.storage.estimate in the test browser). */
function reportLittleSpace(left: number) {
  const estimate = navigator.storage.estimate.bind(navigator.storage);
  navigator.storage.estimate = async () => {
    const real = await estimate();
    return { ...real, quota: (real.usage ?? 0) + left };
  };
}

test('when little space is left, a file larger than it is refused at the file control and nothing is written; the 数据 view shows the usage', async ({ page }) => {
  await page.addInitScript(reportLittleSpace, 20 * 1024);
  const log = logPage(page);
  await log.open();
  await log.add({ title: '职业道德讲座', hours: '6' });
  const card = log.card('职业道德讲座');
  await card.getByRole('button', { name: /凭证（0）/ }).click();
  const panel = card.locator('section.evidence');
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '大照片.png', mimeType: 'image/png', buffer: noisePng(160, 160) });
  await expect(panel.getByRole('alert')).toContainText(/“大照片\.png”有 7\d 千字节，本站只剩约 (19|20) 千字节空间，没有添加/);
  await expect(card.getByRole('button', { name: /凭证（0）/ })).toBeVisible();
  // A file within the space left is added as before.
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '证书.png', mimeType: 'image/png', buffer: solidPng(40, 30, [200, 30, 30]) });
  await expect(card.getByRole('button', { name: /凭证（1）/ })).toBeVisible();

  await log.show('数据');
  const space = page.locator('.space');
  await expect(space).toContainText(/本站已用 [\d.]+ (兆字节|千字节)，可用约 [\d.]+ (兆字节|千字节)/);
  await expect(space.getByRole('meter')).toBeVisible();
  await expect(space.locator('.space__largest li').first()).toContainText('证书.png');
});
