import { describe, expect, it } from 'vitest';
import { eachDay } from '../../../../src/core/calendar/days';
import { coversRange, createWorkingCalendar, statutoryDaysOff } from '../../../../src/core/calendar/workingCalendar';
import { calendarYearSchema } from '../../../../src/core/schemas/calendarYear';
import { CALENDAR, CALENDAR_YEARS } from '../../../helpers/engine';

describe('working days', () => {
  it.each([
    // 2025-12-31 is a Wednesday; 2026-01-01…03 are days off and Sunday 01-04 is worked.
    ['2025-12-17', 10, '2025-12-31'],
    ['2025-12-18', 10, '2026-01-04'],
    ['2025-12-30', 5, '2026-01-07'],
    ['2025-12-31', 1, '2026-01-04'],
    // Friday before 春节 2025: 01-26 (Sun) is worked, 01-28…02-04 off, 02-08 (Sat) worked.
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2025-02-07', 1, '2025-02-08'],
    ['2025-09-30', 5, '2025-10-14'],
    ['2025-06-06', 0, '2025-06-06'],
  ])('%s + %i working days = %s', (from, days, to) => {
    expect(CALENDAR.addWorkingDays(from, days)).toBe(to);
  });

  it.each([
    ['2025-12-01', '2025-12-31', 23],
    ['2025-10-01', '2025-10-08', 0],
    ['2025-09-27', '2025-09-28', 1],
    ['2025-12-31', '2025-12-01', 0],
  ])('%s … %s holds %i working days', (from, to, count) => {
    expect(CALENDAR.workingDaysBetween(from, to)).toBe(count);
  });

  it('coversRange says whether a span rests only on official schedules', () => {
    expect(coversRange(CALENDAR, '2025-12-01', '2026-01-10')).toBe(true);
    expect(coversRange(CALENDAR, '2026-12-01', '2027-01-10')).toBe(false);
    expect(coversRange(CALENDAR, '2024-12-30', '2025-01-02')).toBe(false);
  });
});

describe('a year without a State Council schedule (全国年节及纪念日放假办法, article 2)', () => {
  it('is not covered, and gets its statutory days off (weekends otherwise, no 调休 guessed)', () => {
    expect(CALENDAR.covers(2027)).toBe(false);
    expect(CALENDAR.isWorkingDay('2027-01-01')).toBe(false); // 元旦, a Friday
    expect(CALENDAR.isWorkingDay('2027-01-02')).toBe(false); // a Saturday
    expect(CALENDAR.isWorkingDay('2027-01-04')).toBe(true);
  });

  it.each([
    // 2027 from the sourced table: 春节 02-06, so 除夕 02-05 … 初三 02-08; 清明 04-05; 端午 06-09; 中秋 09-15.
    ['2027-02-04', true],
    ['2027-02-05', false],
    ['2027-02-08', false],
    ['2027-02-09', true],
    ['2027-04-05', false],
    ['2027-06-09', false],
    ['2027-09-15', false],
    ['2027-05-03', true], // 劳动节 is 1–2 May only; 5-3 is a Monday
    ['2027-10-01', false],
    ['2027-10-04', true], // 国庆节 is 1–3 October; 10-4 is a Monday
    // 2031 is beyond the table: only the fixed solar days, and weekdays.
    ['2031-01-01', false], // a Wednesday
    ['2031-01-22', true], // 除夕 2031 is not in the table: a working day here
    ['2031-05-02', false], // a Friday
    ['2031-10-03', false], // a Friday
    ['2031-10-06', true],
    // Before the current 办法 (2025), weekdays only.
    ['2024-01-01', true],
  ])('%s is a working day: %s', (day, working) => {
    expect(CALENDAR.isWorkingDay(day)).toBe(working);
  });

  it('a declaration on 2026-12-30 has its 5-working-day limit on 2027-01-07, not 2027-01-06', () => {
    // 12-31 (Thu), then 01-01 off, 01-02/03 weekend: 01-04, 05, 06, 07.
    expect(CALENDAR.addWorkingDays('2026-12-30', 5)).toBe('2027-01-07');
    expect(coversRange(CALENDAR, '2026-12-30', '2027-01-07')).toBe(false);
  });

  it('lists the 办法 days of a year, with or without its lunar dates', () => {
    expect(statutoryDaysOff(2031, undefined)).toEqual(['2031-01-01', '2031-05-01', '2031-05-02', '2031-10-01', '2031-10-02', '2031-10-03']);
    expect(statutoryDaysOff(2024, undefined)).toEqual([]);
    expect(statutoryDaysOff(2028, { year: 2028, springFestival: '2028-01-26', qingming: '2028-04-04', dragonBoat: '2028-05-28', midAutumn: '2028-10-03' })).toEqual([
      '2028-01-01',
      '2028-01-25',
      '2028-01-26',
      '2028-01-27',
      '2028-01-28',
      '2028-04-04',
      '2028-05-01',
      '2028-05-02',
      '2028-05-28',
      '2028-10-01',
      '2028-10-02',
      '2028-10-03', // 中秋 falls on 国庆节 that year: one day off, listed once
    ]);
  });

  it('without the table, a later year still gets the fixed days', () => {
    const bare = createWorkingCalendar(CALENDAR_YEARS);
    expect(bare.isWorkingDay('2027-01-01')).toBe(false);
    expect(bare.isWorkingDay('2027-02-05')).toBe(true);
  });

  it('leaves 2025 and 2026 to their schedules: the table changes nothing there', () => {
    const bare = createWorkingCalendar(CALENDAR_YEARS);
    for (const day of eachDay('2025-01-01', '2026-12-31')) expect(CALENDAR.isWorkingDay(day), day).toBe(bare.isWorkingDay(day));
  });
});

describe('calendarYearSchema', () => {
  const valid = {
    year: 2025,
    source: { title: '通知', publishedOn: '2024-11-12' },
    holidays: [{ name: '春节', daysOff: { from: '2025-01-28', to: '2025-02-04' }, extraWorkingDays: ['2025-01-26'] }],
  };
  const paths = (value: unknown) => {
    const result = calendarYearSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };

  it('accepts a schedule', () => expect(paths(valid)).toEqual([]));

  it.each([
    ['a working day that is not a weekend', { extraWorkingDays: ['2025-01-27'] }, 'holidays.0.extraWorkingDays.0'],
    ['a working day that is also off', { extraWorkingDays: ['2025-02-01'] }, 'holidays.0.extraWorkingDays.0'],
    ['a range ending before it starts', { daysOff: { from: '2025-02-04', to: '2025-01-28' } }, 'holidays.0.daysOff.to'],
    ['days off in another year', { daysOff: { from: '2024-12-31', to: '2025-01-01' } }, 'holidays.0.daysOff'],
  ])('rejects %s', (_label, change, path) => {
    expect(paths({ ...valid, holidays: [{ ...valid.holidays[0], ...change }] })).toContain(path);
  });
});
