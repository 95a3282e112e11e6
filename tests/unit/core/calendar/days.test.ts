import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, eachDay, isWeekend, weekday } from '../../../../src/core/calendar/days';

describe('day arithmetic', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-30', 0, '2025-03-30'],
  ])('%s + %i days = %s', (from, days, to) => expect(addDays(from, days)).toBe(to));

  it.each([
    ['2025-01-01', '2025-12-31', 364],
    ['2024-01-01', '2024-12-31', 365],
    ['2025-12-31', '2025-12-01', -30],
  ])('%s → %s is %i days', (from, to, days) => expect(daysBetween(from, to)).toBe(days));

  it.each([
    ['2025-12-31', 3, false],
    ['2025-12-27', 6, true],
    ['2025-12-28', 0, true],
    ['1970-01-01', 4, false],
    ['1969-12-28', 0, true],
  ])('%s is weekday %i (weekend %s)', (day, expected, weekend) => {
    expect(weekday(day)).toBe(expected);
    expect(isWeekend(day)).toBe(weekend);
  });

  it('lists each day of a range, both ends included', () => {
    expect(eachDay('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(eachDay('2025-01-02', '2025-01-01')).toEqual([]);
  });
});
