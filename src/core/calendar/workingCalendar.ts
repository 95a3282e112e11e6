import type { CalendarYear } from '../schemas/calendarYear';
import { dayNumber, eachDay, isoFromDayNumber, yearOf } from './days';

export interface WorkingCalendar {
  /** Whether the official schedule of that year is known; otherwise weekdays stand in for working days. */
  covers(year: number): boolean;
  /** Monday–Friday minus days off, plus the weekend days worked instead. */
  isWorkingDay(isoDate: string): boolean;
  /** The date of the n-th working day after `isoDate` (the day itself not counted); n ≥ 0. */
  addWorkingDays(isoDate: string, n: number): string;
  /** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
}

/** A working-day calendar over the given years' schedules. Years without one fall back to weekdays, and `covers` says so. */
export function createWorkingCalendar(years: readonly CalendarYear[]): WorkingCalendar {
  const covered = new Set<number>();
  // Day numbers, not strings: the engine asks this thousands of times per report.
  const daysOff = new Set<number>();
  const extraWorkingDays = new Set<number>();
  for (const calendar of years) {
    covered.add(calendar.year);
    for (const holiday of calendar.holidays) {
      for (const day of eachDay(holiday.daysOff.from, holiday.daysOff.to)) daysOff.add(dayNumber(day));
      for (const day of holiday.extraWorkingDays) extraWorkingDays.add(dayNumber(day));
    }
  }

  const isWorkingDayNumber = (day: number): boolean => {
    if (extraWorkingDays.has(day)) return true;
    if (daysOff.has(day)) return false;
    // Day 0 (1970-01-01) was a Thursday: (day + 4) mod 7 is 0 on Sundays.
    const weekday = (((day + 4) % 7) + 7) % 7;
    return weekday !== 0 && weekday !== 6;
  };

  return {
    covers: (year) => covered.has(year),
    isWorkingDay: (isoDate) => isWorkingDayNumber(dayNumber(isoDate)),
    addWorkingDays(isoDate, n) {
      let day = dayNumber(isoDate);
      let remaining = n;
      while (remaining > 0) {
        day += 1;
        if (isWorkingDayNumber(day)) remaining -= 1;
      }
      return isoFromDayNumber(day);
    },
    workingDaysBetween(from, to) {
      let count = 0;
      const last = dayNumber(to);
      for (let day = dayNumber(from); day <= last; day += 1) if (isWorkingDayNumber(day)) count += 1;
      return count;
    },
  };
}

/** Whether every year from `from` to `to` has its official schedule in the calendar. */
export function coversRange(calendar: WorkingCalendar, from: string, to: string): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1) if (!calendar.covers(year)) return false;
  return true;
}
