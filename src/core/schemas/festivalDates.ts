import * as z from 'zod/mini';
import { yearOf } from '../calendar/days';
import { isoDateSchema } from './isoDate';

/** One year's Gregorian dates of the days article 2 of 全国年节及纪念日放假办法 fixes by the Chinese calendar. */
const festivalYearSchema = z
  .strictObject({
    year: z.int().check(z.gte(2025), z.lte(2100)),
    /** 正月初一; 除夕 is the day before. */
    springFestival: isoDateSchema,
    /** 清明 (a solar term, 4–6 April). */
    qingming: isoDateSchema,
    /** 端午, 五月初五. */
    dragonBoat: isoDateSchema,
    /** 中秋, 八月十五. */
    midAutumn: isoDateSchema,
  })
  .check(
    z.superRefine((row, ctx) => {
      const windows = [
        ['springFestival', '01-21', '02-20'],
        ['qingming', '04-04', '04-06'],
        ['dragonBoat', '05-28', '06-25'],
        ['midAutumn', '09-07', '10-08'],
      ] as const;
      for (const [field, from, to] of windows) {
        const day = row[field];
        if (yearOf(day) !== row.year || day.slice(5) < from || day.slice(5) > to) {
          ctx.issues.push({ code: 'custom', input: day, path: [field], message: `${day} 不在 ${row.year} 年该节日可能的日期范围内（${from} 至 ${to}）` });
        }
      }
    }),
  );

/**
 * The sourced table of those dates (content/festivals/festival-dates.json,
 * from content/sources/festival-dates-2025-2030.md): one row a year, in order, no gaps.
 */
export const festivalDatesSchema = z
  .strictObject({
    /** The source file the table is copied from. */
    source: z.string().check(z.minLength(1)),
    years: z.array(festivalYearSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((table, ctx) => {
      table.years.forEach((row, index) => {
        const previous = table.years[index - 1];
        if (previous && row.year !== previous.year + 1) {
          ctx.issues.push({ code: 'custom', input: row.year, path: ['years', index, 'year'], message: `${row.year} 年应紧接 ${previous.year} 年` });
        }
      });
    }),
  );

export type FestivalDates = z.infer<typeof festivalDatesSchema>;
export type FestivalYear = FestivalDates['years'][number];
