import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eachDay, isWeekend } from '../../src/core/calendar/days';
import { CALENDAR, CALENDAR_YEARS } from '../helpers/engine';
import { HOLIDAYS } from '../helpers/content';

interface ReferenceYear {
  daysOff: Set<string>;
  extraWorkingDays: Set<string>;
}

/** Reads the holiday tables of content/sources/holidays-2025-2026.md, independently of our data. */
function readReference(): Map<number, ReferenceYear> {
  const text = readFileSync(HOLIDAYS, 'utf8');
  const years = new Map<number, ReferenceYear>();
  let current: ReferenceYear | undefined;
  let year = 0;
  for (const line of text.split('\n')) {
    const heading = /^## (\d{4})/.exec(line);
    if (heading) {
      year = Number(heading[1]);
      current = { daysOff: new Set(), extraWorkingDays: new Set() };
      years.set(year, current);
      continue;
    }
    const row = /^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|$/.exec(line);
    if (!current || !row || !/\d\d-\d\d/.test(row[2] ?? '')) continue;
    const off = /(\d\d-\d\d)(?:\s*…\s*(\d\d-\d\d))?\s*\((\d+) days?/.exec(row[2] ?? '');
    if (!off) throw new Error(`cannot read ${line}`);
    const from = `${year}-${off[1]}`;
    const days = eachDay(from, `${year}-${off[2] ?? off[1]}`);
    expect(days, `${row[1]} ${year}: stated day count`).toHaveLength(Number(off[3]));
    for (const day of days) current.daysOff.add(day);
    for (const match of (row[3] ?? '').matchAll(/(\d\d-\d\d)/g)) current.extraWorkingDays.add(`${year}-${match[1]}`);
  }
  return years;
}

describe('working-day calendar', () => {
  const reference = readReference();

  it('holds the two years of the reference', () => {
    expect([...reference.keys()]).toEqual([2025, 2026]);
    expect(CALENDAR_YEARS.map((calendar) => calendar.year)).toEqual([2025, 2026]);
  });

  for (const year of [2025, 2026]) {
    it(`${year}: every day of the year is a working day exactly when the State Council schedule says`, () => {
      const ref = reference.get(year);
      if (!ref) throw new Error(`no reference for ${year}`);
      const mismatches = eachDay(`${year}-01-01`, `${year}-12-31`).filter((day) => {
        const expected = ref.extraWorkingDays.has(day) || (!ref.daysOff.has(day) && !isWeekend(day));
        return CALENDAR.isWorkingDay(day) !== expected;
      });
      expect(mismatches).toEqual([]);
      expect(CALENDAR.covers(year)).toBe(true);
    });
  }

  it('names its sources', () => {
    expect(CALENDAR_YEARS[0]?.source).toEqual({
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      number: '国办发明电〔2024〕12号',
      publishedOn: '2024-11-12',
    });
    expect(CALENDAR_YEARS[1]?.source.publishedOn).toBe('2025-11-04');
  });
});
