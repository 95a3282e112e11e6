import type { CalendarYear } from '../schemas/calendarYear';
import type { FestivalYear } from '../schemas/festivalDates';
import { addDays, dayNumber, eachDay, isoFromDayNumber, yearOf } from './days';

/**
 * The first year under the current text of 全国年节及纪念日放假办法 (国务院令第795号,
 * in force 2025-01-01; content/sources/national-holidays-measures.md). A year
 * without a schedule from then on gets its article 2 days off; before it, weekdays only.
 */
export const STATUTORY_FROM_YEAR = 2025;
/** The last year a calendar can be asked about (the calendar schema's bound). */
const LAST_YEAR = 2100;

/** Article 2's days fixed in the Gregorian calendar: 元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October. */
const FIXED_DAYS_OFF = ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'] as const;

/**
 * The days off article 2 of the 办法 gives a year (weekends aside), without any
 * 调休 or 补假, which only the yearly notice sets: the fixed days, and where
 * `festivals` has the year, 除夕 to 正月初三, 清明, 端午 and 中秋.
 */
export function statutoryDaysOff(year: number, festivals: FestivalYear | undefined): string[] {
  if (year < STATUTORY_FROM_YEAR) return [];
  const days: string[] = FIXED_DAYS_OFF.map((monthDay) => `${year}-${monthDay}`);
  if (festivals) {
    days.push(...eachDay(addDays(festivals.springFestival, -1), addDays(festivals.springFestival, 2)));
    days.push(festivals.qingming, festivals.dragonBoat, festivals.midAutumn);
  }
  return [...new Set(days)].sort();
}

export interface WorkingCalendar {
  /**
   * Whether the official schedule of that year is known. Otherwise the year is
   * estimated: its days off are the 办法's statutory days (statutoryDaysOff) and the weekends.
   */
  covers(year: number): boolean;
  /** Monday–Friday minus days off, plus the weekend days worked instead. */
  isWorkingDay(isoDate: string): boolean;
  /** The date of the n-th working day after `isoDate` (the day itself not counted); n ≥ 0. */
  addWorkingDays(isoDate: string, n: number): string;
  /** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
}

/**
 * A working-day calendar over the given years' schedules. A year without one
 * falls back to weekdays less the 办法's statutory days off (the lunar ones
 * where `festivals` has the year), and `covers` says so.
 */
export function createWorkingCalendar(years: readonly CalendarYear[], festivals: readonly FestivalYear[] = []): WorkingCalendar {
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
  const festivalsByYear = new Map(festivals.map((row) => [row.year, row]));
  for (let year = STATUTORY_FROM_YEAR; year <= LAST_YEAR; year += 1) {
    if (covered.has(year)) continue;
    for (const day of statutoryDaysOff(year, festivalsByYear.get(year))) daysOff.add(dayNumber(day));
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

/**
 * Whether every year from `from` to `to` has its official schedule in the
 * calendar; when not, a date counted over that span is estimated and says so
 * (CALENDAR_ESTIMATE_LABEL).
 */
export function coversRange(calendar: WorkingCalendar, from: string, to: string): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1) if (!calendar.covers(year)) return false;
  return true;
}
