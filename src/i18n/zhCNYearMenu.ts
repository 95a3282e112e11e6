import { hoursText } from '../core/rules/describe';

/** Words of the year menu and the 历年概览 heading: the few the log's first load needs (the rest are in zhCNYears.ts). */
export const yearMenuText = {
  /** "2024年（已记 92 学时）" for a year with records; "2024年" otherwise. */
  option: (year: number, loggedTenths: number | undefined) => (loggedTenths === undefined || loggedTenths === 0 ? `${year}年` : `${year}年（已记 ${hoursText(loggedTenths)}）`),
  overviewTitle: '历年概览',
};
