/** The summary's model and HTML view, fetched on the first click so they stay out of the log's first load. */
export { buildSummary } from '../../core/pdf/summaryModel';
export { SummaryView } from '../SummaryView';
