import { yearOf } from '../calendar/days';
import { countedYear } from '../entries/countedYear';
import { describeWarning, hoursText, NO_RECORDS_TEXT, ruleBasisLabel, YEAR_STATUS_LABELS, tallyBreakdown, tallyVerdict } from '../rules/describe';
import type { Tally, YearReport, YearStatus } from '../rules/report';
import type { RuleBasis } from '../rules/resolveRule';
import type { Entry } from '../schemas/entry';
import { KIND_LABELS } from '../vocabulary';

/** The fields of an entry the overview reads. */
export type OverviewEntry = Pick<Entry, 'id' | 'title' | 'startDate' | 'endDate'>;

/** One year as the overview gets it: its report (computed once) and the entries that count in it (its index query). */
export interface OverviewYear {
  report: YearReport;
  entries: readonly OverviewEntry[];
}

export type OverviewPart = 'public' | 'professional' | 'total';

/** One part of a year (公需, 专业 or 合计): credited against required, from the report's tally. */
export interface OverviewCell {
  part: OverviewPart;
  label: string;
  creditedTenths: number;
  /** Null where the rule sets no figure (公需科目 under the national rule). */
  requiredTenths: number | null;
  credited: string;
  required: string | null;
  /** The figure is only the rule's general ratio (专业科目 under the national rule): shown as 一般不少于, never as a minimum. */
  generalRatio: boolean;
  /** "已计入 30 学时 · 审核中 24 学时 · 还需学习 6 学时". */
  breakdown: string;
  verdict: string;
}

export interface OverviewRow {
  year: number;
  basis: RuleBasis;
  /** 2025年通知 / 按2025年通知推定 / 国家规定. */
  basisLabel: string;
  status: YearStatus;
  statusLabel: string;
  /** What 无记录 means (本机没有这一年的记录), for a year this device holds no record of; null otherwise. */
  statusNote: string | null;
  cells: Record<OverviewPart, OverviewCell>;
  /** Every 学时 logged for the year, whatever its state (credited, pending, to declare, returned, late). */
  loggedTenths: number;
  entryCount: number;
  /** Entries that run across a year boundary, noted in every year they touch (they count in the year they end). */
  crossYearNotes: string[];
}

export const OVERVIEW_PART_LABELS: Record<OverviewPart, string> = { public: KIND_LABELS.public, professional: KIND_LABELS.professional, total: '合计' };

/** Every 学时 logged for the year, from the report's total: credited, pending, to declare, returned and late. */
export function loggedTenths(report: Pick<YearReport, 'total'>): number {
  const { total } = report;
  return total.creditedTenths + total.pendingTenths + total.notDeclaredTenths + total.returnedTenths + total.lateTenths;
}

function cell(part: OverviewPart, tally: Tally, report: Pick<YearReport, 'closed' | 'status'>): OverviewCell {
  const noFigure = !tally.requirementSet;
  return {
    part,
    label: OVERVIEW_PART_LABELS[part],
    creditedTenths: tally.creditedTenths,
    requiredTenths: noFigure ? null : tally.requiredTenths,
    credited: hoursText(tally.creditedTenths),
    required: noFigure ? null : hoursText(tally.requiredTenths),
    generalRatio: tally.generalRatio,
    breakdown: tallyBreakdown(tally),
    verdict: tallyVerdict(tally, report.closed, report.status === 'noRecords'),
  };
}

/**
 * The years of the overview, newest first: from the earliest year with
 * records (or a notice, or `todayYear`) to the latest, with no gap, so a year
 * without records inside the span shows as such.
 */
export function overviewYears(recordedYears: readonly number[], noticeYears: readonly number[], todayYear: number): number[] {
  const all = [...recordedYears, ...noticeYears, todayYear];
  const first = Math.min(...all);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}

/**
 * One row per year, newest first, from each year's report (never recomputed
 * here) and the entries counted in it. An entry spanning years counts in the
 * year it ends (as the engine counts it) and is noted in every year it touches.
 */
export function yearsOverview(years: readonly OverviewYear[]): OverviewRow[] {
  const notes = new Map<number, string[]>();
  const sorted = [...years].sort((a, b) => b.report.year - a.report.year);
  for (const { report, entries } of sorted) {
    for (const entry of [...entries].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : 1))) {
      const startYear = yearOf(entry.startDate);
      const endYear = countedYear(entry);
      if (startYear === endYear || endYear !== report.year) continue;
      const note = describeWarning({ code: 'crossesYear', entryId: entry.id, countedIn: endYear }, () => entry.title);
      for (let year = startYear; year <= endYear; year += 1) notes.set(year, [...(notes.get(year) ?? []), note]);
    }
  }
  return sorted.map(({ report }) => ({
    year: report.year,
    basis: report.basis,
    basisLabel: ruleBasisLabel(report),
    status: report.status,
    statusLabel: YEAR_STATUS_LABELS[report.status],
    statusNote: report.status === 'noRecords' ? NO_RECORDS_TEXT : null,
    cells: {
      public: cell('public', report.public, report),
      professional: cell('professional', report.professional, report),
      total: cell('total', report.total, report),
    },
    loggedTenths: loggedTenths(report),
    entryCount: report.countedEntries,
    crossYearNotes: notes.get(report.year) ?? [],
  }));
}
