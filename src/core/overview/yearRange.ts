import { FIRST_YEAR } from './yearMenu';

export { FIRST_YEAR };

/** The longest range one record may cover. */
export const MAX_RANGE_YEARS = 20;

export type RangeProblem = 'notAYear' | 'beforeFirstYear' | 'startAfterEnd' | 'tooLong';

export type RangeCheck = { ok: true; start: number; end: number; years: number[] } | { ok: false; field: 'start' | 'end'; problem: RangeProblem };

/**
 * A range of years for a multi-year record: both whole years, none before
 * FIRST_YEAR, start ≤ end, at most MAX_RANGE_YEARS years. Anything else names
 * the field at fault and nothing is to be generated.
 */
export function checkYearRange(start: number, end: number): RangeCheck {
  if (!Number.isInteger(start)) return { ok: false, field: 'start', problem: 'notAYear' };
  if (!Number.isInteger(end)) return { ok: false, field: 'end', problem: 'notAYear' };
  if (start < FIRST_YEAR) return { ok: false, field: 'start', problem: 'beforeFirstYear' };
  if (end < FIRST_YEAR) return { ok: false, field: 'end', problem: 'beforeFirstYear' };
  if (start > end) return { ok: false, field: 'start', problem: 'startAfterEnd' };
  if (end - start + 1 > MAX_RANGE_YEARS) return { ok: false, field: 'end', problem: 'tooLong' };
  return { ok: true, start, end, years: Array.from({ length: end - start + 1 }, (_, index) => start + index) };
}
