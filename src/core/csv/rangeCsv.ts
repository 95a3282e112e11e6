import type { Entry } from '../schemas/entry';
import { writeCsv } from './csv';
import { CSV_FIELDS } from './csvFields';
import { entryCsvCells } from './entriesCsv';

/** The year column of the multi-year spreadsheet: the year an entry counts in (the year of its completion date). */
export const YEAR_HEADER = '年度';

/**
 * Entries of several years as one spreadsheet: one row per entry, ordered by
 * year then completion date, a 年度 column first, then the yearly export's columns.
 */
export function rangeEntriesToCsv(years: readonly { year: number; entries: readonly Entry[] }[]): string {
  const rows = [...years]
    .sort((a, b) => a.year - b.year)
    .flatMap(({ year, entries }) =>
      [...entries]
        .sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
        .map((entry) => [String(year), ...entryCsvCells(entry)]),
    );
  return writeCsv([[YEAR_HEADER, ...CSV_FIELDS.map((field) => field.header)], ...rows]);
}
