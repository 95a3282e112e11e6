import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../src/core/calendar/days';
import { statutoryDaysOff } from '../../src/core/calendar/workingCalendar';
import { CALENDAR_YEARS, FESTIVAL_DATES } from '../helpers/engine';
import { SOURCES } from '../helpers/content';

/** The table of content/sources/festival-dates-2025-2030.md, read independently of our data. */
function readReference(): Map<number, string[]> {
  const text = readFileSync(join(SOURCES, 'festival-dates-2025-2030.md'), 'utf8');
  const rows = new Map<number, string[]>();
  for (const line of text.split('\n')) {
    const row = /^\| (\d{4}) \| (\S+) \| (\S+) \| (\S+) \| (\S+) \|$/.exec(line);
    if (row) rows.set(Number(row[1]), row.slice(2, 6));
  }
  return rows;
}

describe('festival dates (content/festivals)', () => {
  const reference = readReference();

  it('holds the years 2025–2030 of the source, date for date', () => {
    expect(FESTIVAL_DATES.map((row) => row.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    for (const row of FESTIVAL_DATES) {
      expect([row.springFestival, row.qingming, row.dragonBoat, row.midAutumn], String(row.year)).toEqual(reference.get(row.year));
    }
  });

  for (const year of [2025, 2026]) {
    it(`${year}: every statutory day of the 办法 from the table is a day off in the State Council schedule`, () => {
      const schedule = CALENDAR_YEARS.find((calendar) => calendar.year === year);
      if (!schedule) throw new Error(`no schedule for ${year}`);
      const daysOff = new Set(schedule.holidays.flatMap((holiday) => eachDay(holiday.daysOff.from, holiday.daysOff.to)));
      const row = FESTIVAL_DATES.find((festival) => festival.year === year);
      const statutory = statutoryDaysOff(year, row);
      // 除夕 to 初三, 清明, 端午, 中秋, and the six fixed days: 4 + 3 + 6.
      expect(statutory).toHaveLength(13);
      expect(statutory.filter((day) => !daysOff.has(day))).toEqual([]);
      expect(statutory).toContain(addDays(row?.springFestival ?? '', -1));
    });
  }

  it('the 办法 source states the figures the calendar uses', () => {
    const text = readFileSync(join(SOURCES, 'national-holidays-measures.md'), 'utf8');
    for (const clause of [
      '（一）元旦，放假1天（1月1日）',
      '（二）春节，放假4天（农历除夕、正月初一至初三）',
      '（三）清明节，放假1天（农历清明当日）',
      '（四）劳动节，放假2天（5月1日、2日）',
      '（五）端午节，放假1天（农历端午当日）',
      '（六）中秋节，放假1天（农历中秋当日）',
      '（七）国庆节，放假3天（10月1日至3日）',
      '国务院令 第795号',
    ]) {
      expect(text).toContain(clause);
    }
  });
});
