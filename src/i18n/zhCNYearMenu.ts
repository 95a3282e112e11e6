import { hoursText } from '../core/rules/describe';

/** Words of the year menu and the 历年概览 heading: the few the log's first load needs (the rest are in zhCNYears.ts). */
export const yearMenuText = {
  /** "2024年（共记录 92 学时）" for a year with records ("已记" read as 已计入); "2024年" otherwise. */
  option: (year: number, loggedTenths: number | undefined) => (loggedTenths === undefined || loggedTenths === 0 ? `${year}年` : `${year}年（共记录 ${hoursText(loggedTenths)}）`),
  overviewTitle: '历年概览',
};
