// The device's zone for this file: Node re-reads TZ when it is assigned, before any date below is made.
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { backupNudge } from '../../../../src/core/backup/nudge';
import { backupFileName, writeBackup } from '../../../../src/core/backup/writeBackup';
import { icsUtcStamp } from '../../../../src/core/calendar/icsStamp';
import { localDay } from '../../../../src/core/calendar/localTime';
import { stampDay } from '../../../../src/core/calendar/stampDay';
import { buildPack } from '../../../../src/core/declare/pack';
import { sampleBackup } from '../../../helpers/backupFixtures';

/** 2026-12-31 00:30 in Beijing is still 2026-12-30 in UTC. */
const HALF_PAST_MIDNIGHT = '2026-12-30T16:30:00.000Z';

/** Each member's DOS date and time as the zip's central directory records them, read as YYYY-MM-DD HH:MM. */
function memberTimes(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times: string[] = [];
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const pad = (value: number) => String(value).padStart(2, '0');
    times.push(`${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`);
    at += 45;
  }
  return times;
}

describe('the local day of an instant, at 00:30 in Asia/Shanghai', () => {
  it('runs in Beijing time (the premise of every case below)', () => {
    expect(new Date(HALF_PAST_MIDNIGHT).getHours()).toBe(0);
    expect(new Date(HALF_PAST_MIDNIGHT).getTimezoneOffset()).toBe(-480);
  });

  it.each([
    ['00:30 on New Year’s Eve (UTC still the 30th)', HALF_PAST_MIDNIGHT, '2026-12-31'],
    ['the same instant as a Date', new Date(HALF_PAST_MIDNIGHT), '2026-12-31'],
    ['07:59 (the last UTC minute of the day before)', '2026-12-30T23:59:00.000Z', '2026-12-31'],
    ['08:00 (UTC and local agree again)', '2027-01-01T00:00:00.000Z', '2027-01-01'],
    ['23:59 on the 31st (UTC 15:59 the same day)', '2026-12-31T15:59:00.000Z', '2026-12-31'],
    ['00:00 on New Year’s Day', '2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['a leap day, half past midnight', '2028-02-28T16:30:00.000Z', '2028-02-29'],
    ['an instant written with its offset', '2026-12-31T00:30:00+08:00', '2026-12-31'],
    ['a bare day stays that day', '2026-12-31', '2026-12-31'],
    ['text that is no instant keeps its first ten characters', 'not a time', 'not a time'],
  ])('%s', (_name, instant, day) => {
    expect(typeof instant === 'string' ? stampDay(instant) : localDay(instant)).toBe(day);
    if (typeof instant === 'string' && !Number.isNaN(new Date(instant).getTime()) && instant.length > 10) expect(localDay(new Date(instant))).toBe(day);
  });

  it('writes DTSTAMP in UTC, as iCalendar requires', () => {
    expect(icsUtcStamp(new Date(HALF_PAST_MIDNIGHT))).toBe('20261230T163000Z');
  });

  it('names a backup made then 2026-12-31 and dates its members 2026-12-31 00:30', () => {
    const backup = { ...sampleBackup(), exportedAt: HALF_PAST_MIDNIGHT };
    expect(backupFileName(backup.exportedAt)).toBe('学时簿备份-2026-12-31.zip');
    const times = memberTimes(writeBackup(backup));
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toBe('2026-12-31 00:30');
  });

  it('dates the 申报材料包’s members at the local time it was made', () => {
    const zip = buildPack({ pdfName: 'a.pdf', pdf: new Uint8Array([37, 80, 68, 70]), csvName: 'b.csv', csv: 'x', entries: [], madeAt: new Date(HALF_PAST_MIDNIGHT) });
    expect(memberTimes(zip)).toEqual(['2026-12-31 00:30', '2026-12-31 00:30']);
  });

  it.each([
    ['a backup at 00:30 today is not a day old', HALF_PAST_MIDNIGHT, '2026-12-31', null],
    ['30 local days after a 00:30 backup', HALF_PAST_MIDNIGHT, '2027-01-30', '已有 30 天没有备份，建议再备份一次。'],
    ['29 local days after (30 by the UTC day)', HALF_PAST_MIDNIGHT, '2027-01-29', null],
  ])('the backup nudge counts local days: %s', (_name, lastBackupAt, today, nudge) => {
    expect(backupNudge({ lastBackupAt, changesSinceBackup: 0, entryCount: 3, persisted: true, today })).toBe(nudge);
  });
});
