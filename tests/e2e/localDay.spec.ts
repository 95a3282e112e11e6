import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { logPage } from './logPage';

/** 00:30 on New Year's Eve in Beijing: still 2026-12-30 in UTC. */
const HALF_PAST_MIDNIGHT = new Date('2026-12-31T00:30:00+08:00');

test.use({ viewport: { width: 390, height: 844 } });

/** Each member's DOS date and time as the zip's central directory records them (the writer's local time), as YYYY-MM-DD HH:MM. */
function memberTimes(zip: Buffer): string[] {
  const times: string[] = [];
  const pad = (value: number) => String(value).padStart(2, '0');
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) continue;
    const time = zip.readUInt16LE(at + 12);
    const date = zip.readUInt16LE(at + 14);
    times.push(`${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`);
    at += 45;
  }
  return times;
}

test('a backup made at 00:30 on 2026-12-31 in Beijing is dated 2026-12-31 on screen, in its file name and in its members', async ({ page }) => {
  await page.clock.setFixedTime(HALF_PAST_MIDNIGHT);
  const log = logPage(page);
  await log.open();
  await log.add({ title: '年末线上公需课', hours: '2' });
  await log.show('数据');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('学时簿备份-2026-12-31.zip');
  await expect(page.getByText('上次备份：2026年12月31日')).toBeVisible();
  const times = memberTimes(readFileSync((await download.path()) ?? ''));
  expect(times.length).toBeGreaterThan(0);
  for (const time of times) expect(time).toBe('2026-12-31 00:30');
});
