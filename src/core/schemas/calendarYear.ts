import * as z from 'zod/mini';
import { eachDay, isWeekend, yearOf } from '../calendar/days';
import { isoDateSchema } from './isoDate';

/** One holiday of the State Council's yearly schedule, as the notice lists it. */
const holidaySchema = z.strictObject({
  /** The holiday's name as printed, e.g. 春节. */
  name: z.string().check(z.minLength(1)),
  /** The block of consecutive days off, both ends included. */
  daysOff: z.strictObject({ from: isoDateSchema, to: isoDateSchema }),
  /** Weekend days worked instead (调休上班). */
  extraWorkingDays: z.array(isoDateSchema),
});

/**
 * A year's statutory days off and extra working days (content/calendar/<year>.json),
 * from the State Council General Office's notice for that year.
 */
export const calendarYearSchema = z
  .strictObject({
    year: z.int().check(z.gte(2015), z.lte(2100)),
    /** The notice the schedule comes from. */
    source: z.strictObject({
      title: z.string().check(z.minLength(1)),
      /** The document number, where the notice has one. */
      number: z.optional(z.string().check(z.minLength(1))),
      publishedOn: isoDateSchema,
    }),
    holidays: z.array(holidaySchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((calendar, ctx) => {
      const daysOff = new Set<string>();
      calendar.holidays.forEach((holiday, index) => {
        const { from, to } = holiday.daysOff;
        if (from > to) {
          ctx.issues.push({ code: 'custom', input: to, path: ['holidays', index, 'daysOff', 'to'], message: '放假结束日期早于开始日期' });
          return;
        }
        for (const day of eachDay(from, to)) {
          if (yearOf(day) !== calendar.year) {
            ctx.issues.push({ code: 'custom', input: day, path: ['holidays', index, 'daysOff'], message: `${day} 不在 ${calendar.year} 年` });
            return;
          }
          if (daysOff.has(day)) {
            ctx.issues.push({ code: 'custom', input: day, path: ['holidays', index, 'daysOff'], message: `${day} 重复列为放假日` });
          }
          daysOff.add(day);
        }
      });
      calendar.holidays.forEach((holiday, index) => {
        holiday.extraWorkingDays.forEach((day, dayIndex) => {
          const path = ['holidays', index, 'extraWorkingDays', dayIndex];
          if (!isWeekend(day)) ctx.issues.push({ code: 'custom', input: day, path, message: `调休上班日 ${day} 不是周末` });
          if (daysOff.has(day)) ctx.issues.push({ code: 'custom', input: day, path, message: `${day} 同时列为放假日和上班日` });
          if (yearOf(day) !== calendar.year) ctx.issues.push({ code: 'custom', input: day, path, message: `${day} 不在 ${calendar.year} 年` });
        });
      });
    }),
  );

export type CalendarYear = z.infer<typeof calendarYearSchema>;
