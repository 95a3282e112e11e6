import { formatHours } from '../hours/formatHours';
import { yearsOverview, type OverviewRow } from '../overview/yearsOverview';
import { generalFigure, NO_REQUIREMENT, ruleBasisText, YEAR_STATUS_LABELS } from '../rules/describe';
import type { YearReport } from '../rules/report';
import type { Entry } from '../schemas/entry';
import type { Profile } from '../schemas/profile';
import { SUMMARY_NAME, summaryTitle } from '../vocabulary';
import { summaryFileName } from './summaryFileName';
import { buildSummary, type SummaryModel } from './summaryModel';

/** The multi-year summary's name, for a range of years: "2021—2025年度继续教育学时自查申报汇总表". */
export function rangeSummaryTitle(startYear: number, endYear: number): string {
  return startYear === endYear ? summaryTitle(startYear) : `${startYear}—${endYear}年度${SUMMARY_NAME}`;
}

/** The multi-year summary's section headings (the per-year sections reuse the yearly ones under the year). */
export const RANGE_HEADINGS = {
  overview: '历年学时完成情况（单位：学时）',
  requirement: (year: number) => `${year}年度学时完成情况（单位：学时）`,
  entries: (year: number) => `${year}年度学习记录明细`,
} as const;

/** The overview table's columns, left to right: credited against required, the status and the rule each year rests on. */
export const RANGE_COLUMNS = [
  { key: 'year', label: '年度' },
  { key: 'public', label: '公需科目\n已计入/要求' },
  { key: 'professional', label: '专业科目\n已计入/要求' },
  { key: 'total', label: '合计\n已计入/要求' },
  { key: 'status', label: '状态' },
  { key: 'basis', label: '依据' },
] as const;

export type RangeColumn = (typeof RANGE_COLUMNS)[number]['key'];
export type RangeRow = Record<RangeColumn, string>;

/** Where the rule sets no figure (公需科目 under the national rule), the cell says so rather than showing 0. */
export const NO_FIGURE = NO_REQUIREMENT;

/** The whole multi-year summary as data: what the PDF and the print view both show, in order. */
export interface RangeSummaryModel {
  startYear: number;
  endYear: number;
  title: string;
  fileName: string;
  generatedOn: string;
  profile: SummaryModel['profile'];
  overviewRows: RangeRow[];
  /** Per year: the rule it rests on in full words, and any entry that runs across years. */
  overviewNotes: string[];
  /** Each year's own summary (its requirement table, status, notes and entry tables). */
  years: SummaryModel[];
  pledge: string;
  signatureLabels: string[];
  reviewBox: SummaryModel['reviewBox'];
  footerNote: string;
}

export interface RangeSummaryInput {
  /** Each year of the range: its report (computed once) and the entries counted in it. */
  years: readonly { report: YearReport; entries: readonly Entry[] }[];
  profile: Profile;
  generatedOn: string;
}

/**
 * The years of a range this device holds no record of, said plainly:
 * "本机没有2019、2025年度的记录（无记录）；这些年度的学时以平台记录为准。"; null when every year has records.
 */
export function noRecordsNote(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  return `本机没有${years.join('、')}年度的记录（${YEAR_STATUS_LABELS.noRecords}）；这些年度的学时以平台记录为准。`;
}

/** "30/30": table cells are figures in 学时 (the heading names the unit), as in the yearly summary. */
const requiredCell = (cell: OverviewRow['cells']['public']) =>
  cell.requiredTenths === null ? NO_FIGURE : cell.generalRatio ? generalFigure(formatHours(cell.requiredTenths)) : formatHours(cell.requiredTenths);
const cellText = (cell: OverviewRow['cells']['public']) => `${formatHours(cell.creditedTenths)}/${requiredCell(cell)}`;

/**
 * Builds the record of a range of years: one overview row per year (naming
 * the rule the year rests on: its own notice, 推定 from a later notice, or
 * the national rule), then each year's own summary, then one pledge,
 * signature and 用人单位 block for the whole record.
 */
export function buildRangeSummary({ years, profile, generatedOn }: RangeSummaryInput): RangeSummaryModel {
  if (years.length === 0) throw new RangeError('a range summary needs at least one year');
  const ascending = [...years].sort((a, b) => a.report.year - b.report.year);
  const startYear = ascending[0]?.report.year ?? 0;
  const endYear = ascending.at(-1)?.report.year ?? 0;
  const summaries = ascending.map(({ report, entries }) => buildSummary({ report, entries, profile, generatedOn }));
  const rows = yearsOverview(ascending).reverse();
  const empty = noRecordsNote(ascending.filter(({ report }) => report.countedEntries === 0).map(({ report }) => report.year));
  const first = summaries[0];
  if (first === undefined) throw new RangeError('a range summary needs at least one year');
  return {
    startYear,
    endYear,
    title: rangeSummaryTitle(startYear, endYear),
    fileName: summaryFileName(rangeSummaryTitle(startYear, endYear), profile.name, generatedOn),
    generatedOn,
    profile: first.profile,
    overviewRows: rows.map((row) => ({
      year: `${row.year}`,
      public: cellText(row.cells.public),
      professional: cellText(row.cells.professional),
      total: cellText(row.cells.total),
      status: row.statusLabel,
      basis: row.basisLabel,
    })),
    overviewNotes: [
      ...(empty === null ? [] : [empty]),
      ...ascending.map(({ report }) => `${report.year}年度：${ruleBasisText(report)}`),
      ...[...new Set(rows.flatMap((row) => row.crossYearNotes))],
    ],
    years: summaries,
    pledge: first.pledge,
    signatureLabels: first.signatureLabels,
    reviewBox: first.reviewBox,
    footerNote: first.footerNote,
  };
}
