/** The multi-year record's model, spreadsheet and print view, fetched on the first click so they stay out of the log's first load. */
export { buildRangeSummary, rangeSummaryTitle } from '../../core/pdf/rangeSummaryModel';
export { rangeEntriesToCsv } from '../../core/csv/rangeCsv';
export { RangeSummaryView } from '../RangeSummaryView';
