import { describe, expect, it } from 'vitest';
import { coversRange } from '../../../../src/core/calendar/workingCalendar';
import { calendarYearSchema } from '../../../../src/core/schemas/calendarYear';
import { CALENDAR } from '../../../helpers/engine';

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

  it('answers a year without a schedule with weekdays only, and says it does not cover it', () => {
    expect(CALENDAR.covers(2027)).toBe(false);
    expect(CALENDAR.isWorkingDay('2027-01-01')).toBe(true); // a Friday; the real schedule is unknown
    expect(CALENDAR.isWorkingDay('2027-01-02')).toBe(false);
    expect(coversRange(CALENDAR, '2025-12-01', '2026-01-10')).toBe(true);
    expect(coversRange(CALENDAR, '2026-12-01', '2027-01-10')).toBe(false);
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
