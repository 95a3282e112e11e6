import { NO_RECORDS_TEXT, YEAR_STATUS_LABELS } from '../rules/describe';
import type { Entry } from '../schemas/entry';
import { writeCsv } from './csv';
import { CSV_FIELDS } from './csvFields';
import { entryCsvCells } from './entriesCsv';

/** The year column of the multi-year spreadsheet: the year an entry counts in (the year of its completion date). */
export const YEAR_HEADER = '年度';

/**
 * Entries of several years as one spreadsheet: one row per entry, ordered by
 * year then completion date, a 年度 column first, then the yearly export's columns.
 * A year with no entry here gets one row saying so (无记录), so the file never
 * reads as if that year's hours were missing.
 */
export function rangeEntriesToCsv(years: readonly { year: number; entries: readonly Entry[] }[]): string {
  const rows = [...years]
    .sort((a, b) => a.year - b.year)
    .flatMap(({ year, entries }) =>
      entries.length === 0
        ? [[String(year), `${YEAR_STATUS_LABELS.noRecords}（${NO_RECORDS_TEXT}）`, ...CSV_FIELDS.slice(1).map(() => '')]]
        : [...entries]
        .sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
        .map((entry) => [String(year), ...entryCsvCells(entry)]),
    );
  return writeCsv([[YEAR_HEADER, ...CSV_FIELDS.map((field) => field.header)], ...rows]);
}
